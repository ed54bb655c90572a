package org.nasse.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar: score against a scenario (one-shot and in the shell with the session's targets),
 * --top to a file, and bad options and values on every command, each one plain line on stderr with
 * nothing on stdout. Lines are typed into one shell session where the exit code is not needed, to
 * launch the JVM once for many.
 */
class ScoreScenarioIT {
    static final String SCENARIO = Path.of("scenarios/na-metal-polyanion.yaml").toAbsolutePath().toString();

    /** stdout and stderr of one interactive session typing {@code lines}. */
    record Session(String stdout, String stderr) {
        /** What each line printed on stdout, split at the prompts. */
        List<String> answers() {
            return Arrays.stream(stdout.split("shell:>")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    static Session session(Path dir, List<String> lines) throws Exception {
        List<String> cmd = List.of("java", "-Dspring.aot.enabled=true", "-XX:TieredStopAtLevel=1", "-jar",
                Path.of(System.getProperty("app.jar")).toAbsolutePath().toString());
        Path in = dir.resolve("typed.txt");
        Files.writeString(in, String.join("\n", lines) + "\n");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).directory(Path.of(".").toAbsolutePath().toFile()).redirectInput(in.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(4, TimeUnit.MINUTES)).as("session finished").isTrue();
        return new Session(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void badOptionsAndValuesOnEveryCommandAreOneLineOnStderr(@TempDir Path dir) throws Exception {
        Path wrongShape = Files.writeString(dir.resolve("list.yaml"), "formulas: [Na3PS4]\n");
        Path textForNumber = Files.writeString(dir.resolve("s.yaml"), "name: x\ntargets:\n  minConductivity: abc\n");
        Map<String, String> bad = new LinkedHashMap<>(); // line typed -> what its one error line says
        bad.put("analyze Na3PS4 --bogus x.csv", "error: analyze has no option --bogus; its options: --formula, --temperature, --json, --evidence, --measured, --help");
        bad.put("analyze Na3PS4 --temperature abc", "error: --temperature needs a number, not 'abc' (°C for the conductivity estimate)");
        bad.put("analyze Na3PS4 --temperature -300", "error: --temperature -300 °C is below absolute zero (-273.15 °C); estimates are made from -100 to 1000 °C");
        bad.put("analyze Na3PS4 --temperature", "error: --temperature needs a value: °C for the conductivity estimate");
        bad.put("analyze Na3PS4 80", "error: unexpected '80': usage: analyze <formula> [--temperature TEMPERATURE] [--json]");
        bad.put("analyze", "error: analyze needs --formula: the composition");
        bad.put("score Na3PS4 --scenario " + SCENARIO + " --top -1", "error: --top -1 is out of range: it keeps 1 to 100000 rows");
        bad.put("score Na3PS4 --top 5", "error: --top keeps the best rows that meet the targets: give --scenario F.yaml");
        bad.put("score Na3PS4 --csv --fields composition,nope", "error: unknown field 'nope' for csv; accepted: composition,formula,");
        bad.put("score --file " + wrongShape, "error: " + wrongShape + ": not a list of compositions: score --file reads YAML `compositions: [Na3PS4, ...]`, found keys [formulas]");
        bad.put("score --file " + SCENARIO + " --scenario " + SCENARIO, "error: " + SCENARIO + " is a scenario (it has targets): score reads scenarios with --scenario");
        bad.put("score Na3PS4 --scenario " + SCENARIO + " --temperature 80", "error: --temperature: rows are judged at the scenario's temperature (25 °C, targets.temperatureC)");
        bad.put("score Na3PS4 --explain --csv", "error: --explain adds the findings' full text to --jsonl rows");
        bad.put("score Na3PS4 --top two", "error: --top needs a whole number, not 'two'");
        bad.put("suggest --host Na3PS4 --top -2", "error: --top -2 is out of range: it takes 1 to 1000");
        bad.put("suggest --host Na3PS4 --temperature warm", "error: --temperature needs a number, not 'warm' (°C)");
        bad.put("suggest", "error: suggest needs --host: a host id");
        bad.put("recommend --scenario " + SCENARIO + " --top -1", "error: --top -1 is out of range: it takes 1 to 50");
        bad.put("recommend --scenario " + textForNumber, "error: " + textForNumber + ":3:20: expected a number, not 'abc' (at targets.minConductivity)");
        bad.put("recommend --scenario " + SCENARIO + " --format pdf", "error: --format must be md, html, json or text, not 'pdf'");
        bad.put("knowledge hosts extra", "error: unexpected 'extra': usage: knowledge <kind> [--json]");
        bad.put("knowledge nonsense", "error: unknown kind 'nonsense': choose one of");
        bad.put("validate --data " + dir.resolve("none.csv"), "error: " + dir.resolve("none.csv") + ": no such file");
        bad.put("calibrate --bogus", "error: calibrate has no option --bogus; its options: --json, --help");
        bad.put("bench score --count abc", "error: --count needs a whole number, not 'abc' (how many compositions)");
        bad.put("bench generate --count 10", "error: bench generate needs --out: the CSV file to write");
        bad.put("bench plan --top 0 --count 10", "error: --top 0 is out of range: it takes 1 to 50");
        bad.put("rules list --json --json", "error: --json is given twice");
        bad.put("rules check now", "error: unexpected 'now': usage: rules check");
        bad.put("target set temperatureC hot", "error: temperatureC needs a number, not 'hot'");
        bad.put("target set colour blue", "error: unknown target 'colour'; known: [");
        bad.put("target load " + dir.resolve("none.yaml"), "error: " + dir.resolve("none.yaml") + ": no such file");
        Session s = session(dir, new ArrayList<>(bad.keySet()));
        assertThat(s.answers()).as("stdout carries nothing but prompts").isEmpty();
        List<String> errors = s.stderr().lines().toList();
        assertThat(errors).as(s.stderr()).hasSize(bad.size());
        int i = 0;
        for (Map.Entry<String, String> e : bad.entrySet()) {
            assertThat(errors.get(i++)).as(e.getKey()).startsWith(e.getValue()).doesNotContain("Exception").doesNotContain("java.");
        }
        // one-shot: the same lines exit non-zero with stdout empty
        for (String[] args : List.of(new String[] {"analyze", "Na3PS4", "--bogus", "x.csv"}, new String[] {"score", "--file", wrongShape.toString()},
                new String[] {"analyze", "Na3PS4", "--temperature", "-300"})) {
            CliProcessIT.Run r = CliProcessIT.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isIn(2, 3);
            assertThat(r.stdout()).isEmpty();
            assertThat(r.stderr().lines().count()).isEqualTo(1);
        }
    }

    @Test
    void scoreJudgesAsRecommendAndTheShellUsesItsSessionTargets(@TempDir Path dir) throws Exception {
        Session s = session(dir, List.of(
                "score --scenario " + SCENARIO + " --rank --json",
                "recommend --scenario " + SCENARIO + " --json --top 1",
                "target load " + SCENARIO,
                "score --csv --fields composition,meetsTargets,breaks",
                "score Na3PS4 --jsonl --fields input,meetsTargets,breaks",
                "target clear",
                "score Na3PS4 --csv"));
        assertThat(s.stderr()).isEmpty();
        List<String> a = s.answers();
        assertThat(a).hasSize(7);
        JsonNode rows = CliProcessIT.json(a.get(0));
        JsonNode proposals = CliProcessIT.json(a.get(1)).get("proposals");
        assertThat(rows.size()).isEqualTo(3).isEqualTo(proposals.size());
        for (int i = 0; i < 3; i++) {
            JsonNode row = rows.get(i);
            JsonNode p = proposals.get(i);
            assertThat(row.get("input").asText()).isEqualTo(p.get("composition").asText());
            assertThat(row.get("meetsTargets")).isEqualTo(p.get("meetsTargets"));
            assertThat(row.get("breaks")).isEqualTo(p.get("violations"));
            assertThat(row.get("rank")).isEqualTo(p.get("rankAmongAll"));
            assertThat(p.get("score").asText()).endsWith("hard/" + row.get("softScore").asLong() + "soft");
        }
        assertThat(a.get(2)).contains("loaded");
        assertThat(a.get(3)).isEqualTo("composition,meetsTargets,breaks\nNa2.9Sb0.9W0.1S4,true,\n"
                + "Na3.4Sc0.4Zr1.6Si2PO12,false,Excluded element\nNa3.3Zr1.7La0.3Si2PO12,true,");
        assertThat(a.get(4)).isEqualTo("{\"input\":\"Na3PS4\",\"meetsTargets\":false,\"breaks\":[\"Conductivity below the target\"]}");
        assertThat(a.get(6)).startsWith("composition,formula,").doesNotContain("meetsTargets");

        // one-shot: a scenario given as --file scores its candidates; --top to a file keeps the best
        CliProcessIT.Run asFile = CliProcessIT.run("score", "--file", SCENARIO, "--csv", "--fields", "composition,meetsTargets");
        assertThat(asFile.exit()).isZero();
        assertThat(asFile.stdout()).isEqualTo(a.get(3).replace(",breaks", "").replace(",Excluded element", "").replaceAll(",true,", ",true")
                .replaceAll(",false,", ",false").replace("\nNa3.3Zr1.7La0.3Si2PO12,true", "\nNa3.3Zr1.7La0.3Si2PO12,true") + "\n");
        Path in = Files.writeString(dir.resolve("in.csv"), "id,composition\n1,Na3PS4\n2,Na2.88Sb0.88W0.12S4\n3,Na3.3Zr1.7La0.3Si2PO12\n"
                + "4,Na2.9Sb0.9W0.1S4\n5,Na3SbS4\n6,Na3Xx4\n");
        Path top = dir.resolve("top.csv");
        CliProcessIT.Run r = CliProcessIT.run("score", "--file", in.toString(), "--scenario", SCENARIO, "--top", "2", "--csv",
                "--fields", "id,composition,softScore", "--out", top.toString());
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEmpty();
        List<String> lines = Files.readAllLines(top);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("id,composition,softScore");
        long first = Long.parseLong(lines.get(1).split(",")[2]);
        long second = Long.parseLong(lines.get(2).split(",")[2]);
        assertThat(first).isGreaterThanOrEqualTo(second);
    }
}
