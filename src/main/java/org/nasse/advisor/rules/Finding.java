package org.nasse.advisor.rules;

import java.util.List;

/**
 * What one rule concluded about one composition: the heuristic it applies, the effect, a magnitude
 * feature where one exists (NaN otherwise), the rule's message template with the actual elements and
 * numbers, and refs. The message is filled when asked for: a batch of a million findings that is
 * only counted never pays for the text.
 */
public record Finding(int composition, String rule, String heuristic, String effect, String feature, double magnitude,
                      String template, Object[] params, List<Integer> refs) {

    public boolean hasMagnitude() {
        return !Double.isNaN(magnitude);
    }

    public String message() {
        return FindingSink.fill(template, params);
    }

    /** 10 for "H10", 999 when there is none: for ordering findings as the review lists its heuristics. */
    public int heuristicNumber() {
        if (heuristic == null) {
            return 999;
        }
        int n = 0;
        boolean any = false;
        for (int i = 0; i < heuristic.length(); i++) {
            char ch = heuristic.charAt(i);
            if (ch >= '0' && ch <= '9') {
                n = n * 10 + (ch - '0');
                any = true;
            }
        }
        return any ? n : 999;
    }
}
