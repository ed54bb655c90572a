package org.nasse.advisor.batch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV records read one at a time with jackson-dataformat-csv's streaming parser (RFC 4180 quoting;
 * commas, quotes and line breaks inside quoted fields; CRLF; a UTF-8 byte-order mark); empty lines are
 * skipped, records may be ragged. A malformed file is a {@link CsvTable.CsvException} naming
 * file:line:column.
 */
public final class CsvRows implements Closeable {
    /** Without a schema each record comes as an array of strings. (Not SKIP_EMPTY_LINES: it also strips
     *  the leading spaces of every line's first value.) */
    private static final CsvFactory CSV = new CsvFactory();

    private final String name;
    private final JsonParser parser;
    private final List<String> cells = new ArrayList<>();
    private int line;

    private CsvRows(String name, JsonParser parser) {
        this.name = name;
        this.parser = parser;
    }

    /** Reads from {@code in} (bytes, so the byte-order mark and encoding are detected); {@code name} is for messages. */
    public static CsvRows open(String name, InputStream in) throws IOException {
        try {
            return new CsvRows(name, CSV.createParser(in));
        } catch (JsonProcessingException e) {
            throw error(name, e);
        }
    }

    /** The next non-empty record, or null at the end of the file. */
    public String[] next() throws IOException {
        try {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null) {
                    return null;
                }
                if (t != JsonToken.START_ARRAY) {
                    continue;
                }
                cells.clear();
                int first = 0;
                while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    if (cells.isEmpty()) {
                        first = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                }
                if (cells.size() > 1 || (cells.size() == 1 && !cells.get(0).isEmpty())) {
                    line = first;
                    return cells.toArray(String[]::new);
                }
            }
        } catch (JsonProcessingException e) {
            throw error(name, e);
        }
    }

    /** 1-based line on which the record last returned starts. */
    public int line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static CsvTable.CsvException error(String name, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : at.getLineNr() + ":" + (at.getColumnNr() > 0 ? at.getColumnNr() + ":" : "");
        String message = e.getOriginalMessage().lines().findFirst().orElse("malformed CSV");
        return new CsvTable.CsvException(name + ":" + where + " " + message);
    }
}
