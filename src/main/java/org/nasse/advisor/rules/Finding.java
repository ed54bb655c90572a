package org.nasse.advisor.rules;

import java.util.List;

/**
 * What one rule concluded about one composition: the heuristic it applies, the effect, a magnitude
 * feature where one exists (NaN otherwise), a message with the actual elements and numbers, refs.
 */
public record Finding(int composition, String rule, String heuristic, String effect, String feature, double magnitude,
                      String message, List<Integer> refs) {
    public Finding {
        refs = List.copyOf(refs);
    }

    public boolean hasMagnitude() {
        return !Double.isNaN(magnitude);
    }
}
