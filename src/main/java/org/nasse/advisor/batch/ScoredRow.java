package org.nasse.advisor.batch;

import org.nasse.advisor.advice.Assessment;

/** A scored row: its assessment, or why it could not be read (an unbalanced row has both). */
public record ScoredRow(ScoreRow row, Assessment assessment, String error) {
    public boolean failed() {
        return error != null;
    }
}
