package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/** OptaPlanner picks the top-N compositions; every pick comes with the constraint matches behind it. */
public final class CompositionPlanner {
    static final int UNIMPROVED_STEPS = 400;
    /** Above this many candidates the local-search check is skipped: its ordered scans cost minutes, and
     *  the construction heuristic is already optimal for this objective (see Solving). */
    static final int LOCAL_SEARCH_MAX_CANDIDATES = 20_000;
    private final long seed;
    private final SolutionManager<CompositionPlan, HardSoftLongScore> manager;

    public CompositionPlanner(long seed) {
        this.seed = seed;
        manager = SolutionManager.create(factory(UNIMPROVED_STEPS));
    }

    private SolverFactory<CompositionPlan> factory(int unimprovedSteps) {
        return SolverFactory.create(Solving.config(CompositionPlan.class, RankSlot.class, CompositionConstraints.class,
                seed, unimprovedSteps));
    }

    /** A chosen composition with its score alone and the constraint matches (name → soft/hard impact). */
    public record Pick(ScoredCandidate candidate, HardSoftLongScore scoreAlone, Map<String, String> matches) {
    }

    public record Result(HardSoftLongScore score, List<Pick> picks) {
    }

    public Result plan(List<ScoredCandidate> all, int top, long diversityPenalty) {
        List<ScoredCandidate> pool = shortlist(all, top);
        int n = Math.min(top, pool.size());
        List<RankSlot> slots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            slots.add(new RankSlot(i));
        }
        int steps = pool.size() > LOCAL_SEARCH_MAX_CANDIDATES ? 0 : UNIMPROVED_STEPS;
        CompositionPlan solved = factory(steps).buildSolver().solve(
                new CompositionPlan(pool, slots, new CompositionPlanSettings(diversityPenalty)));
        List<Pick> picks = new ArrayList<>();
        for (RankSlot s : solved.getSlots()) {
            if (s.getCandidate() != null) {
                picks.add(explain(s.getCandidate(), diversityPenalty));
            }
        }
        picks.sort(Comparator.comparing(Pick::scoreAlone).reversed());
        return new Result(solved.getScore(), picks);
    }

    /** The candidates that can be in the best {@code top} (see {@link Shortlist}): host by host. */
    static List<ScoredCandidate> shortlist(List<ScoredCandidate> pool, int top) {
        return Shortlist.of(pool, top, ScoredCandidate::host, ExactSelection::alone);
    }

    /** The score of one candidate on its own, with OptaPlanner's constraint matches. */
    public Pick explain(ScoredCandidate c, long diversityPenalty) {
        CompositionPlan alone = new CompositionPlan(List.of(c), List.of(new RankSlot(0, c)),
                new CompositionPlanSettings(diversityPenalty));
        ScoreExplanation<CompositionPlan, HardSoftLongScore> ex = manager.explain(alone);
        return new Pick(c, ex.getScore(), Solving.matches(ex));
    }

}
