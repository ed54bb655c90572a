package org.nasse.advisor.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.advice.Assessment;

class EstimatorTest {
    private final Advisor advisor = TestRules.advisor();

    @Test
    void arrheniusOfTheSigmaTForm() {
        Anchor a = new Anchor(-3, 25, 0.3, true, "test", List.of(), false);
        assertThat(a.log10SigmaAt(25, 0.3)).isEqualTo(-3.0, within(1e-12));
        double t1 = 298.15;
        double t2 = 373.15;
        double expected = -3 + Math.log10(t1 / t2) - 0.3 / (8.617333262e-5 * Math.log(10)) * (1 / t2 - 1 / t1);
        assertThat(a.log10SigmaAt(100, 0.3)).isEqualTo(expected, within(1e-12));
        assertThat(a.log10SigmaAt(100, 0.5)).isGreaterThan(a.log10SigmaAt(100, 0.3));
    }

    @Test
    void aHostWithAReportedConductivityIsItsOwnEstimate() {
        Estimate e = advisor.assess("NaTaCl6").estimate().orElseThrow();
        assertThat(e.log10Sigma()).isEqualTo(Math.log10(4e-3), within(1e-3));
        assertThat(e.anchor().refs()).contains(138);
        assertThat(e.contributions()).isEmpty();
    }

    @Test
    void theTemperatureIsHonouredAndWidensTheUncertainty() {
        Assessment cold = advisor.assess("Na3.4Sc0.4Zr1.6Si2PO12", 25);
        Assessment hot = advisor.assess("Na3.4Sc0.4Zr1.6Si2PO12", 300);
        Estimate c = cold.estimate().orElseThrow();
        Estimate h = hot.estimate().orElseThrow();
        assertThat(h.temperatureC()).isEqualTo(300);
        assertThat(h.log10Sigma()).isGreaterThan(c.log10Sigma() + 1);
        assertThat(h.log10Uncertainty()).isGreaterThanOrEqualTo(c.log10Uncertainty());
        assertThat(c.contributions()).containsKey("interstitialFraction");
    }

    @Test
    void withoutAHostTheEstimateIsFamilyLevelAndWide() {
        Estimate noHost = advisor.assess("Na3SmBr6").estimate().orElseThrow();
        Estimate host = advisor.assess("Na3.4Sc0.4Zr1.6Si2PO12").estimate().orElseThrow();
        assertThat(host.anchor().familyLevel()).isFalse();
        assertThat(noHost.anchor().familyLevel()).isTrue();
        assertThat(noHost.notes()).anyMatch(n -> n.contains("family-level"));
        assertThat(noHost.log10Uncertainty()).isGreaterThan(host.log10Uncertainty());
    }

    @Test
    void featuresComeFromTheFindings() {
        Assessment a = advisor.assess("Na2.88Sb0.88W0.12S4");
        Features f = Features.of(a.analysis(), a.findings());
        assertThat(f.vacancyFraction()).isEqualTo(0.04);
        assertThat(f.interstitialFraction()).isZero();
        assertThat(f.substitutions()).isEqualTo(1);
        Assessment iso = advisor.assess("Na3P0.62As0.38S4");
        Features g = Features.of(iso.analysis(), iso.findings());
        double change = iso.analysis().match().orElseThrow().substitutions().get(0).relativeRadiusChange();
        assertThat(g.cationExpansion()).isEqualTo(change * 0.38, within(1e-9));
    }
}
