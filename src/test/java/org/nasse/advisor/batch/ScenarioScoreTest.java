package org.nasse.advisor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.planning.CompositionPlanner;
import org.nasse.advisor.planning.Recommender;
import org.nasse.advisor.planning.Scenario;
import org.nasse.advisor.planning.ScenarioFile;
import org.nasse.advisor.progress.Progress;

/**
 * `score --scenario` and `recommend` judge a composition alike: on every shipped scenario, the
 * scenario's own candidates and a set of probes (each breaking some target somewhere: moisture-sensitive,
 * unbalanced, unreadable, excluded elements, processing, conductivity) get the same meetsTargets,
 * the same broken targets (OptaPlanner's constraint matches in `recommend`) and the same rank among
 * all candidates; the compositions `recommend` picks meet the targets in `score` too.
 */
class ScenarioScoreTest {
    static final List<String> PROBES = List.of("Na3PS4", "Na3SbS4", "Na2.88Sb0.88W0.12S4", "Na3Zr2Si2PO12",
            "Na3.4Zr1.9Zn0.1Si2.2P0.8O12", "Na3.4Sc0.4Zr1.6Si2PO12", "Na3YCl6", "Na2(B12H12)0.5(B10H10)0.5", "NaAlCl4",
            "Na3SbS5", "Na3Xx4", "Na3OBr", "Na2.9375PS3.9375Cl0.0625");

    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyShippedScenarioJudgesRowsAsRecommendJudgesItsCandidates() throws IOException {
        Advisor advisor = TestRules.advisor();
        List<Path> files = scenarios();
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        int compared = 0;
        int broken = 0;
        for (Path f : files) {
            Scenario shipped = ScenarioFile.read(f, advisor.knowledge());
            List<String> candidates = new ArrayList<>(shipped.candidates());
            PROBES.stream().filter(p -> !candidates.contains(p)).forEach(candidates::add);
            Scenario s = new Scenario(shipped.name(), shipped.targets(), candidates, shipped.top(), shipped.seed());
            Recommender recommender = new Recommender(advisor);
            Recommender.Recommendation r = recommender.recommend(s);

            ScenarioJudge judge = ScenarioJudge.of(advisor, s.targets());
            judge = judge.rankedAmong(recommender.pool(s, judge.scorer(), new ArrayList<>(), Progress.SILENT));
            BatchScorer scorer = new BatchScorer(advisor).judging(judge);
            List<ScoredRow> rows = scorer.score(candidates.stream().map(ScoreRow::of).toList(), s.targets().temperature());
            for (Recommender.Proposal p : r.proposals()) {
                ScoredRow row = rows.get(candidates.indexOf(p.composition()));
                String at = f + " " + p.composition();
                if (p.error() != null) {
                    assertThat(row.assessment()).as(at).isNull();
                    assertThat(row.verdict()).as(at).isNull();
                    assertThat(row.meetsTargets()).as(at).isFalse();
                    continue;
                }
                CompositionPlanner.Pick pick = p.pick();
                List<String> violations = pick.matches().entrySet().stream().filter(e -> e.getValue().endsWith("hard"))
                        .map(Map.Entry::getKey).toList();
                Verdict v = row.verdict();
                assertThat(v.meetsTargets()).as(at).isEqualTo(pick.scoreAlone().hardScore() == 0);
                assertThat(v.breaks()).as(at).containsExactlyInAnyOrderElementsOf(violations);
                assertThat(v.softScore()).as(at).isEqualTo(pick.scoreAlone().softScore());
                assertThat(v.rank()).as(at).isEqualTo(p.rank());
                double log = row.assessment().estimate().map(e -> e.log10Sigma()).orElse(Double.NaN);
                if (Double.isNaN(log) || s.targets().minConductivity() == null) {
                    assertThat(v.marginDecades()).as(at).isNaN();
                } else {
                    assertThat(v.marginDecades()).as(at).isCloseTo(log - Math.log10(s.targets().minConductivity()),
                            org.assertj.core.data.Offset.offset(1e-12));
                }
                compared++;
                broken += violations.isEmpty() ? 0 : 1;
            }
            // what recommend picks, score finds meeting the targets (or breaking the same ones)
            List<String> picked = r.compositions().picks().stream().map(x -> x.candidate().composition()).toList();
            List<ScoredRow> pickedRows = scorer.score(picked.stream().map(ScoreRow::of).toList(), s.targets().temperature());
            for (int i = 0; i < picked.size(); i++) {
                CompositionPlanner.Pick pick = r.compositions().picks().get(i);
                assertThat(pickedRows.get(i).meetsTargets()).as(f + " pick " + picked.get(i))
                        .isEqualTo(pick.scoreAlone().hardScore() == 0);
            }
        }
        assertThat(compared).isGreaterThan(50);
        assertThat(broken).as("probes that break a target").isGreaterThan(10);
    }
}
