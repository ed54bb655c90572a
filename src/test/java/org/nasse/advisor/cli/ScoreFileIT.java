package org.nasse.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nasse.advisor.batch.CsvRows;

/** {@code score --file} as a user runs it: CSV in the shapes spreadsheets write, atomic output, streams, Ctrl-C. */
class ScoreFileIT {
    private static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); CsvRows r = CsvRows.open(file.toString(), in)) {
            for (String[] row = r.next(); row != null; row = r.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSpreadsheetsCsvIsScoredIntoAnOrdinaryFile(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.csv");
        Files.write(in, ("\uFEFFcomposition,note\r\n"
                + "Na3PS4,\"a, b\"\r\n"
                + "\r\n"
                + "Na3Xx4,\"two\r\nlines\"\r\n"
                + "\"Na3SbS4\",\"say \"\"hi\"\"\"\r\n").getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("scored.csv");
        CliProcessIT.Run r = CliProcessIT.run(dir, "score", "--csv", "--file", in.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(files(dir)).containsExactly("in.csv", "scored.csv"); // no temp file left
        List<String[]> rows = csv(out);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)[16]).isEqualTo("note");
        assertThat(List.of(rows.get(1)[0], rows.get(1)[16])).containsExactly("Na3PS4", "a, b");
        assertThat(List.of(rows.get(2)[0], rows.get(2)[15], rows.get(2)[16]))
                .containsExactly("Na3Xx4", "unknown element 'Xx' at column 4 of 'Na3Xx4'", "two\r\nlines");
        assertThat(List.of(rows.get(3)[0], rows.get(3)[5], rows.get(3)[16])).containsExactly("Na3SbS4", "Na3SbS4", "say \"hi\"");
    }

    @Test
    void aMalformedFileLeavesNoOutputAndNamesTheLine(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "composition\nNa3PS4\nNa3SbS4\n\"Na3PS4\"x\nNa3PS4\n");
        Path out = dir.resolve("scored.csv");
        CliProcessIT.Run r = CliProcessIT.run(dir, "score", "--file", in.toString(), "--out", out.toString(), "--csv");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.stderr()).startsWith("error: " + in + ":4:").contains("Unexpected character ('x'").hasLineCount(1);
        assertThat(files(dir)).containsExactly("in.csv");
    }

    @Test
    void jsonLinesOfAYamlListStreamToStdout(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.yaml");
        Files.writeString(in, "compositions: [Na3PS4, Na3Xx4, Na3SbS4]\n");
        CliProcessIT.Run r = CliProcessIT.run(dir, "score", "--file", in.toString(), "--out", "-", "--jsonl");
        assertThat(r.exit()).isZero();
        assertThat(r.stdout().lines().map(l -> CliProcessIT.json(l).get("input").asText())).containsExactly("Na3PS4", "Na3Xx4", "Na3SbS4");
        CliProcessIT.Run both = CliProcessIT.run(dir, "score", "Na3PS4", "--json", "--jsonl");
        assertThat(both.exit()).isEqualTo(3);
        assertThat(both.stderr()).isEqualTo("error: choose one of --json, --jsonl and --csv\n");
    }

    @Test
    void ctrlCStopsALongScoreAndLeavesNoFile(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("big.csv");
        StringBuilder sb = new StringBuilder("composition\n");
        for (int i = 0; i < 3_000_000; i++) {
            sb.append(i % 2 == 0 ? "Na3PS4\n" : "Na2.88Sb0.88W0.12S4\n");
        }
        Files.writeString(in, sb);
        Path out = dir.resolve("scored.csv");
        Path err = dir.resolve("err.txt");
        Path stdout = dir.resolve("stdout.txt");
        Process p = new ProcessBuilder("java", "-Dspring.aot.enabled=true", "-jar",
                Path.of(System.getProperty("app.jar")).toAbsolutePath().toString(), "score", "--csv", "--file", in.toString(),
                "--out", out.toString())
                .redirectOutput(stdout.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            // wait until rows are being written (the temp file beside the target grows), then press Ctrl-C
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && files(dir).stream().noneMatch(f -> f.startsWith(".scored.csv") && size(dir.resolve(f)) > 0)) {
                Thread.sleep(100);
            }
            assertThat(p.isAlive()).as("still scoring").isTrue();
            new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor(10, TimeUnit.SECONDS);
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s of Ctrl-C").isTrue();
            assertThat(p.exitValue()).isEqualTo(130);
            assertThat(Files.readAllLines(err, StandardCharsets.UTF_8)).isEqualTo(List.of("interrupted"));
            assertThat(Files.readString(stdout)).isEmpty();
            assertThat(files(dir)).containsExactly("big.csv", "err.txt", "stdout.txt");
        } finally {
            p.destroyForcibly();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
