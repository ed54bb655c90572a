package org.nasse.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: exit codes, clean stdout, one-line errors on stderr. */
class CliProcessIT {
    static final ObjectMapper JSON = new ObjectMapper();

    public record Run(int exit, String stdout, String stderr) {
    }

    static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("java", "-Dspring.aot.enabled=true", "-XX:TieredStopAtLevel=1",
                "-jar", Path.of(System.getProperty("app.jar")).toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return run(Path.of("."), args);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Test
    void analyzeJsonIsTheOnlyThingOnStdout() throws Exception {
        Run r = run("analyze", "Na2.88Sb0.88W0.12S4", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.stderr()).isEmpty();
        JsonNode j = JSON.readTree(r.stdout());
        assertThat(j.get("input").asText()).isEqualTo("Na2.88Sb0.88W0.12S4");
        assertThat(j.get("formula").get("W").asDouble()).isEqualTo(0.12);
        assertThat(j.get("chargeBalanced").asBoolean()).isTrue();
        assertThat(j.get("oxidationStates").get("W").asInt()).isEqualTo(6);
        assertThat(j.get("family").asText()).isEqualTo("sulfide");
        assertThat(j.get("host").asText()).isEqualTo("Na3SbS4");
        JsonNode sub = j.get("substitutions").get(0);
        assertThat(sub.get("site").asText()).isEqualTo("Sb");
        assertThat(sub.get("dopant").asText()).isEqualTo("W");
        assertThat(sub.get("fraction").asDouble()).isEqualTo(0.12);
        assertThat(sub.get("hostOxidationState").asInt()).isEqualTo(5);
        assertThat(sub.get("dopantOxidationState").asInt()).isEqualTo(6);
        assertThat(j.get("naVacancies").asDouble()).isEqualTo(0.12);
        assertThat(j.get("naInterstitials").asDouble()).isZero();
        JsonNode h1 = null;
        for (JsonNode f : j.get("findings")) {
            if (f.get("rule").asText().equals("aliovalent-vacancy")) {
                h1 = f;
            }
        }
        assertThat(h1).isNotNull();
        assertThat(h1.get("heuristic").asText()).isEqualTo("H1");
        assertThat(h1.get("effect").asText()).isEqualTo("raises conductivity");
        assertThat(h1.get("refs").toString()).contains("116");
        assertThat(j.get("flags").get("airStability").asText()).isEqualTo("reversible-hydrate");
        assertThat(j.get("flags").get("naMetal").asText()).isEqualTo("unstable");
        assertThat(j.get("flags").get("oxidationLimitV").asDouble()).isEqualTo(2.0);
    }

    @Test
    void knowledgeRecordsJsonSaysWhatEachValueIsOf() throws Exception {
        Run r = run("knowledge", "records", "--json");
        assertThat(r.exit()).isZero();
        JsonNode records = json(r.stdout());
        assertThat(records.size()).isGreaterThan(100);
        for (JsonNode rec : records) {
            assertThat(rec.get("measured").asText()).isIn("total", "bulk", "single-crystal", "thin-film");
            assertThat(rec.has("measuredStated")).isTrue();
        }
        assertThat(records.findValues("measured").stream().map(JsonNode::asText)).contains("bulk", "single-crystal");
    }

    @Test
    void rulesListAndCheck(@TempDir Path dir) throws Exception {
        Run list = run("rules", "list", "--json");
        assertThat(list.exit()).isZero();
        JsonNode rules = JSON.readTree(list.stdout());
        assertThat(rules.size()).isGreaterThan(40);
        assertThat(rules.get(0).has("heuristic")).isTrue();
        assertThat(rules.get(0).has("refs")).isTrue();
        assertThat(run("rules", "check").stdout()).startsWith("rules OK");

        Path rulesDir = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rulesDir.resolve("broken.drl"), "package x\nrule \"r\" when\n  String( length > 0 ))\nthen end\n");
        Run bad = run(dir, "rules", "check");
        assertThat(bad.exit()).isEqualTo(5);
        assertThat(bad.stdout()).isEmpty();
        assertThat(bad.stderr()).contains("rules/broken.drl:3:").contains("mismatched input ')'");
    }

    @Test
    void badFormulaIsOneLineOnStderrAndNonZeroExit() throws Exception {
        Run r = run("analyze", "Na3Xx4");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("error: unknown element 'Xx' at column 4 of 'Na3Xx4'\n");

        Run deep = run("analyze", "(".repeat(5000) + "Na" + ")".repeat(5000));
        assertThat(deep.exit()).isEqualTo(3);
        assertThat(deep.stderr().lines().count()).isEqualTo(1);
        assertThat(deep.stderr()).contains("longer than 256 characters").doesNotContain("Exception");
    }

    @Test
    void unbalancedFormulaIsReportedWithItsResidualAndExits4() throws Exception {
        Run r = run("analyze", "Na3SbS5", "--json");
        assertThat(r.exit()).isEqualTo(4);
        JsonNode j = JSON.readTree(r.stdout());
        assertThat(j.get("chargeBalanced").asBoolean()).isFalse();
        assertThat(j.get("residualCharge").asDouble()).isEqualTo(-2.0);
        assertThat(r.stderr()).startsWith("error: Na3SbS5 is not charge balanced");
    }

    @Test
    void scoreGoesPastBadRowsAndCarriesColumns(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "composition,sample\nNa3PS4,a\nNa3Xx4,b\n\"Na3.4Sc0.4Zr1.6Si2PO12\",c\n");
        Path out = dir.resolve("scored.csv");
        Run r = run("score", "--file", csv.toString(), "--csv", "--out", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.stdout()).isEmpty();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("composition,formula,family,chargeBalanced,oxidationStates,host,naVacancies,"
                + "naInterstitials,temperatureC,log10Sigma,sigmaSPerCm,log10Uncertainty,airStability,naMetal,oxidationLimitV,error,sample");
        List<String> bad = List.of(lines.get(2).split(",", -1));
        assertThat(bad.get(0)).isEqualTo("Na3Xx4");
        assertThat(bad.get(15)).startsWith("unknown element 'Xx'");
        assertThat(bad.get(16)).isEqualTo("b");
        List<String> sc = List.of(lines.get(3).split(",", -1));
        assertThat(sc.subList(0, 4)).containsExactly("Na3.4Sc0.4Zr1.6Si2PO12", "Na3.4Sc0.4Zr1.6Si2PO12", "nasicon", "true");
        assertThat(sc.get(5)).isEqualTo("Na3Zr2Si2PO12");
        assertThat(sc.get(7)).isEqualTo("0.4");
        assertThat(Double.parseDouble(sc.get(10))).isPositive();

        Run j = run("score", "Na3PS4", "Na3SbS5", "Na3Xx4", "--json");
        assertThat(j.exit()).isZero();
        JsonNode rows = JSON.readTree(j.stdout());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get("chargeBalanced").asBoolean()).isFalse();
        assertThat(rows.get(2).get("error").asText()).contains("unknown element 'Xx'");
    }

    @Test
    void missingScoreFileIsAClearError() throws Exception {
        Run r = run("score", "--file", "/nonexistent/x.csv");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.stderr()).isEqualTo("error: /nonexistent/x.csv: no such file\n");
    }
}
