package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/** OptaPlanner picks the top-N cell stacks, each with its constraint matches. */
public final class StackPlanner {
    private final SolverFactory<StackPlan> factory;
    private final SolutionManager<StackPlan, HardSoftLongScore> manager;

    public StackPlanner(long seed) {
        factory = SolverFactory.create(Solving.config(StackPlan.class, StackSlot.class, StackConstraints.class, seed,
                CompositionPlanner.UNIMPROVED_STEPS));
        manager = SolutionManager.create(factory);
    }

    public record Pick(CellStack stack, HardSoftLongScore scoreAlone, Map<String, String> matches) {
    }

    public List<Pick> plan(List<CellStack> stacks, int top, long diversityPenalty) {
        if (stacks.isEmpty()) {
            return List.of();
        }
        stacks = Shortlist.of(stacks, top, CellStack::pairKey, CellStack::alone);
        List<StackSlot> slots = new ArrayList<>();
        for (int i = 0; i < Math.min(top, stacks.size()); i++) {
            slots.add(new StackSlot(i, null));
        }
        StackPlan solved = factory.buildSolver().solve(new StackPlan(stacks, slots, new CompositionPlanSettings(diversityPenalty)));
        List<Pick> picks = new ArrayList<>();
        for (StackSlot s : solved.getSlots()) {
            if (s.getStack() != null) {
                picks.add(explain(s.getStack(), diversityPenalty));
            }
        }
        picks.sort(Comparator.comparing(Pick::scoreAlone).reversed());
        return picks;
    }

    Pick explain(CellStack stack, long diversityPenalty) {
        ScoreExplanation<StackPlan, HardSoftLongScore> ex = manager.explain(
                new StackPlan(List.of(stack), List.of(new StackSlot(0, stack)), new CompositionPlanSettings(diversityPenalty)));
        return new Pick(stack, ex.getScore(), Solving.matches(ex));
    }
}
