package org.nasse.advisor.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.advice.Advisor;

/**
 * What an estimate is of: a dense pellet's total conductivity unless a grain's (bulk or single crystal) is
 * asked for; each stands on its own kind of report and says when it has only the other kind (a bound).
 */
class MeasuredAsTest {
    private static final Advisor ADVISOR = TestRules.advisor();

    private static Estimate pellet(String formula) {
        return ADVISOR.assess(formula, 25, false).estimate().orElseThrow();
    }

    private static Estimate grain(String formula) {
        return ADVISOR.assess(formula, 25, true).estimate().orElseThrow();
    }

    @Test
    void aCompositionReportedAsBothGrainAndPelletGivesEachWhenAskedForIt() {
        // Ma et al. 2019: bulk 1.5e-2, total 5e-3 S/cm at 25 °C for the same pellet
        Estimate total = pellet("Na3.4Zr2Si2.4P0.6O12");
        Estimate bulk = grain("Na3.4Zr2Si2.4P0.6O12");
        assertThat(total.of()).isEqualTo(Estimate.OF_TOTAL);
        assertThat(bulk.of()).isEqualTo(Estimate.OF_GRAIN);
        assertThat(total.log10Sigma()).isEqualTo(Math.log10(5e-3), org.assertj.core.data.Offset.offset(0.01));
        assertThat(bulk.log10Sigma()).isEqualTo(Math.log10(1.5e-2), org.assertj.core.data.Offset.offset(0.01));
        assertThat(total.upperBound() || total.lowerBound() || bulk.upperBound() || bulk.lowerBound()).isFalse();
    }

    @Test
    void singleCrystalsAreAnUpperBoundForAPelletAndTheAnswerForAGrain() {
        // Briant & Farrington 1980: Mg-stabilised β''-alumina single crystals
        Estimate asPellet = pellet("0.84Na2O·0.67MgO·5.2Al2O3");
        Estimate asGrain = grain("0.84Na2O·0.67MgO·5.2Al2O3");
        assertThat(asPellet.upperBound()).isTrue();
        assertThat(asGrain.upperBound()).isFalse();
        assertThat(asGrain.lowerBound()).isFalse();
        assertThat(asGrain.log10Sigma()).isEqualTo(asPellet.log10Sigma());
    }

    @Test
    void aPelletsTotalIsALowerBoundForAGrainAndAGrainNeverEstimatesBelowThePellet() {
        // the sintered β/β'' ceramic (hayashi2012): the only report of the β'' host is a total
        Estimate asGrain = grain("Na2O·5Al2O3");
        assertThat(asGrain.lowerBound()).isTrue();
        assertThat(asGrain.notes()).anySatisfy(n -> assertThat(n).contains("lower bound"));
        assertThat(pellet("Na2O·5Al2O3").lowerBound()).isFalse();
        // a doping of it: as a grain, held at the crystals (the family's best grain), not at the ceramic
        Estimate dopedPellet = pellet("Na2.05Al9.95Mg0.05O16");
        Estimate dopedGrain = grain("Na2.05Al9.95Mg0.05O16");
        assertThat(dopedPellet.ceiling().capped()).isTrue();
        assertThat(dopedGrain.log10Sigma()).isGreaterThanOrEqualTo(dopedPellet.log10Sigma());
        assertThat(dopedGrain.log10Sigma()).isLessThanOrEqualTo(dopedGrain.ceiling().log10Sigma() + 1e-9);
    }
}
