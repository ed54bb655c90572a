package org.nasse.advisor.batch;

import org.nasse.advisor.advice.Assessment;

/**
 * A scored row: its assessment, or why it could not be read (an unbalanced row has both), and with a
 * scenario its verdict against the targets (null without one, or when the row could not be read).
 */
public record ScoredRow(ScoreRow row, Assessment assessment, String error, Verdict verdict) {
    public ScoredRow(ScoreRow row, Assessment assessment, String error) {
        this(row, assessment, error, null);
    }

    public boolean failed() {
        return error != null;
    }

    /** Meets every hard target of the scenario (false without a verdict). */
    public boolean meetsTargets() {
        return verdict != null && verdict.meetsTargets();
    }
}
