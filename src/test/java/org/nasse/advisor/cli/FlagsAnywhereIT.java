package org.nasse.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flags take no value and may stand anywhere, in the packaged jar: every command with a flag, with the
 * flag first and with it last, gives the same output (typed into one shell session, so the whole
 * program runs once); one-shot runs with the flag first, as in the issue. OptionOrderTest tries every
 * flag in every position against the parser itself; ShellContractIT checks that a bad option is still
 * one plain line.
 */
class FlagsAnywhereIT {
    /** A command, the words of a call (the flag goes before or after them), and its flag. */
    record Call(String command, String flag, List<String> args) {
        String first() {
            return command + " " + flag + " " + String.join(" ", args);
        }

        String last() {
            return command + " " + String.join(" ", args) + " " + flag;
        }

        /** bench prints timings: the same fields, not the same numbers */
        boolean deterministic() {
            return !command.startsWith("bench");
        }
    }

    private static Call call(String command, String flag, String... args) {
        return new Call(command, flag, List.of(args));
    }

    /** Runs the lines in one interactive session in {@code dir}; what each printed (stdout and stderr, in order). */
    private static List<String> session(Path dir, List<String> lines) throws Exception {
        List<String> cmd = List.of("java", "-Dspring.aot.enabled=true", "-XX:TieredStopAtLevel=1", "-jar",
                Path.of(System.getProperty("app.jar")).toAbsolutePath().toString());
        Path in = dir.resolve("typed.txt");
        Files.writeString(in, String.join("\n", lines) + "\n");
        Path out = dir.resolve("session.txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(4, TimeUnit.MINUTES)).as("session finished").isTrue();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        List<String> answers = Arrays.stream(text.split("shell:>")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        assertThat(answers).as(text).hasSize(lines.size());
        return answers;
    }

    @Test
    void everyCommandWithItsFlagFirstAndLast(@TempDir Path dir) throws Exception {
        // the session runs in a copy of knowledge/, which calibrate rewrites (it goes last)
        Path kb = Files.createDirectories(dir.resolve("knowledge"));
        try (Stream<Path> files = Files.walk(Path.of("knowledge"))) {
            for (Path p : files.toList()) {
                Path to = kb.resolve(Path.of("knowledge").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Files.writeString(dir.resolve("mine.csv"), "composition,sigma_rt_S_per_cm\nNa3PS4,2e-4\nNa2.9375PS3.9375Cl0.0625,1e-3\n");
        String scenario = Path.of("scenarios/no-sintering.yaml").toAbsolutePath().toString();
        List<Call> calls = List.of(
                call("analyze", "--json", "Na2.88Sb0.88W0.12S4", "--temperature", "80"),
                call("score", "--json", "Na3PS4", "Na3Xx4", "Na3SbS4"),
                call("score", "--csv", "Na3PS4", "--temperature", "-20", "Na3SbS4"),
                call("score", "--jsonl", "Na3PS4", "Na3SbS4"),
                new Call("score Na3PS4", "--json", List.of("Na3SbS4")),        // between the values
                call("suggest", "--json", "--host", "Na3PS4", "--top", "2"),
                call("recommend", "--json", "--scenario", scenario, "--top", "1"),
                call("validate", "--json", "--data", "mine.csv"),
                call("knowledge", "--json", "hosts"),
                call("rules list", "--json"),
                call("bench score", "--json", "--count", "200", "--warmup", "0"),
                call("bench plan", "--json", "--count", "20", "--top", "2"),
                call("calibrate", "--json"));
        List<String> lines = new ArrayList<>();
        for (Call c : calls) {
            lines.add(c.first());
            lines.add(c.last());
        }
        List<String> answers = session(dir, lines);
        for (int i = 0; i < calls.size(); i++) {
            Call c = calls.get(i);
            String first = answers.get(2 * i);
            String last = answers.get(2 * i + 1);
            if (c.flag().equals("--csv")) {
                assertThat(first).as(c.first()).startsWith("composition,formula,").contains("\nNa3SbS4,Na3SbS4,sulfide,true,");
            } else if (c.flag().equals("--jsonl")) {
                assertThat(first.lines().map(l -> CliProcessIT.json(l).get("input").asText())).as(c.first())
                        .containsExactly("Na3PS4", "Na3SbS4");
            } else {
                assertThat(CliProcessIT.json(first).isContainerNode()).as(c.first()).isTrue();
            }
            if (c.deterministic()) {
                assertThat(first).as(c.first()).isEqualTo(last);
            } else {
                List<String> a = new ArrayList<>();
                CliProcessIT.json(first).fieldNames().forEachRemaining(a::add);
                List<String> b = new ArrayList<>();
                CliProcessIT.json(last).fieldNames().forEachRemaining(b::add);
                assertThat(a).as(c.first()).isEqualTo(b);
            }
        }
        assertThat(kb.resolve("conductivity-model.yaml")).exists();
    }

    @Test
    void oneShotWithTheFlagFirstAsTheIssueHasIt() throws Exception {
        CliProcessIT.Run score = CliProcessIT.run("score", "--json", "Na3PS4", "Na3SbS4");
        assertThat(score.exit()).as(score.stderr()).isZero();
        assertThat(score.stderr()).isEmpty();
        JsonNode rows = CliProcessIT.json(score.stdout());
        assertThat(List.of(rows.get(0).get("input").asText(), rows.get(1).get("input").asText())).containsExactly("Na3PS4", "Na3SbS4");

        CliProcessIT.Run analyze = CliProcessIT.run("analyze", "--json", "Na3PS4");
        assertThat(analyze.exit()).isZero();
        assertThat(CliProcessIT.json(analyze.stdout()).get("host").asText()).isEqualTo("Na3PS4");
    }
}
