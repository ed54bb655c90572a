package org.nasse.advisor.batch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small CSV file held in memory (a header and its rows), read with {@link CsvRows}. For large inputs
 * read {@link CsvRows} row by row instead.
 */
public final class CsvTable {
    private final List<String> header;
    private final List<List<String>> rows;
    private final List<Integer> lineNumbers;

    private CsvTable(List<String> header, List<List<String>> rows, List<Integer> lineNumbers) {
        this.header = header;
        this.rows = rows;
        this.lineNumbers = lineNumbers;
    }

    public List<String> header() {
        return header;
    }

    public List<List<String>> rows() {
        return rows;
    }

    /** 1-based line on which row i starts. */
    public int lineOf(int i) {
        return lineNumbers.get(i);
    }

    public static CsvTable parse(String file, String text) {
        try (CsvRows in = CsvRows.open(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            String[] first = in.next();
            if (first == null) {
                throw new CsvException(file + ":1: the file is empty (a header with a 'composition' column is needed)");
            }
            List<String> header = Arrays.stream(first).map(String::trim).toList();
            List<List<String>> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (String[] r = in.next(); r != null; r = in.next()) {
                rows.add(Arrays.asList(r));
                lines.add(in.line());
            }
            return new CsvTable(header, rows, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static class CsvException extends RuntimeException {
        public CsvException(String message) {
            super(message);
        }
    }
}
