package org.nasse.advisor.batch;

import java.util.Map;

/** One composition to score, with the other columns of its input row carried through. */
public record ScoreRow(String composition, Map<String, String> carried) {
    public ScoreRow {
        carried = carried == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(carried));
    }

    public static ScoreRow of(String composition) {
        return new ScoreRow(composition, Map.of());
    }
}
