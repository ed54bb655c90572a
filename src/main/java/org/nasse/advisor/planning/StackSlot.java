package org.nasse.advisor.planning;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** One place in the list of recommended cell stacks. */
@PlanningEntity
public class StackSlot {
    @PlanningId
    private Integer index;
    @PlanningVariable
    private CellStack stack;

    public StackSlot() {
    }

    public StackSlot(int index, CellStack stack) {
        this.index = index;
        this.stack = stack;
    }

    public Integer getIndex() {
        return index;
    }

    public CellStack getStack() {
        return stack;
    }

    public void setStack(CellStack stack) {
        this.stack = stack;
    }
}
