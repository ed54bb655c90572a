package org.nasse.advisor.planning;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** Choose the top-N compositions for a scenario from the scored candidates. */
@PlanningSolution
public class CompositionPlan {
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<ScoredCandidate> candidates;
    @PlanningEntityCollectionProperty
    private List<RankSlot> slots;
    @PlanningScore
    private HardSoftLongScore score;
    @ProblemFactProperty
    private CompositionPlanSettings settings;

    public CompositionPlan() {
    }

    public CompositionPlan(List<ScoredCandidate> candidates, List<RankSlot> slots, CompositionPlanSettings settings) {
        this.candidates = candidates;
        this.slots = slots;
        this.settings = settings;
    }

    public List<ScoredCandidate> getCandidates() {
        return candidates;
    }

    public List<RankSlot> getSlots() {
        return slots;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }

    public CompositionPlanSettings getSettings() {
        return settings;
    }
}
