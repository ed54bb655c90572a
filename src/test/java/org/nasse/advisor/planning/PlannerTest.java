package org.nasse.advisor.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.advice.Advisor;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/** The real solver against brute force on small spaces, and the whole recommendation on a scenario. */
class PlannerTest {
    static Advisor advisor;
    static List<ScoredCandidate> pool;
    static List<ScoredCandidate> permissive;
    static SolutionManager<CompositionPlan, HardSoftLongScore> manager;

    @BeforeAll
    static void pool() {
        advisor = TestRules.advisor();
        Targets t = new Targets(25.0, 1.0e-3, "required", "Na-Sn", 3.4, null, null, List.of(), null, null, null);
        CandidateScorer scorer = new CandidateScorer(advisor, t);
        CandidateGenerator g = CandidateGenerator.of(advisor);
        List<Candidate> cs = new ArrayList<>();
        for (String host : List.of("Na3SbS4", "Na3PS4", "Na3Zr2Si2PO12", "NaTaCl6")) {
            cs.addAll(g.forHost(advisor.knowledge().host(host).orElseThrow(), t, false).stream().limit(3).toList());
        }
        pool = scorer.score(cs);
        permissive = new CandidateScorer(advisor, Targets.none()).score(cs);
        manager = SolutionManager.create(SolverFactory.create(
                Solving.config(CompositionPlan.class, RankSlot.class, CompositionConstraints.class, 1, 10)));
    }

    /** Best score over every k-subset, scored by OptaPlanner itself (SolutionManager.update). */
    static HardSoftLongScore bruteForce(List<ScoredCandidate> candidates, int k, long diversity) {
        SolutionManager<CompositionPlan, HardSoftLongScore> sm = manager;
        HardSoftLongScore[] best = {null};
        int n = candidates.size();
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) {
            idx[i] = i;
        }
        while (true) {
            List<RankSlot> slots = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                slots.add(new RankSlot(i, candidates.get(idx[i])));
            }
            HardSoftLongScore s = sm.update(new CompositionPlan(candidates, slots, new CompositionPlanSettings(diversity)));
            if (best[0] == null || s.compareTo(best[0]) > 0) {
                best[0] = s;
            }
            int i = k - 1;
            while (i >= 0 && idx[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                return best[0];
            }
            idx[i]++;
            for (int j = i + 1; j < k; j++) {
                idx[j] = idx[j - 1] + 1;
            }
        }
    }

    @Test
    void exactSelectionEqualsBruteForceScoredByOptaPlanner() {
        // every 3-subset of 10 candidates, each scored by OptaPlanner's own score calculation
        List<ScoredCandidate> ten = permissive.subList(0, 10);
        assertThat(ExactSelection.best(ten, 3, 20_000).score()).isEqualTo(bruteForce(ten, 3, 20_000));
    }

    @Test
    void solverFindsTheExhaustiveOptimumOnSmallSpaces() {
        assertThat(pool).hasSizeGreaterThanOrEqualTo(12);
        for (List<ScoredCandidate> candidates : List.of(pool, permissive)) {
            for (long diversity : new long[] {0, 6000, 20000}) {
                for (int k : new int[] {1, 3, 5}) {
                    CompositionPlanner.Result r = new CompositionPlanner(7).plan(candidates, k, diversity);
                    assertThat(r.score()).as("k=%d diversity=%d", k, diversity)
                            .isEqualTo(ExactSelection.best(candidates, k, diversity).score());
                }
            }
        }
    }

    @Test
    void sameInputAndSeedGiveTheSameRanking() {
        List<String> a = new CompositionPlanner(42).plan(permissive, 4, 6000).picks().stream().map(p -> p.candidate().composition()).toList();
        List<String> b = new CompositionPlanner(42).plan(permissive, 4, 6000).picks().stream().map(p -> p.candidate().composition()).toList();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void diversityKeepsTheListFromBeingOneIdea() {
        var picks = new CompositionPlanner(42).plan(permissive, 4, 50_000).picks();
        assertThat(picks.stream().map(p -> p.candidate().host()).distinct().count()).isGreaterThan(1);
    }

    @Test
    void anAirProcessableSulfideScenarioRecommendsAntimonates() {
        Scenario s = ScenarioFile.read(java.nio.file.Path.of("scenarios/air-processable-sulfide.yaml"), advisor.knowledge());
        Recommender.Recommendation r = new Recommender(advisor).recommend(s);
        assertThat(r.compositions().picks()).hasSize(5);
        for (CompositionPlanner.Pick p : r.compositions().picks()) {
            assertThat(p.candidate().family()).isEqualTo("sulfide");
            assertThat(p.candidate().airStability()).isNotEqualTo("moisture-sensitive");
            assertThat(p.scoreAlone().hardScore()).isZero();
            assertThat(p.matches()).containsKey("Conductivity margin");
        }
        // the user's thiophosphate breaks the air-stability requirement, and says so
        Recommender.Proposal na3ps4 = r.proposals().stream().filter(p -> p.composition().equals("Na3PS4")).findFirst().orElseThrow();
        assertThat(na3ps4.pick().matches()).containsEntry("Air stability required", "-1 hard");
        assertThat(r.stacks()).isNotEmpty();
        assertThat(r.stacks().get(0).matches().keySet()).noneMatch(k -> k.contains("Electrolyte reduced"));
        Map<String, Object> json = org.nasse.advisor.report.RecommendationReport.json(r);
        assertThat(json).containsKeys("scenario", "compositions", "stacks");
    }
}
