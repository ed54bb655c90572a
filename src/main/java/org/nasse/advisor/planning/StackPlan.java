package org.nasse.advisor.planning;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** Choose the top-N cell stacks. */
@PlanningSolution
public class StackPlan {
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<CellStack> stacks;
    @PlanningEntityCollectionProperty
    private List<StackSlot> slots;
    @ProblemFactProperty
    private CompositionPlanSettings settings;
    @PlanningScore
    private HardSoftLongScore score;

    public StackPlan() {
    }

    public StackPlan(List<CellStack> stacks, List<StackSlot> slots, CompositionPlanSettings settings) {
        this.stacks = stacks;
        this.slots = slots;
        this.settings = settings;
    }

    public List<CellStack> getStacks() {
        return stacks;
    }

    public List<StackSlot> getSlots() {
        return slots;
    }

    public CompositionPlanSettings getSettings() {
        return settings;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
