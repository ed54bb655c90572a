package org.nasse.advisor.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.knowledge.SourceDirectory;

/** Calibration on the real records, with the real rules and the library's least squares. */
class CalibrationTest {
    static Advisor advisor;
    static Calibration calibration;
    static ConductivityModel fresh;

    @BeforeAll
    static void calibrate() {
        advisor = TestRules.advisor();
        calibration = new Calibration(advisor, advisor.estimator().anchors());
        fresh = calibration.calibrate("test");
    }

    @Test
    void usesEveryRecordThatStatesATemperature() {
        long withT = TestKnowledge.knowledge().records().stream().filter(r -> r.temperatureC() != null).count();
        assertThat(fresh.dataCount()).isEqualTo((int) withT);
        assertThat(fresh.coefficients().keySet()).containsExactlyElementsOf(Features.NAMES);
        assertThat(fresh.coefficients().values()).allSatisfy(c -> assertThat(c).isFinite());
    }

    @Test
    void theCommittedModelFileIsTheFitOfTheCurrentRecords() {
        ConductivityModel committed = ModelFile.read(SourceDirectory.at("knowledge", TestKnowledge.DIR)).orElseThrow();
        assertThat(committed.dataCount()).isEqualTo(fresh.dataCount());
        fresh.coefficients().forEach((k, v) -> assertThat(committed.coefficient(k)).as(k).isEqualTo(v, within(1e-3)));
        assertThat(committed.residuals().looMaeDecades()).isEqualTo(fresh.residuals().looMaeDecades(), within(1e-3));
    }

    @Test
    void leaveOneOutKeepsEachRecordOutOfItsOwnAnchor() {
        List<Calibration.Prediction> loo = calibration.leaveOneOut();
        assertThat(loo).hasSizeGreaterThan(25);
        // a parent record that anchors its host cannot predict itself exactly
        Calibration.Prediction tacl = loo.stream().filter(p -> p.row().record().composition().equals("NaTaCl6"))
                .findFirst().orElseThrow();
        assertThat(Math.abs(tacl.residual())).isGreaterThan(0.1);
        Calibration.Metrics m = Calibration.Metrics.of(loo);
        assertThat(m.spearman()).isBetween(-1.0, 1.0);
        assertThat(m.mae()).isPositive();
        assertThat(m.pairs()).isGreaterThan(3);
    }

    @Test
    void robustFitRecoversALinearModelDespiteAnOutlier() {
        double[][] x = {{1, 0}, {2, 0}, {3, 1}, {4, 1}, {5, 0}, {6, 1}, {7, 0}};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 0.5 * x[i][0] - 1.0 * x[i][1];
        }
        y[4] += 30; // one gross outlier
        double[] beta = RobustFit.fit(x, y);
        assertThat(beta[0]).isEqualTo(0.5, within(0.05));
        assertThat(beta[1]).isEqualTo(-1.0, within(0.2));
    }
}
