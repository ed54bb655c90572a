package org.nasse.advisor.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.knowledge.KnowledgeLoadException;
import org.nasse.advisor.planning.ScenarioFile;
import org.nasse.advisor.report.AnalysisJson;

/** YAML of the wrong shape is one line naming the keys expected, in the file's terms, never Jackson's. */
class YamlInputTest {
    private static String scoreInputError(Path dir, String yaml) throws Exception {
        Path f = Files.writeString(dir.resolve("in.yaml"), yaml);
        try (ScoreInput in = ScoreInput.open(List.of(), f)) {
            throw new AssertionError("read: " + in.next());
        } catch (java.io.IOException | KnowledgeLoadException e) {
            return e.getMessage();
        }
    }

    private static String scenarioError(Path dir, String yaml) throws Exception {
        Path f = Files.writeString(dir.resolve("s.yaml"), yaml);
        try {
            ScenarioFile.read(f, TestRules.advisor().knowledge());
            throw new AssertionError("read " + yaml);
        } catch (KnowledgeLoadException e) {
            return e.getMessage();
        }
    }

    private static void plain(String message) {
        assertThat(message).doesNotContain("java.").doesNotContain("Cannot deserialize").doesNotContain("creator")
                .doesNotContain("\n");
    }

    @Test
    void aCompositionListOfAnotherShapeNamesTheKeyScoreReads(@TempDir Path dir) throws Exception {
        String other = scoreInputError(dir, "formulas: [Na3PS4]\nnote: x\n");
        assertThat(other).startsWith(dir.resolve("in.yaml") + ": not a list of compositions: score --file reads YAML")
                .contains("compositions: [Na3PS4, ...]").contains("found keys [formulas, note]").contains("score --scenario");
        assertThat(scoreInputError(dir, "- Na3PS4\n- Na3SbS4\n")).contains("compositions: [").contains("found a list");
        String scalar = scoreInputError(dir, "compositions: Na3PS4\n");
        assertThat(scalar).contains("in.yaml:1:").contains("expected a list").contains("compositions");
        String extra = scoreInputError(dir, "compositions: [Na3PS4]\ntemperature: 30\n");
        assertThat(extra).contains("unknown key 'temperature'; expected keys: compositions");
        for (String m : List.of(other, scalar, extra)) {
            plain(m);
        }
    }

    @Test
    void aScenarioIsToldFromACompositionList(@TempDir Path dir) throws Exception {
        assertThat(ScoreInput.isScenario(Path.of("scenarios/na-metal-polyanion.yaml"))).isTrue();
        assertThat(ScoreInput.isScenario(Files.writeString(dir.resolve("c.yaml"), "compositions: [Na3PS4]\n"))).isFalse();
        assertThat(ScoreInput.isScenario(Files.writeString(dir.resolve("c.csv"), "composition\nNa3PS4\n"))).isFalse();
    }

    @Test
    void aScenarioWithTheWrongKindOfValueSaysWhatTheKeyTakes(@TempDir Path dir) throws Exception {
        String text = scenarioError(dir, "name: x\ntargets:\n  minConductivity: abc\n");
        assertThat(text).contains("s.yaml:3:").contains("expected a number, not 'abc'").contains("targets.minConductivity");
        String mapping = scenarioError(dir, "name: x\ntargets: 5\n");
        assertThat(mapping).contains("expected a mapping with keys temperatureC, minConductivity, airStable").contains("(at targets)");
        String missing = scenarioError(dir, "name: x\ncandidates: [Na3PS4]\n");
        assertThat(missing).contains("missing key 'targets'; expected keys: name, targets, candidates, top, seed");
        String list = scenarioError(dir, "name: x\ntargets:\n  excludeElements: {Sc: 1}\n");
        assertThat(list).contains("expected a list, found a mapping").contains("targets.excludeElements");
        String whole = scenarioError(dir, "name: x\ntargets: {}\ntop: 2.5\n");
        assertThat(whole).contains("top").contains("whole number");
        for (String m : List.of(text, mapping, missing, list, whole)) {
            plain(m);
        }
    }

    /** --fields of JSON is checked against AnalysisJson.FIELDS: every key an analysis writes is there, in order. */
    @Test
    void jsonFieldsListEveryKeyAnAnalysisWrites() {
        List<String> compositions = new ArrayList<>(TopAndFieldsTest.MIX);
        compositions.addAll(List.of("Na2B12H12", "Na3.4Zr1.9Zn0.1Si2.2P0.8O12", "Na0.67Ni0.33Mn0.67O2", "Na3SbS5"));
        List<ScoredRow> rows = new BatchScorer(TestRules.advisor()).score(compositions.stream().map(ScoreRow::of).toList(), 25);
        for (ScoredRow r : rows) {
            Map<String, Object> m = ScoreReport.jsonObject(r);
            List<String> keys = new ArrayList<>(m.keySet());
            assertThat(AnalysisJson.FIELDS).as(r.row().composition()).containsAll(keys);
            assertThat(keys).as(r.row().composition()).isSortedAccordingTo(java.util.Comparator.comparingInt(AnalysisJson.FIELDS::indexOf));
        }
    }
}
