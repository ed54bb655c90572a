package org.nasse.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --evidence on the packaged jar: a bad file changes nothing (exit 5, one line per bad row); a good one is used. */
class EvidenceIT {
    @TempDir
    Path dir;

    @Test
    void aBadEvidenceFileExitsFiveWithOneLinePerBadRowAndNothingOnStdout() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, """
                composition,sigma_S_per_cm,temperature_C,form
                Na3SbS4,0.002,25,pellet
                Na3SbXx4,0.001,25,pellet
                Na3SbS4,-1,25,pellet
                Na3SbS4,0.001,25,powder
                """);
        for (String[] args : new String[][] {
                {"analyze", "Na3SbS4", "--json", "--evidence", bad.toString()},
                {"score", "Na3SbS4", "--evidence", bad.toString()},
                {"suggest", "Na3SbS4", "--evidence", bad.toString()},
                {"recommend", "--scenario", Path.of("scenarios/air-processable-sulfide.yaml").toAbsolutePath().toString(),
                        "--evidence", bad.toString()},
                {"validate", "--evidence", bad.toString()}}) {
            CliProcessIT.Run r = CliProcessIT.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(5);
            assertThat(r.stdout()).as(args[0]).isEmpty();
            assertThat(r.stderr().lines().toList()).as(args[0]).hasSize(3)
                    .allMatch(l -> l.startsWith("error: " + bad + ":"));
            assertThat(r.stderr()).contains(":3:1: composition 'Na3SbXx4'", ":4:9: sigma_S_per_cm -1 is out of range",
                    ":5:18: form 'powder'");
        }
    }

    @Test
    void yourRowEstimatesItsCompositionAndValidateComparesBeforeAndAfter() throws Exception {
        Path mine = dir.resolve("mine.csv");
        Files.writeString(mine, "composition,sigma_S_per_cm,temperature_C,sample\nNa2.9Sb0.9W0.1S4,0.03,25,S-12\n");
        CliProcessIT.Run r = CliProcessIT.run("analyze", "Na2.9Sb0.9W0.1S4", "--json", "--evidence", mine.toString());
        assertThat(r.exit()).isZero();
        JsonNode e = CliProcessIT.json(r.stdout()).get("estimate");
        assertThat(e.get("basis").asText()).isEqualTo("reported");
        assertThat(e.get("anchor").get("source").asText()).contains("your data, line 2");
        assertThat(CliProcessIT.json(r.stdout()).get("reported").get(0).get("source").asText()).isEqualTo("user");

        CliProcessIT.Run v = CliProcessIT.run("validate", "--evidence", mine.toString(), "--json");
        assertThat(v.exit()).isZero();
        JsonNode row = CliProcessIT.json(v.stdout()).get("rows").get(0);
        assertThat(row.get("line").asText()).isEqualTo("your data, line 2");
        assertThat(row.get("before").get("basis").asText()).isNotEqualTo("reported");
        assertThat(row.get("after")).isNotNull();
    }

    @Test
    void aScenarioNamesItsEvidence() throws Exception {
        CliProcessIT.Run r = CliProcessIT.run("score", "--scenario", "scenarios/lab-results.yaml", "Na3SbS4", "--json");
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(CliProcessIT.json(r.stdout()).get(0).get("estimate").get("anchor").get("source").asText())
                .contains("your data, line");
    }
}
