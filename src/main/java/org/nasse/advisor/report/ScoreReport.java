package org.nasse.advisor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nasse.advisor.batch.CsvTable;
import org.nasse.advisor.batch.ScoredRow;

/** `score` output as a text table, JSON array or CSV. */
public final class ScoreReport {
    private static final List<String> CSV_COLUMNS =
            List.of("composition", "formula", "family", "chargeBalanced", "oxidationStates", "host", "naVacancies",
                    "naInterstitials", "temperatureC", "log10Sigma", "sigmaSPerCm", "log10Uncertainty", "airStability", "naMetal",
                    "oxidationLimitV", "error");

    private ScoreReport() {
    }

    public static String json(List<ScoredRow> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (ScoredRow r : rows) {
            Map<String, Object> m = r.assessment() == null
                    ? AnalysisJson.error(r.row().composition(), r.error())
                    : AnalysisJson.of(r.assessment());
            if (!r.row().carried().isEmpty()) {
                m.put("columns", r.row().carried());
            }
            out.add(m);
        }
        return Json.pretty(out);
    }

    public static String csv(List<ScoredRow> rows, List<String> carriedColumns) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(CSV_COLUMNS);
        header.addAll(carriedColumns);
        sb.append(String.join(",", header.stream().map(CsvTable::quote).toList())).append('\n');
        for (ScoredRow r : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(r.row().composition());
            if (r.assessment() != null) {
                cells.add(r.assessment().analysis().formula().toString());
                cells.add(r.assessment().analysis().familyLabel());
                cells.add(String.valueOf(r.assessment().analysis().chargeBalanced()));
                cells.add(AnalysisText.states(r.assessment().analysis().chargeBalance().oxidationStates()));
                var m = r.assessment().analysis().match();
                cells.add(m.map(x -> x.host().id()).orElse(""));
                cells.add(m.map(x -> String.valueOf(x.sodium().vacancies())).orElse(""));
                cells.add(m.map(x -> String.valueOf(x.sodium().interstitials())).orElse(""));
                var e = r.assessment().estimate();
                cells.add(e.map(x -> AnalysisText.num(x.temperatureC())).orElse(""));
                cells.add(e.map(x -> String.format("%.3f", x.log10Sigma())).orElse(""));
                cells.add(e.map(x -> String.format("%.3e", x.sigmaSPerCm())).orElse(""));
                cells.add(e.map(x -> String.format("%.2f", x.log10Uncertainty())).orElse(""));
                var f = r.assessment().flags();
                cells.add(f.airStability());
                cells.add(f.naMetal());
                cells.add(Double.isNaN(f.oxidationLimitV()) ? "" : AnalysisText.num(f.oxidationLimitV()));
            } else {
                for (int k = 0; k < CSV_COLUMNS.size() - 2; k++) {
                    cells.add("");
                }
            }
            cells.add(r.error() == null ? "" : r.error());
            for (String c : carriedColumns) {
                cells.add(r.row().carried().getOrDefault(c, ""));
            }
            sb.append(String.join(",", cells.stream().map(CsvTable::quote).toList())).append('\n');
        }
        return sb.toString();
    }

    public static String text(List<ScoredRow> rows) {
        Map<String, Integer> width = new LinkedHashMap<>();
        int w = Math.max(11, rows.stream().mapToInt(r -> r.row().composition().length()).max().orElse(0));
        width.put("composition", Math.min(w, 48));
        StringBuilder sb = new StringBuilder();
        String fmt = "%-" + width.get("composition") + "s  %-16s  %-14s  %-18s  %s%n";
        sb.append(String.format(fmt, "composition", "family", "host", "σ (S/cm) ± dec.", "flags / error"));
        for (ScoredRow r : rows) {
            if (r.assessment() == null) {
                sb.append(String.format(fmt, r.row().composition(), "-", "-", "-", "error: " + r.error()));
            } else {
                var a = r.assessment();
                sb.append(String.format(fmt, r.row().composition(), a.analysis().familyLabel(),
                        a.analysis().match().map(x -> x.host().id()).orElse("-"),
                        a.estimate().map(x -> String.format("%.1e ± %.1f", x.sigmaSPerCm(), x.log10Uncertainty())).orElse("-"),
                        r.error() != null ? "error: " + r.error()
                                : "air " + a.flags().airStability() + ", Na " + a.flags().naMetal()));
            }
        }
        return sb.toString();
    }
}
