package org.nasse.advisor.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader/writer: quoted fields, doubled quotes, commas and newlines inside quotes.
 * Errors name the line and column.
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
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int column = 0;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            column++;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < t.length() && t.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                        column++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                        column = 0;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new CsvException(file + ":" + line + ":" + column + ": stray quote inside an unquoted field");
                }
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r') {
                // tolerated before \n
            } else if (c == '\n') {
                if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
                    record.add(field.toString());
                    records.add(record);
                    lines.add(recordLine);
                }
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                column = 0;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new CsvException(file + ":" + recordLine + ": unterminated quoted field");
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
        if (records.isEmpty()) {
            throw new CsvException(file + ":1: the file is empty (a header with a 'composition' column is needed)");
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        return new CsvTable(header, records.subList(1, records.size()), lines.subList(1, lines.size()));
    }

    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    public static class CsvException extends RuntimeException {
        public CsvException(String message) {
            super(message);
        }
    }
}
