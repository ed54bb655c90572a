package org.nasse.advisor.rules;

import java.util.List;

/**
 * What one rule concluded about one composition: the heuristic it applies, the effect, a magnitude
 * feature where one exists (NaN otherwise), the rule's message template with the actual elements and
 * numbers, and its sources: {@code refs}, reference numbers of the review, and {@code cites}, keys of
 * knowledge/literature.yaml for papers outside it. The message is filled when asked for: a batch of a million findings that is
 * only counted never pays for the text. {@code heuristicNumber} is 10 for "H10", 999 for none: the
 * order in which the review lists its heuristics, worked out once per rule.
 */
public record Finding(int composition, String rule, String heuristic, int heuristicNumber, String effect, String feature,
                      double magnitude, String template, Object[] params, List<Integer> refs,
                      List<String> cites) {

    public boolean hasMagnitude() {
        return !Double.isNaN(magnitude);
    }

    public String message() {
        return FindingSink.fill(template, params);
    }
}
