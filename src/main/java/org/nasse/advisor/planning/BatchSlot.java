package org.nasse.advisor.planning;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** One synthesis of the next batch; the solver decides which option fills it. */
@PlanningEntity
public class BatchSlot {
    @PlanningId
    private Integer index;
    @PlanningVariable
    private BatchOption option;

    public BatchSlot() {
    }

    public BatchSlot(int index) {
        this.index = index;
    }

    public Integer getIndex() {
        return index;
    }

    public BatchOption getOption() {
        return option;
    }

    public void setOption(BatchOption option) {
        this.option = option;
    }

    @Override
    public String toString() {
        return "batch slot " + index + ": " + option;
    }
}
