package org.nasse.advisor.batch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.nasse.advisor.report.AnalysisJson;

/**
 * What a {@code score} row carries: the input columns carried through, the scenario's verdict columns
 * (and the rank) when there is a scenario, the fields chosen with {@code --fields} (null: all), and for
 * JSON lines the full finding text ({@code --explain}; otherwise rule ids and refs).
 */
public record ScoreLayout(List<String> carried, boolean scenario, boolean rank, List<String> fields, boolean explain) {
    /** The verdict's columns, in CSV and JSON alike. */
    public static final List<String> SCENARIO_FIELDS = List.of("meetsTargets", "breaks", "marginDecades", "airVerdict",
            "naMetalVerdict", "voltageVerdict", "softScore");

    public ScoreLayout {
        carried = List.copyOf(carried);
        fields = fields == null ? null : List.copyOf(fields);
    }

    /** No scenario, every field: the rows {@code score} always wrote. */
    public static ScoreLayout plain(List<String> carried) {
        return new ScoreLayout(carried, false, false, null, false);
    }

    /** The CSV columns of every field: the advisor's, the verdict's, then the input's own. */
    public List<String> allCsvColumns() {
        List<String> all = new ArrayList<>(ScoreReport.CSV_COLUMNS);
        all.addAll(verdictFields());
        all.addAll(carried);
        return all;
    }

    /** The top-level keys a JSON row may have: the analysis's, the verdict's, and "columns" for the input's own. */
    public List<String> allJsonFields() {
        List<String> all = new ArrayList<>(AnalysisJson.FIELDS);
        all.addAll(verdictFields());
        all.add("columns");
        return all;
    }

    List<String> verdictFields() {
        if (!scenario) {
            return List.of();
        }
        List<String> v = new ArrayList<>(SCENARIO_FIELDS);
        if (rank) {
            v.add("rank");
        }
        return v;
    }

    /**
     * The fields chosen for {@code format}, checked: an unknown one is an IllegalArgumentException whose
     * message lists the accepted ones. Null when all are wanted.
     */
    public List<String> chosen(ScoreWriter.Format format) {
        if (fields == null) {
            return null;
        }
        if (format == ScoreWriter.Format.TEXT) {
            throw new IllegalArgumentException("--fields chooses the columns of --csv, --json and --jsonl, not of the text table");
        }
        List<String> accepted = format == ScoreWriter.Format.CSV ? allCsvColumns() : allJsonFields();
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("--fields needs at least one field; accepted: " + String.join(",", accepted));
        }
        for (String f : fields) {
            if (!accepted.contains(f)) {
                String hint = scenario || !SCENARIO_FIELDS.contains(f) && !f.equals("rank") ? ""
                        : " ('" + f + "' needs --scenario" + (f.equals("rank") ? " and --rank" : "") + ")";
                if (scenario && !rank && f.equals("rank")) {
                    hint = " ('rank' needs --rank)";
                }
                throw new IllegalArgumentException("unknown field '" + f + "' for " + format.name().toLowerCase()
                        + hint + "; accepted: " + String.join(",", accepted));
            }
        }
        return List.copyOf(new LinkedHashSet<>(fields));
    }
}
