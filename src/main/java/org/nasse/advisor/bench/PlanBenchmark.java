package org.nasse.advisor.bench;

import java.util.ArrayList;
import java.util.List;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.planning.Candidate;
import org.nasse.advisor.planning.CandidateScorer;
import org.nasse.advisor.planning.CompositionPlanner;
import org.nasse.advisor.planning.ExactSelection;
import org.nasse.advisor.planning.ScoredCandidate;
import org.nasse.advisor.planning.Targets;
import org.nasse.advisor.progress.Progress;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The composition planner on a large space: N generated doped compositions are scored by the
 * advisor (not timed), then OptaPlanner picks the top 5 and the exact optimum is computed
 * (ExactSelection, equivalent to enumerating every subset). bestScoreFraction compares the soft
 * scores when the hard scores agree: 1 − (optimum − solver)/|optimum|.
 */
public final class PlanBenchmark {
    static final int BATCH = 10_000;

    public record Result(long candidates, double scoringSeconds, double solverSeconds, double exhaustiveSeconds,
                         double bestScoreFraction, String solverScore, String optimumScore) {
    }

    private PlanBenchmark() {
    }

    public static Result run(Advisor advisor, long count, int top, long seed, Progress progress) {
        Targets targets = new Targets(25.0, 1.0e-4, "preferred", "Na", 3.4, null, null, List.of(), null, null, null);
        CandidateScorer scorer = new CandidateScorer(advisor, targets);
        CompositionGenerator generator = new CompositionGenerator(advisor.knowledge(), seed);
        long start = System.nanoTime();
        List<ScoredCandidate> pool = new ArrayList<>((int) count);
        while (pool.size() < count) {
            List<Candidate> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < Math.min(BATCH, count - pool.size()); i++) {
                batch.add(new Candidate(generator.next(), "", List.of(), Double.NaN, false));
            }
            for (ScoredCandidate c : scorer.score(batch)) {
                pool.add(lean(pool.size(), c)); // keep the verdicts, drop the full assessment
            }
            progress.at("scoring candidates", pool.size(), count);
        }
        double scoring = (System.nanoTime() - start) / 1e9;
        long diversity = Math.round(scorer.weight("diversity") * 1000);

        progress.at("solving (OptaPlanner)", 0, 0);
        long t0 = System.nanoTime();
        CompositionPlanner.Result solved = new CompositionPlanner(seed).plan(pool, top, diversity);
        double solverSeconds = (System.nanoTime() - t0) / 1e9;
        progress.at("exact optimum", 0, 0);
        long t1 = System.nanoTime();
        ExactSelection.Result exact = ExactSelection.best(pool, top, diversity);
        double exactSeconds = (System.nanoTime() - t1) / 1e9;

        HardSoftLongScore s = solved.score();
        HardSoftLongScore o = exact.score();
        double fraction = s.hardScore() < o.hardScore() ? 0
                : o.softScore() == 0 ? (s.softScore() >= 0 ? 1 : 0) : 1 - (double) (o.softScore() - s.softScore()) / Math.abs(o.softScore());
        return new Result(pool.size(), round(scoring), round(solverSeconds), round(exactSeconds), Math.round(fraction * 1e6) / 1e6,
                s.toString(), o.toString());
    }

    private static ScoredCandidate lean(int id, ScoredCandidate c) {
        return new ScoredCandidate(id, c.candidate(), null, c.host(), c.family(), c.log10Sigma(), c.log10Uncertainty(),
                c.airStability(), c.naMetal(), c.oxidationLimitV(), c.processingC(), c.excludedPresent(), c.chargeBalanced(),
                c.evidenceRefs(), c.evidenceCites(), c.belowFloor(), c.airRequiredButUnstable(), c.processedTooHot(), c.marginReward(), c.airReward(),
                c.naMetalReward(), c.dopantPenalty(), c.evidenceReward(), c.likelihoodReward(), c.cathodeWindowPenalty(),
                c.support(), c.rankLog10());
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
