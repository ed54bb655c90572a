package org.nasse.advisor.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.progress.Progress;
import org.nasse.advisor.report.Json;

/** Reading, scoring on worker threads and writing in input order, against the real knowledge and rules. */
class StreamingScoreTest {
    static final ObjectMapper JSON = new ObjectMapper();

    private static ScoreInput input(Path dir, String csv) throws IOException {
        Path f = dir.resolve("in.csv");
        Files.write(f, csv.getBytes(StandardCharsets.UTF_8));
        return ScoreInput.open(List.of(), f);
    }

    /** Scores the input on {@code threads} workers into {@code format}; the text written. */
    private static String stream(ScoreInput input, ScoreWriter.Format format, int threads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreWriter<?> w = ScoreWriter.of(format, out, input.carriedColumns());
        run(input, w, threads);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static <R> void run(ScoreInput input, ScoreWriter<R> w, int threads) throws IOException {
        new BatchScorer(TestRules.advisor()).stream(input, 25, threads, w::render, w::write, Progress.SILENT);
        w.finish();
    }

    @Test
    void csvQuotingBomCrlfAndBlankLinesAreRead(@TempDir Path dir) throws IOException {
        String csv = "\uFEFFcomposition,note, id \r\n"
                + "Na3PS4,\"a, b\",1\r\n"
                + "\r\n"
                + "\"Na3SbS4\",\"two\r\nlines, \"\"quoted\"\"\",2\r\n"
                + "Na3Xx4,  spaced ,3\r\n"
                + "Na3PS4\r\n";
        try (ScoreInput in = input(dir, csv)) {
            assertThat(in.carriedColumns()).containsExactly("note", "id");
            List<ScoreRow> rows = new ArrayList<>();
            for (ScoreRow r = in.next(); r != null; r = in.next()) {
                rows.add(r);
            }
            assertThat(rows).extracting(ScoreRow::composition).containsExactly("Na3PS4", "Na3SbS4", "Na3Xx4", "Na3PS4");
            assertThat(rows.get(0).carried()).containsEntry("note", "a, b").containsEntry("id", "1");
            assertThat(rows.get(1).carried()).containsEntry("note", "two\r\nlines, \"quoted\"");
            assertThat(rows.get(2).carried()).containsEntry("note", "  spaced ");
            assertThat(rows.get(3).carried()).containsEntry("note", "").containsEntry("id", ""); // a short row
        }
    }

    @Test
    void aMalformedCsvNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
        try (ScoreInput in = input(dir, "composition,x\nNa3PS4,1\n\"Na3PS4\"z,2\n")) {
            assertThat(in.next().composition()).isEqualTo("Na3PS4");
            assertThatThrownBy(in::next).isInstanceOf(CsvTable.CsvException.class)
                    .hasMessageStartingWith(dir.resolve("in.csv") + ":3:10: Unexpected character ('z'");
        }
        assertThatThrownBy(() -> input(dir, "formula,x\nNa3PS4,1\n")).hasMessageEndingWith(":1: no 'composition' column in the header [formula, x]");
        assertThatThrownBy(() -> input(dir, "")).hasMessageEndingWith(":1: the file is empty (a header with a 'composition' column is needed)");
        CsvTable t = CsvTable.parse("t.csv", "composition,sigma\n\nNa3PS4,1\n\"a\nb\",2\nc,3\n");
        assertThat(t.rows()).hasSize(3);
        assertThat(List.of(t.lineOf(0), t.lineOf(1), t.lineOf(2))).containsExactly(3, 4, 6);
    }

    @Test
    void outputIsInInputOrderAndTheSameOnOneOrManyThreads(@TempDir Path dir) throws IOException {
        // 2,500 rows: three chunks, the last short; bad rows in the middle of the chunks
        StringBuilder csv = new StringBuilder("composition,i\n");
        String[] formulas = {"Na3PS4", "Na2.88Sb0.88W0.12S4", "Na3Xx4", "Na3.4Sc0.4Zr1.6Si2PO12", "Na3SbS5", "Na2.9375PS3.9375Cl0.0625"};
        for (int i = 0; i < 2_500; i++) {
            csv.append(formulas[i % formulas.length]).append(',').append(i).append('\n');
        }
        String one;
        try (ScoreInput in = input(dir, csv.toString())) {
            one = stream(in, ScoreWriter.Format.CSV, 1);
        }
        String four;
        try (ScoreInput in = input(dir, csv.toString())) {
            four = stream(in, ScoreWriter.Format.CSV, 4);
        }
        assertThat(four).isEqualTo(one);
        List<String> lines = one.lines().toList();
        assertThat(lines).hasSize(2_501);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ScoreReport.csvHeader(List.of("i"))));
        for (int i = 0; i < 2_500; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertThat(cells[0]).isEqualTo(formulas[i % formulas.length]);
            assertThat(cells[cells.length - 1]).isEqualTo(String.valueOf(i));
        }
        assertThat(lines.get(3).split(",", -1)[15]).isEqualTo("unknown element 'Xx' at column 4 of 'Na3Xx4'");
    }

    @Test
    void csvCellsAreQuotedOnlyWhereNeeded() throws IOException {
        ScoreRow row = new ScoreRow("Na3Xx4", new java.util.LinkedHashMap<>(java.util.Map.of("note", "cr\ronly")));
        ScoredRow bad = new BatchScorer(TestRules.advisor()).scoreChunk(List.of(row, ScoreRow.of("Na3PS4")), 25).get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreWriter<?> w = ScoreWriter.of(ScoreWriter.Format.CSV, out, List.of("note", "x,y"));
        write(w, List.of(bad, new ScoredRow(new ScoreRow("a\"b", java.util.Map.of("x,y", "1\n2")), null, "e, f")));
        w.finish();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(",", ScoreReport.CSV_COLUMNS) + ",note,\"x,y\"\n"
                + "Na3Xx4" + ",".repeat(15) + "unknown element 'Xx' at column 4 of 'Na3Xx4',\"cr\ronly\",\n"
                + "\"a\"\"b\"" + ",".repeat(15) + "\"e, f\",,\"1\n2\"\n");
    }

    @SuppressWarnings("unchecked")
    private static <R> void write(ScoreWriter<R> w, List<ScoredRow> rows) throws IOException {
        w.write(w.render(rows));
    }

    @Test
    void jsonIsOneArrayAsBeforeAndJsonLinesOneObjectPerLineWithFindingsAsRuleIds(@TempDir Path dir) throws IOException {
        List<String> formulas = List.of("Na3PS4", "Na3Xx4", "Na3SbS5");
        String json;
        try (ScoreInput in = ScoreInput.open(formulas, null)) {
            json = stream(in, ScoreWriter.Format.JSON, 2);
        }
        List<ScoredRow> rows = new BatchScorer(TestRules.advisor()).score(formulas.stream().map(ScoreRow::of).toList(), 25);
        assertThat(json).isEqualTo(Json.pretty(rows.stream().map(ScoreReport::jsonObject).toList()) + "\n");
        String jsonl;
        try (ScoreInput in = ScoreInput.open(formulas, null)) {
            jsonl = stream(in, ScoreWriter.Format.JSONL, 2);
        }
        List<String> lines = jsonl.lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode array = JSON.readTree(json);
        for (int i = 0; i < 3; i++) {
            // a line is the array's object with each finding as rule, heuristic, effect and refs
            com.fasterxml.jackson.databind.node.ObjectNode full = array.get(i).deepCopy();
            if (full.has("findings")) {
                for (JsonNode f : full.get("findings")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) f).retain("rule", "heuristic", "effect", "refs");
                }
            }
            assertThat(JSON.readTree(lines.get(i))).isEqualTo(full);
        }
        assertThat(array.get(0).get("findings").get(0).get("message").asText()).isNotEmpty();
        assertThat(JSON.readTree(lines.get(0)).get("findings")).isNotEmpty();
        String explained;
        try (ScoreInput in = ScoreInput.open(formulas, null)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            run(in, ScoreWriter.of(ScoreWriter.Format.JSONL, out, new ScoreLayout(List.of(), false, false, null, true)), 2);
            explained = out.toString(StandardCharsets.UTF_8);
        }
        List<String> explainedLines = explained.lines().toList();
        for (int i = 0; i < 3; i++) {
            assertThat(JSON.readTree(explainedLines.get(i))).isEqualTo(array.get(i)); // --explain: the full findings
        }
        try (ScoreInput in = ScoreInput.open(List.of(), null)) {
            assertThat(stream(in, ScoreWriter.Format.JSON, 2)).isEqualTo(Json.pretty(List.of()) + "\n");
        }
    }

    @Test
    void aCancelledStreamStopsAtTheNextChunk(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("composition\n");
        IntStream.range(0, 20_000).forEach(i -> csv.append("Na3PS4\n"));
        try (ScoreInput in = input(dir, csv.toString())) {
            List<Integer> written = new ArrayList<>();
            Thread.currentThread().interrupt(); // as the shell does at Ctrl-C
            assertThatThrownBy(() -> new BatchScorer(TestRules.advisor()).stream(in, 25, 2, c -> c.size(), written::add, Progress.SILENT))
                    .isInstanceOf(Progress.Cancelled.class);
            assertThat(written).isEmpty();
            assertThat(Thread.interrupted()).isFalse();
        }
    }
}
