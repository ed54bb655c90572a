package org.nasse.advisor.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.advice.Assessment;
import org.nasse.advisor.planning.CandidateScorer;
import org.nasse.advisor.planning.Recommender;
import org.nasse.advisor.planning.ScoredCandidate;
import org.nasse.advisor.planning.Targets;

/**
 * Judges scored rows against a scenario's targets with the planner's own evaluation
 * ({@link CandidateScorer#judge}), so a row's verdict is the one `recommend` gives the same composition
 * among "Your candidates". Thread-safe: workers call {@link #verdict} on their chunks.
 */
public final class ScenarioJudge {
    private final CandidateScorer scorer;
    private final Ranking ranking;

    private ScenarioJudge(CandidateScorer scorer, Ranking ranking) {
        this.scorer = scorer;
        this.ranking = ranking;
    }

    public static ScenarioJudge of(Advisor advisor, Targets targets) {
        return new ScenarioJudge(new CandidateScorer(advisor, targets), null);
    }

    /** The same judge, also ranking each row among {@code pool} (the planner's candidates, {@link Recommender#pool}). */
    public ScenarioJudge rankedAmong(List<ScoredCandidate> pool) {
        return new ScenarioJudge(scorer, new Ranking(pool));
    }

    public CandidateScorer scorer() {
        return scorer;
    }

    public Verdict verdict(Assessment a) {
        ScoredCandidate c = scorer.judge(a);
        Targets t = scorer.targets();
        double margin = t.minConductivity() == null || Double.isNaN(c.log10Sigma()) ? Double.NaN
                : c.log10Sigma() - Math.log10(t.minConductivity());
        boolean airStable = c.airStability().equals("stable") || c.airStability().equals("reversible-hydrate");
        String air = t.air().equals("ignore") ? "ignored" : airStable ? "ok" : "fails";
        boolean naAnode = t.anodeChoice().equals("Na") || t.anodeChoice().equals("any");
        String na = !naAnode ? "ignored" : switch (c.naMetal()) {
            case "stable", "passivating" -> "ok";
            case "unknown" -> "unknown";
            default -> "fails";
        };
        double v = scorer.cathodeVoltage();
        double limit = c.oxidationLimitV();
        String voltage = Double.isNaN(v) ? "ignored" : Double.isNaN(limit) ? "unknown" : limit >= v ? "ok" : "fails";
        return new Verdict(c.meetsTargets(), c.breaks(), margin, air, na, voltage, c.softAlone(),
                ranking == null ? 0 : ranking.rankOf(c));
    }

    /**
     * The planner's candidates best first, for ranks by binary search: a row's rank is one more than the
     * candidates strictly better than it ({@link Recommender#compare}), as `recommend` ranks "Your candidates".
     */
    private static final class Ranking {
        private final List<ScoredCandidate> best;
        /** By canonical formula: the row's own twin among the candidates does not count against it. */
        private final Map<String, ScoredCandidate> byFormula = new HashMap<>();

        Ranking(List<ScoredCandidate> pool) {
            List<ScoredCandidate> sorted = new ArrayList<>(pool);
            sorted.sort((a, b) -> Recommender.compare(b, a));
            this.best = List.copyOf(sorted);
            for (ScoredCandidate c : pool) {
                byFormula.put(c.assessment().analysis().formula().toString(), c);
            }
        }

        int rankOf(ScoredCandidate c) {
            int lo = 0;
            int hi = best.size();
            while (lo < hi) { // first candidate that is not strictly better
                int mid = (lo + hi) >>> 1;
                if (Recommender.compare(best.get(mid), c) > 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            ScoredCandidate twin = byFormula.get(c.assessment().analysis().formula().toString());
            return lo + 1 - (twin != null && Recommender.compare(twin, c) > 0 ? 1 : 0);
        }
    }
}
