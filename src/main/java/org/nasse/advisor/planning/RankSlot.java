package org.nasse.advisor.planning;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** One place in the recommended list; the solver decides which candidate fills it. */
@PlanningEntity
public class RankSlot {
    @PlanningId
    private Integer index;
    @PlanningVariable
    private ScoredCandidate candidate;

    public RankSlot() {
    }

    public RankSlot(int index) {
        this.index = index;
    }

    public RankSlot(int index, ScoredCandidate candidate) {
        this.index = index;
        this.candidate = candidate;
    }

    public Integer getIndex() {
        return index;
    }

    public ScoredCandidate getCandidate() {
        return candidate;
    }

    public void setCandidate(ScoredCandidate candidate) {
        this.candidate = candidate;
    }

    @Override
    public String toString() {
        return "slot " + index + ": " + candidate;
    }
}
