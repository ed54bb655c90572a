package org.nasse.advisor.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.estimate.ConductivityModel;
import org.nasse.advisor.knowledge.SourceDirectory;

/** The committed model is the fit of the current records, and it validates as the README says. */
class CalibrationTest {
    static ConductivityModel committed;
    static ConductivityModel fresh;

    @BeforeAll
    static void fit() {
        committed = ModelFile.read(SourceDirectory.at("knowledge", TestKnowledge.DIR)).orElseThrow();
        fresh = new Calibration(TestRules.advisor()).calibrate(committed.fittedOn());
    }

    @Test
    void theCommittedModelFileIsTheFitOfTheCurrentRecords() {
        assertThat(fresh).as("run `./advisor calibrate` after changing records or rules").isEqualTo(committed);
    }

    @Test
    void everyTermKeepsItsHeuristicsSign() {
        assertThat(committed.terms()).isNotEmpty();
        committed.terms().forEach((k, t) -> {
            assertThat(t.coefficient()).as(k).isGreaterThanOrEqualTo(0);
            if (t.byFamily() != null) {
                t.byFamily().values().forEach(c -> assertThat(c).as(k).isGreaterThanOrEqualTo(0));
            }
            assertThat(t.status()).as(k).isNotBlank();
        });
    }

    @Test
    void leaveOneOutMeetsTheTargets() {
        ConductivityModel.Metrics loo = committed.validation().leaveOneOut();
        assertThat(loo.count()).isGreaterThanOrEqualTo(120);
        assertThat(loo.spearman()).isGreaterThanOrEqualTo(0.7);
        assertThat(loo.maeDecades()).isLessThanOrEqualTo(0.7);
        assertThat(loo.directionalAccuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(loo.withinUncertainty()).isBetween(0.6, 0.8);
        assertThat(loo.medianUncertainty()).isLessThanOrEqualTo(1.0);
        // the harder test is reported, not hidden
        assertThat(committed.validation().leaveOneHostOut().count()).isEqualTo(loo.count());
        assertThat(committed.validation().review().count() + committed.validation().literature().count()).isEqualTo(loo.count());
    }

    @Test
    void theFitCannotFlipASign() {
        double[][] x = {{1}, {2}, {3}, {4}};
        double[] y = {-1, -2, -3, -4};
        assertThat(SignConstrainedFit.unconstrained(x, y)[0]).isLessThan(-0.9);
        assertThat(SignConstrainedFit.fit(x, y)[0]).isZero();
        assertThat(SignConstrainedFit.fit(x, new double[] {1, 2, 3, 4})[0]).isGreaterThan(0.9);
    }
}
