package org.nasse.advisor.planning;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The next N syntheses, chosen as one set. */
@PlanningSolution
public class BatchPlan {
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<BatchOption> options;
    @PlanningEntityCollectionProperty
    private List<BatchSlot> slots;
    @ProblemFactProperty
    private BatchPlanner.Settings settings;
    @ProblemFactProperty
    private Acquisition acquisition;
    @PlanningScore
    private HardSoftLongScore score;

    public BatchPlan() {
    }

    public BatchPlan(List<BatchOption> options, List<BatchSlot> slots, BatchPlanner.Settings settings, Acquisition acquisition) {
        this.options = options;
        this.slots = slots;
        this.settings = settings;
        this.acquisition = acquisition;
    }

    public Acquisition getAcquisition() {
        return acquisition;
    }

    public List<BatchOption> getOptions() {
        return options;
    }

    public List<BatchSlot> getSlots() {
        return slots;
    }

    public BatchPlanner.Settings getSettings() {
        return settings;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
