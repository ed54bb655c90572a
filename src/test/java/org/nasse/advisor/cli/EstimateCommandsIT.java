package org.nasse.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstimateCommandsIT {
    @Test
    void analyzeFillsTheEstimateAtTheAskedTemperature() throws Exception {
        CliProcessIT.Run r = CliProcessIT.run("analyze", "Na3.4Sc0.4Zr1.6Si2PO12", "--temperature", "80", "--json");
        assertThat(r.exit()).isZero();
        JsonNode e = CliProcessIT.JSON.readTree(r.stdout()).get("estimate");
        assertThat(e.get("temperatureC").asDouble()).isEqualTo(80.0);
        assertThat(e.get("sigmaSPerCm").asDouble()).isPositive();
        assertThat(e.get("log10Sigma").asDouble()).isEqualTo(Math.log10(e.get("sigmaSPerCm").asDouble()), org.assertj.core.data.Offset.offset(0.01));
        assertThat(e.get("log10Uncertainty").asDouble()).isPositive();
    }

    @Test
    void analyzeEstimatesAGrainWhenAskedAndRejectsAnUnknownMeasure() throws Exception {
        CliProcessIT.Run r = CliProcessIT.run("analyze", "Na3.4Zr2Si2.4P0.6O12", "--measured", "grain", "--json");
        assertThat(r.exit()).isZero();
        JsonNode e = CliProcessIT.JSON.readTree(r.stdout()).get("estimate");
        assertThat(e.get("of").asText()).isEqualTo("grain");
        assertThat(e.get("sigmaSPerCm").asDouble()).isEqualTo(1.5e-2); // Ma 2019's bulk value, not its 5e-3 total
        CliProcessIT.Run bad = CliProcessIT.run("analyze", "Na3PS4", "--measured", "crystal");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.stdout()).isEmpty();
        assertThat(bad.stderr().strip().lines().count()).isEqualTo(1);
        assertThat(bad.stderr()).contains("--measured crystal");
    }

    @Test
    void validateOnRecordsAndOnAUserCsv(@TempDir Path dir) throws Exception {
        CliProcessIT.Run loo = CliProcessIT.run("validate", "--json");
        assertThat(loo.exit()).isZero();
        JsonNode j = CliProcessIT.JSON.readTree(loo.stdout());
        for (String protocol : new String[] {"leaveOneOut", "leaveOneHostOut", "review", "literature"}) {
            JsonNode m = j.get(protocol);
            assertThat(m.get("count").asInt()).as(protocol).isGreaterThan(25);
            assertThat(m.has("spearman")).isTrue();
            assertThat(m.has("maeDecades")).isTrue();
            assertThat(m.has("directionalAccuracy")).isTrue();
            assertThat(m.has("withinUncertainty")).isTrue();
        }
        assertThat(j.get("leaveOneOut").get("count").asInt())
                .isEqualTo(j.get("review").get("count").asInt() + j.get("literature").get("count").asInt());
        assertThat(j.get("rows").get(0).has("basis")).isTrue();
        // each row's u is the one the "inside ±u" share counts against, so the rows reproduce it
        int inside = 0;
        for (JsonNode row : j.get("rows")) {
            double error = Math.abs(row.get("measuredLog10Sigma").asDouble() - row.get("predictedLog10Sigma").asDouble());
            inside += error <= row.get("log10Uncertainty").asDouble() + 0.001 ? 1 : 0;
        }
        assertThat((double) inside / j.get("rows").size())
                .isCloseTo(j.get("leaveOneOut").get("withinUncertainty").asDouble(), org.assertj.core.data.Offset.offset(0.02));

        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, """
                composition,sigma_rt_S_per_cm,temperature_C,parent
                Na3PS4,2e-4,25,
                Na2.9375PS3.9375Cl0.0625,1e-3,25,Na3PS4
                Na2.8Ca0.1PS4,6e-4,,Na3PS4
                Na3Xx4,1e-3,25,
                """);
        CliProcessIT.Run mine = CliProcessIT.run("validate", "--data", csv.toString(), "--json");
        assertThat(mine.exit()).isZero();
        JsonNode m = CliProcessIT.JSON.readTree(mine.stdout());
        assertThat(m.get("count").asInt()).isEqualTo(3);
        assertThat(m.get("failed").asInt()).isEqualTo(1);
        assertThat(m.get("pairs").asInt()).isEqualTo(2);
        assertThat(m.get("rows").get(3).get("error").asText()).contains("unknown element 'Xx'");
    }

    @Test
    void benchScoreReportsThroughputAndHeap() throws Exception {
        CliProcessIT.Run r = CliProcessIT.run("bench", "score", "--count", "3000", "--warmup", "0", "--json");
        assertThat(r.exit()).isZero();
        JsonNode j = CliProcessIT.JSON.readTree(r.stdout());
        assertThat(j.get("count").asLong()).isEqualTo(3000);
        assertThat(j.get("compositionsPerSecond").asDouble()).isPositive();
        assertThat(j.get("peakHeapMb").asDouble()).isPositive();
        assertThat(j.get("seconds").asDouble()).isPositive();
    }

    @Test
    void benchRecommendTimesEveryStageColdThenWarm() throws Exception {
        CliProcessIT.Run r = CliProcessIT.run("bench", "recommend", "--scenario", "scenarios/hydride-moderate-temperature.yaml", "--json");
        assertThat(r.exit()).as(r.stderr()).isZero();
        JsonNode j = CliProcessIT.JSON.readTree(r.stdout());
        assertThat(j.get("loadSeconds").asDouble()).isPositive();
        for (String pass : new String[] {"cold", "warm"}) {
            JsonNode run = j.get(pass).get(0);
            assertThat(run.get("scenario").asText()).isEqualTo("Complex-hydride cell at 80 °C");
            assertThat(run.get("stages").has("building cell stacks")).isTrue();
            assertThat(run.get("stages").has("choosing cell stacks (OptaPlanner)")).isTrue();
            assertThat(run.get("stacks").asInt()).isPositive();
        }
    }
}
