package org.nasse.advisor.report;

import java.util.Map;
import java.util.stream.Collectors;
import org.nasse.advisor.analysis.Analysis;

/** The human-readable analysis of one composition. */
public final class AnalysisText {
    private AnalysisText() {
    }

    public static String of(Analysis a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.formula()).append('\n');
        row(sb, "family", a.family().label() + " (guessed from the anion chemistry)");
        row(sb, "charge balanced", a.chargeBalanced() ? "yes" : "NO — " + a.problem());
        row(sb, "oxidation states", states(a.chargeBalance().oxidationStates()));
        return sb.toString();
    }

    public static String states(Map<String, Integer> states) {
        return states.entrySet().stream()
                .map(e -> e.getKey() + (e.getValue() > 0 ? "+" + e.getValue() : e.getValue() < 0 ? String.valueOf(e.getValue()) : ""))
                .collect(Collectors.joining(" "));
    }

    static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format("  %-18s %s%n", label, value));
    }
}
