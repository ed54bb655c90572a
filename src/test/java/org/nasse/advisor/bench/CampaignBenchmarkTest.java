package org.nasse.advisor.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.progress.Progress;

/** The campaign backtest: the same host, batch and seeds give the same rounds and picks. */
class CampaignBenchmarkTest {
    @Test
    void theBacktestIsDeterministicForASeed() {
        CampaignBenchmark.Result a = CampaignBenchmark.run(TestRules.advisor(), "Na3SbS4", 1, 50, Progress.SILENT);
        CampaignBenchmark.Result b = CampaignBenchmark.run(TestRules.advisor(), "Na3SbS4", 1, 50, Progress.SILENT);
        assertThat(a.skipped()).isNull();
        assertThat(a.poolSize()).isGreaterThanOrEqualTo(3);
        assertThat(a.rounds()).isEqualTo(b.rounds());
        assertThat(a.advisorPicks()).isEqualTo(b.advisorPicks());
        assertThat(a.estimateOnlyPicks()).isEqualTo(b.estimateOnlyPicks());
        // one pick per round with a batch of one: the advisor's rounds are the picks it made, the last one the best
        assertThat(a.advisorPicks()).hasSize((int) a.rounds().advisor());
        assertThat(a.advisorPicks().get(a.advisorPicks().size() - 1)).containsExactly(a.best());
        assertThat(a.rounds().random()).isBetween(1.0, (double) a.poolSize());
    }
}
