package org.nasse.advisor.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nasse.advisor.report.AnalysisJson;
import org.nasse.advisor.report.AnalysisText;
import org.nasse.advisor.report.Decimals;

/**
 * One {@code score} row as CSV cells, a JSON object or a line of the text table. Each is a function of
 * the row alone, so rows are rendered where they are scored and written as they come
 * ({@link ScoreWriter}).
 */
public final class ScoreReport {
    public static final List<String> CSV_COLUMNS =
            List.of("composition", "formula", "family", "chargeBalanced", "oxidationStates", "host", "naVacancies",
                    "naInterstitials", "temperatureC", "log10Sigma", "sigmaSPerCm", "log10Uncertainty", "airStability", "naMetal",
                    "oxidationLimitV", "error");

    /** Width of the composition column of the text table: at least the header's, at most 48. */
    static final int MIN_WIDTH = 11;
    static final int MAX_WIDTH = 48;

    private ScoreReport() {
    }

    public static List<String> csvHeader(List<String> carriedColumns) {
        List<String> header = new ArrayList<>(CSV_COLUMNS);
        header.addAll(carriedColumns);
        return header;
    }

    /** The row's cells under {@link #csvHeader}. */
    public static String[] csvCells(ScoredRow r, List<String> carriedColumns) {
        String[] cells = new String[CSV_COLUMNS.size() + carriedColumns.size()];
        int i = 0;
        cells[i++] = r.row().composition();
        if (r.assessment() != null) {
            var a = r.assessment().analysis();
            cells[i++] = a.formula().toString();
            cells[i++] = a.familyLabel();
            cells[i++] = String.valueOf(a.chargeBalanced());
            cells[i++] = states(a.chargeBalance().oxidationStates());
            var m = a.match();
            cells[i++] = m.map(x -> x.host().id()).orElse("");
            cells[i++] = m.map(x -> String.valueOf(x.sodium().vacancies())).orElse("");
            cells[i++] = m.map(x -> String.valueOf(x.sodium().interstitials())).orElse("");
            var e = r.assessment().estimate();
            cells[i++] = e.map(x -> num(x.temperatureC())).orElse("");
            cells[i++] = e.map(x -> Decimals.fixed(x.log10Sigma(), 3)).orElse("");
            cells[i++] = e.map(x -> Decimals.scientific(x.sigmaSPerCm(), 3)).orElse("");
            cells[i++] = e.map(x -> Decimals.fixed(x.log10Uncertainty(), 2)).orElse("");
            var f = r.assessment().flags();
            cells[i++] = f.airStability();
            cells[i++] = f.naMetal();
            cells[i++] = Double.isNaN(f.oxidationLimitV()) ? "" : num(f.oxidationLimitV());
        } else {
            for (int k = 0; k < CSV_COLUMNS.size() - 2; k++) {
                cells[i++] = "";
            }
        }
        cells[i++] = r.error() == null ? "" : r.error();
        for (String c : carriedColumns) {
            cells[i++] = r.row().carried().getOrDefault(c, "");
        }
        return cells;
    }

    /** The row's cells under {@link ScoreLayout#allCsvColumns}: the advisor's, the verdict's, the input's. */
    public static String[] csvCells(ScoredRow r, ScoreLayout layout) {
        if (!layout.scenario()) {
            return csvCells(r, layout.carried());
        }
        String[] own = csvCells(r, List.of());
        List<String> verdict = layout.verdictFields();
        String[] cells = new String[own.length + verdict.size() + layout.carried().size()];
        System.arraycopy(own, 0, cells, 0, own.length);
        int i = own.length;
        Verdict v = r.verdict();
        cells[i++] = String.valueOf(v != null && v.meetsTargets());
        cells[i++] = v == null ? "" : String.join("; ", v.breaks());
        cells[i++] = v == null || Double.isNaN(v.marginDecades()) ? "" : Decimals.fixed(v.marginDecades(), 2);
        cells[i++] = v == null ? "" : v.air();
        cells[i++] = v == null ? "" : v.naMetal();
        cells[i++] = v == null ? "" : v.voltage();
        cells[i++] = v == null ? "" : String.valueOf(v.softScore());
        if (layout.rank()) {
            cells[i++] = v == null ? "" : String.valueOf(v.rank());
        }
        for (String c : layout.carried()) {
            cells[i++] = r.row().carried().getOrDefault(c, "");
        }
        return cells;
    }

    /**
     * The JSON object of the row under {@code layout}: {@code analyze --json}'s (for JSON lines without
     * --explain, findings as rule ids and refs), then the verdict's fields, then the input's columns.
     */
    public static Map<String, Object> jsonObject(ScoredRow r, ScoreLayout layout, boolean compactFindings) {
        Map<String, Object> m = jsonObject(r);
        if (compactFindings && r.assessment() != null) {
            m.put("findings", compactFindings(r.assessment().findings()));
        }
        if (layout.scenario()) {
            Verdict v = r.verdict();
            Object columns = m.remove("columns"); // the input's own columns stay last
            m.put("meetsTargets", v != null && v.meetsTargets());
            m.put("breaks", v == null ? List.of() : v.breaks());
            m.put("marginDecades", v == null || Double.isNaN(v.marginDecades()) ? null : Math.round(v.marginDecades() * 1000) / 1000.0);
            m.put("airVerdict", v == null ? null : v.air());
            m.put("naMetalVerdict", v == null ? null : v.naMetal());
            m.put("voltageVerdict", v == null ? null : v.voltage());
            m.put("softScore", v == null ? null : v.softScore());
            if (layout.rank()) {
                m.put("rank", v == null ? null : v.rank());
            }
            if (columns != null) {
                m.put("columns", columns);
            }
        }
        return m;
    }

    /** A finding as its rule, heuristic, effect and refs: the message is in `rules list` and under --explain. */
    static List<Map<String, Object>> compactFindings(List<org.nasse.advisor.rules.Finding> findings) {
        List<Map<String, Object>> out = new ArrayList<>(findings.size());
        for (var f : findings) {
            Map<String, Object> fm = new java.util.LinkedHashMap<>();
            fm.put("rule", f.rule());
            fm.put("heuristic", f.heuristic());
            fm.put("effect", f.effect());
            fm.put("refs", f.refs());
            out.add(fm);
        }
        return out;
    }

    /** The chosen fields of a JSON row, in the order chosen (absent ones left out). */
    static Map<String, Object> select(Map<String, Object> m, List<String> fields) {
        if (fields == null) {
            return m;
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String f : fields) {
            if (m.containsKey(f)) {
                out.put(f, m.get(f));
            }
        }
        return out;
    }

    /** The text table's cells with a scenario: composition, host, σ ± decades, margin, meets, breaks or flags. */
    public static String[] textCells(ScoredRow r, boolean rank) {
        Verdict v = r.verdict();
        String[] own = textCells(r);
        String margin = v == null || Double.isNaN(v.marginDecades()) ? "-" : String.format("%+.2f", v.marginDecades());
        String meets = v == null ? "no" : v.meetsTargets() ? "yes" : "no";
        String why = r.assessment() == null ? own[4] : v == null ? own[4] : !v.breaks().isEmpty() ? "breaks: " + String.join(", ", v.breaks())
                : "air " + v.air() + ", Na " + v.naMetal() + ", voltage " + v.voltage();
        return new String[] {own[0], own[2], own[3], margin, meets, rank ? (v == null ? "-" : String.valueOf(v.rank())) : "", why};
    }

    static String scenarioTextLine(int width, boolean rank, String... cells) {
        return rank ? String.format("%-" + width + "s  %-14s  %-18s  %-7s  %-5s  %-6s  %s%n", (Object[]) cells)
                : String.format("%-" + width + "s  %-14s  %-18s  %-7s  %-5s  %s%n", cells[0], cells[1], cells[2], cells[3], cells[4], cells[6]);
    }

    /** Temperatures and oxidation limits: a handful of values, each written on many rows. */
    private static final Map<Double, String> NUMBERS = new ConcurrentHashMap<>();

    /** As {@link AnalysisText#num}, remembered for the first thousand values. */
    private static String num(double x) {
        String s = NUMBERS.get(x);
        if (s == null) {
            s = AnalysisText.num(x);
            if (NUMBERS.size() < 1_000) {
                NUMBERS.put(x, s);
            }
        }
        return s;
    }

    /** As {@link AnalysisText#states} ("Na+1 P+5 S-2"), without a stream per row. */
    private static String states(Map<String, Integer> states) {
        StringBuilder sb = new StringBuilder(states.size() * 5);
        for (Map.Entry<String, Integer> e : states.entrySet()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(e.getKey());
            int q = e.getValue();
            if (q > 0) {
                sb.append('+');
            }
            if (q != 0) {
                sb.append(q);
            }
        }
        return sb.toString();
    }

    /** The JSON object of the row: {@code analyze --json}'s, or input and error; carried columns under "columns". */
    public static Map<String, Object> jsonObject(ScoredRow r) {
        Map<String, Object> m = r.assessment() == null
                ? AnalysisJson.error(r.row().composition(), r.error())
                : AnalysisJson.of(r.assessment());
        if (!r.row().carried().isEmpty()) {
            m.put("columns", r.row().carried());
        }
        return m;
    }

    /** The text table's cells: composition, family, host, σ ± decades, flags or error. */
    public static String[] textCells(ScoredRow r) {
        if (r.assessment() == null) {
            return new String[] {r.row().composition(), "-", "-", "-", "error: " + r.error()};
        }
        var a = r.assessment();
        return new String[] {r.row().composition(), a.analysis().familyLabel(),
                a.analysis().match().map(x -> x.host().id()).orElse("-"),
                a.estimate().map(x -> String.format("%.1e ± %.1f", x.sigmaSPerCm(), x.log10Uncertainty())).orElse("-"),
                r.error() != null ? "error: " + r.error() : "air " + a.flags().airStability() + ", Na " + a.flags().naMetal()};
    }

    static String textLine(int width, String... cells) {
        return String.format("%-" + width + "s  %-16s  %-14s  %-18s  %s%n", (Object[]) cells);
    }
}
