package org.nasse.advisor.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.planning.Scenario;
import org.nasse.advisor.planning.ScenarioFile;
import org.nasse.advisor.progress.Progress;

/** --top keeps the K best rows meeting the targets (ties: input order) through the streaming path; --fields chooses columns. */
class TopAndFieldsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Meet or break the na-metal-polyanion targets; repeated, they tie with themselves. */
    static final List<String> MIX = List.of("Na2.88Sb0.88W0.12S4", "Na3PS4", "Na3.4Zr1.9Zn0.1Si2.2P0.8O12", "Na3.3Zr1.7La0.3Si2PO12",
            "Na3SbS4", "Na2.9Sb0.9W0.1S4", "Na3Xx4", "Na3.4Sc0.4Zr1.6Si2PO12", "Na3YCl6", "Na3SbS5", "Na3Zr2Si2PO12",
            "Na2.9375PS3.9375Cl0.0625", "Na3.2Zr1.8Y0.2Si2PO12", "Na2.94Sb0.94W0.06S4");

    private static Scenario scenario() {
        return ScenarioFile.read(Path.of("scenarios/na-metal-polyanion.yaml"), TestRules.advisor().knowledge());
    }

    private static BatchScorer judged(Scenario s) {
        return new BatchScorer(TestRules.advisor()).judging(ScenarioJudge.of(TestRules.advisor(), s.targets()));
    }

    /** {@code n} rows cycling through MIX, with an id column. */
    private static Path input(Path dir, int n) throws IOException {
        StringBuilder sb = new StringBuilder("id,composition\n");
        for (int i = 0; i < n; i++) {
            sb.append(i).append(',').append(MIX.get((i * 7 + i / MIX.size()) % MIX.size())).append('\n');
        }
        return Files.writeString(dir.resolve("in.csv"), sb);
    }

    /** The streaming path of `score --top k`: workers keep, the reading thread offers, then the best are written. */
    private static <R> String top(ScoreInput in, ScoreWriter<R> w, BatchScorer scorer, double t, int k, ByteArrayOutputStream out)
            throws IOException {
        TopRows<R> best = new TopRows<>(k);
        scorer.stream(in, t, 2, chunk -> best.keep(chunk, w), best::offer, Progress.SILENT);
        w.write(new ScoreWriter.Chunk<>(best.best(), 0));
        w.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void topKeepsTheKBestMeetingTheTargetsTiesInInputOrder(@TempDir Path dir) throws IOException {
        Scenario s = scenario();
        double t = s.targets().temperature();
        Path file = input(dir, 5_000);
        // what a full sort of every row gives: those meeting the targets, by soft score, ties in input order (a stable sort)
        List<ScoreRow> all = new ArrayList<>();
        try (ScoreInput in = ScoreInput.open(List.of(), file)) {
            for (ScoreRow r = in.next(); r != null; r = in.next()) {
                all.add(r);
            }
        }
        List<ScoredRow> scored = judged(s).score(all, t);
        List<ScoredRow> meeting = new ArrayList<>(scored.stream().filter(ScoredRow::meetsTargets).toList());
        assertThat(meeting.size()).isBetween(100, 4_000);
        meeting.sort(Comparator.comparingLong((ScoredRow r) -> r.verdict().softScore()).reversed());
        for (int k : List.of(1, 37, 1_000, 4_999)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String csv;
            try (ScoreInput in = ScoreInput.open(List.of(), file)) {
                ScoreLayout layout = new ScoreLayout(in.carriedColumns(), true, false, List.of("id", "composition", "meetsTargets", "softScore"), false);
                csv = top(in, ScoreWriter.of(ScoreWriter.Format.CSV, out, layout), judged(s), t, k, out);
            }
            List<String> lines = csv.lines().toList();
            assertThat(lines.get(0)).isEqualTo("id,composition,meetsTargets,softScore");
            List<String> expected = meeting.subList(0, Math.min(k, meeting.size())).stream()
                    .map(r -> r.row().carried().get("id") + "," + r.row().composition() + ",true," + r.verdict().softScore()).toList();
            assertThat(lines.subList(1, lines.size())).as("k = " + k).isEqualTo(expected);
        }
    }

    @Test
    void fieldsChooseTheColumnsOfCsvAndTheKeysOfJson(@TempDir Path dir) throws IOException {
        Scenario s = scenario();
        Path file = input(dir, 30);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ScoreInput in = ScoreInput.open(List.of(), file)) {
            ScoreLayout layout = new ScoreLayout(in.carriedColumns(), true, false, List.of("composition", "log10Sigma", "breaks", "id"), false);
            ScoreWriter<?> w = ScoreWriter.of(ScoreWriter.Format.CSV, out, layout);
            stream(in, w, judged(s), s.targets().temperature());
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(31);
        assertThat(lines.get(0)).isEqualTo("composition,log10Sigma,breaks,id");
        assertThat(lines.get(1)).startsWith(MIX.get(0) + ",").endsWith(",0");
        assertThat(lines).anyMatch(l -> l.contains(",Excluded element,"));

        out.reset();
        try (ScoreInput in = ScoreInput.open(List.of(), file)) {
            ScoreLayout layout = new ScoreLayout(in.carriedColumns(), true, false, List.of("input", "meetsTargets", "marginDecades", "columns"), false);
            stream(in, ScoreWriter.of(ScoreWriter.Format.JSONL, out, layout), judged(s), s.targets().temperature());
        }
        for (String l : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            JsonNode j = JSON.readTree(l);
            List<String> keys = new ArrayList<>();
            j.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("input", "meetsTargets", "marginDecades", "columns");
        }

        ScoreLayout bad = new ScoreLayout(List.of("id"), false, false, List.of("composition", "meetsTargets"), false);
        assertThatThrownBy(() -> bad.chosen(ScoreWriter.Format.CSV)).hasMessageStartingWith("unknown field 'meetsTargets' for csv ('meetsTargets' needs --scenario); accepted: composition,formula,")
                .hasMessageEndingWith(",error,id");
        ScoreLayout badJson = new ScoreLayout(List.of(), true, false, List.of("sigma"), false);
        assertThatThrownBy(() -> badJson.chosen(ScoreWriter.Format.JSON)).hasMessageStartingWith("unknown field 'sigma' for json; accepted: input,formula,")
                .hasMessageContaining("findings,flags,error,meetsTargets,breaks");
    }

    private static <R> void stream(ScoreInput in, ScoreWriter<R> w, BatchScorer scorer, double t) throws IOException {
        scorer.stream(in, t, 2, w::render, w::write, Progress.SILENT);
        w.finish();
    }
}
