package org.nasse.advisor.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.progress.Progress;

/** recommend --batch N: N syntheses as one set, diverse, every one meeting the targets and plausible. */
class BatchPlannerTest {
    static Recommender.Recommendation recommend(String file, int n, boolean sameDoping) {
        Scenario s = ScenarioFile.read(Path.of(file), TestKnowledge.knowledge());
        return new Recommender(TestRules.advisor())
                .recommend(s, Progress.SILENT, Ranking.CAUTIOUS, n, sameDoping);
    }

    @Test
    void aBatchIsDiverseMeetsTheTargetsAndSaysWhy() {
        for (String file : List.of("scenarios/air-processable-sulfide.yaml", "scenarios/na-metal-polyanion.yaml")) {
            BatchPlanner.Batch b = recommend(file, 5, false).batch();
            assertThat(b.picks()).as(file).hasSize(5);
            assertThat(b.score().isFeasible()).isTrue();
            Set<String> dopings = new HashSet<>();
            Set<String> compositions = new HashSet<>();
            for (BatchPlanner.Pick p : b.picks()) {
                assertThat(p.candidate().meetsTargets()).as(p.candidate().composition()).isTrue();
                assertThat(p.option().implausible()).isFalse();
                assertThat(compositions.add(p.candidate().composition())).isTrue();
                for (String d : p.option().dopings()) {
                    assertThat(dopings.add(d)).as("no two picks with " + d).isTrue();
                }
                assertThat(p.why()).contains("expected gain").contains("over the best measured");
                assertThat(p.option().expectedGain()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void theSameScenarioAndSeedGiveTheSameBatch() {
        List<String> a = recommend("scenarios/air-processable-sulfide.yaml", 4, false).batch().picks().stream()
                .map(p -> p.candidate().composition()).toList();
        List<String> b = recommend("scenarios/air-processable-sulfide.yaml", 4, false).batch().picks().stream()
                .map(p -> p.candidate().composition()).toList();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void expectedImprovementIsTheNormalIntegral() {
        // E[max(0, X)] for X ~ N(0, 1) is 1/sqrt(2π)
        assertThat(BatchPlanner.expectedImprovement(0, 1, 0)).isCloseTo(1 / Math.sqrt(2 * Math.PI), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(BatchPlanner.expectedImprovement(-3, 0.5, 0)).isLessThan(BatchPlanner.expectedImprovement(-3, 1.5, 0));
        assertThat(BatchPlanner.expectedImprovement(1, 0, 0)).isEqualTo(1);
    }
}
