package org.nasse.advisor.batch;

import org.nasse.advisor.analysis.Analysis;

/** A scored row: its analysis, or why it could not be read. */
public record ScoredRow(ScoreRow row, Analysis analysis, String error) {
    public boolean failed() {
        return error != null;
    }
}
