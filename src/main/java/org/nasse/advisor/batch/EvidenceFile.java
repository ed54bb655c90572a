package org.nasse.advisor.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.knowledge.LiteratureRecord;

/**
 * A lab's own measurements: a CSV with {@code composition, sigma_S_per_cm, temperature_C} and optional
 * {@code ea_eV, form, sample, note}; lines starting with {@code #} are comments. The whole file is checked
 * before any of it is used: every bad row is reported with its line and column, one line per row, and
 * then nothing of the file is used ({@link Invalid}). Good rows become records with {@code source: user}
 * ({@link LiteratureRecord#user}), held in memory only.
 */
public final class EvidenceFile {
    public static final List<String> REQUIRED = List.of("composition", "sigma_S_per_cm", "temperature_C");
    public static final List<String> OPTIONAL = List.of("ea_eV", "form", "sample", "note");
    /** What {@code form} takes, and what each means as a measurement ({@link LiteratureRecord#measured()}). */
    public static final Map<String, String> FORMS = forms();
    /** Files larger than this are refused before they are read. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private EvidenceFile() {
    }

    /** Every problem of an evidence file, one line per bad row ({@code file:line:column: message}). */
    public static final class Invalid extends RuntimeException {
        private final List<String> problems;

        public Invalid(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private static Map<String, String> forms() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("pellet", LiteratureRecord.TOTAL);
        m.put("single crystal", LiteratureRecord.SINGLE_CRYSTAL);
        m.put("thin film", LiteratureRecord.THIN_FILM);
        return m;
    }

    /** Reads and checks the file; throws {@link Invalid} with every problem, or returns every row as a user record. */
    public static List<LiteratureRecord> read(Path path, Advisor advisor) {
        String name = path.toString();
        String text;
        try {
            if (!Files.isRegularFile(path)) {
                throw new Invalid(List.of(name + ": no such file"));
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new Invalid(List.of(name + ": larger than " + MAX_BYTES / (1024 * 1024) + " MiB"));
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Invalid(List.of(name + ": cannot read: " + e.getMessage()));
        } catch (java.io.UncheckedIOException e) {
            throw new Invalid(List.of(name + ": cannot read: " + e.getMessage()));
        }
        return parse(name, text, advisor);
    }

    /** The same on text already read ({@code name} for messages). */
    public static List<LiteratureRecord> parse(String name, String text, Advisor advisor) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n", -1);
        StringBuilder cleaned = new StringBuilder();
        for (String l : lines) {
            // a comment line becomes an empty line, which the reader skips: line numbers stay the file's
            cleaned.append(l.stripLeading().startsWith("#") ? "" : l).append('\n');
        }
        CsvTable table;
        try {
            table = CsvTable.parse(name, cleaned.toString());
        } catch (CsvTable.CsvException e) {
            throw new Invalid(List.of(e.getMessage()));
        } catch (RuntimeException e) {
            throw new Invalid(List.of(name + ": not a CSV file: " + e.getMessage()));
        }
        List<String> header = table.header();
        int headerLine = firstContentLine(lines);
        List<String> problems = new ArrayList<>();
        for (int k = 0; k < header.size(); k++) {
            String h = header.get(k);
            if (!REQUIRED.contains(h) && !OPTIONAL.contains(h)) {
                problems.add(String.format("%s:%d:%d: unknown column '%s'; an evidence file has %s and optionally %s", name,
                        headerLine, column(lines, headerLine, k), h, String.join(", ", REQUIRED), String.join(", ", OPTIONAL)));
            } else if (header.indexOf(h) != k) {
                problems.add(String.format("%s:%d:%d: column '%s' is given twice", name, headerLine, column(lines, headerLine, k), h));
            }
        }
        for (String r : REQUIRED) {
            if (!header.contains(r)) {
                problems.add(String.format("%s:%d:1: missing column '%s'; an evidence file has %s and optionally %s", name,
                        headerLine, r, String.join(", ", REQUIRED), String.join(", ", OPTIONAL)));
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(List.of(String.join("; ", problems)));
        }
        if (table.rows().isEmpty()) {
            throw new Invalid(List.of(name + ":" + headerLine + ": no rows: the file has a header but no measurements"));
        }
        List<LiteratureRecord> out = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            int line = table.lineOf(i);
            Row row = new Row(name, lines, line, header, table.rows().get(i));
            LiteratureRecord r = row.record(advisor);
            if (row.problems.isEmpty()) {
                out.add(r);
            } else {
                problems.add(name + ":" + line + ":" + row.firstColumn + ": " + String.join("; ", row.problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return out;
    }

    /** One data row being checked: its problems, and the column of the first. */
    private static final class Row {
        private final String file;
        private final String[] lines;
        private final int line;
        private final List<String> header;
        private final List<String> cells;
        final List<String> problems = new ArrayList<>();
        int firstColumn;

        Row(String file, String[] lines, int line, List<String> header, List<String> cells) {
            this.file = file;
            this.lines = lines;
            this.line = line;
            this.header = header;
            this.cells = cells;
        }

        private String cell(String column) {
            int k = header.indexOf(column);
            return k < 0 || k >= cells.size() ? "" : cells.get(k).trim();
        }

        private void problem(String column, String message) {
            if (problems.isEmpty()) {
                firstColumn = column(lines, line, Math.max(0, header.indexOf(column)));
            }
            problems.add(message);
        }

        private Double number(String column, String what, double min, double max, boolean required) {
            String v = cell(column);
            if (v.isEmpty()) {
                if (required) {
                    problem(column, column + " is empty (" + what + ")");
                }
                return null;
            }
            double x;
            try {
                x = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                problem(column, column + " '" + v + "' is not a number (" + what + ")");
                return null;
            }
            if (Double.isNaN(x) || x <= min || x > max) {
                problem(column, column + " " + v + " is out of range (" + what + ")");
                return null;
            }
            return x;
        }

        LiteratureRecord record(Advisor advisor) {
            if (cells.size() > header.size()) {
                problems.add("the row has " + cells.size() + " values, the header " + header.size() + " columns");
                firstColumn = column(lines, line, header.size());
            }
            String composition = cell("composition");
            if (composition.isEmpty()) {
                problem("composition", "composition is empty");
            } else {
                try {
                    Analysis a = advisor.analyzer().analyze(composition);
                    if (!a.chargeBalanced()) {
                        problem("composition", "composition '" + composition + "' does not charge-balance: " + a.problem());
                    }
                } catch (IllegalArgumentException e) {
                    problem("composition", "composition '" + composition + "': " + e.getMessage());
                }
            }
            Double sigma = number("sigma_S_per_cm", "S/cm, above 0 and at most 10", 0, 10, true);
            Double t = number("temperature_C", "°C, from -100 to 1000", -100.000001, 1000, true);
            Double ea = number("ea_eV", "eV, above 0 and at most 3", 0, 3, false);
            String form = cell("form").toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
            String measured = LiteratureRecord.TOTAL;
            if (!form.isEmpty()) {
                measured = FORMS.get(form);
                if (measured == null) {
                    problem("form", "form '" + cell("form") + "' must be one of " + String.join(", ", FORMS.keySet()));
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            return LiteratureRecord.user(composition, sigma, t, ea, form.isEmpty() ? null : form, measured,
                    cell("sample"), cell("note"), file, line);
        }
    }

    /** The 1-based character column where field k of the line starts (quotes respected). */
    static int column(String[] lines, int line, int k) {
        if (line < 1 || line > lines.length) {
            return 1;
        }
        String s = lines[line - 1];
        int field = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            if (field == k) {
                return i + 1;
            }
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                field++;
            }
        }
        return field == k ? s.length() + 1 : s.length() + 1;
    }

    private static int firstContentLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                return i + 1;
            }
        }
        return 1;
    }
}
