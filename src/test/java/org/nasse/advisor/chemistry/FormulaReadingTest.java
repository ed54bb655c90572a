package org.nasse.advisor.chemistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nasse.advisor.TestKnowledge;

/** Formulas as papers print them: cluster salts without brackets, mixtures, fractions, rounded amounts. */
class FormulaReadingTest {
    private final Chemistry chem = TestKnowledge.chemistry();

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "Na2B12H12          | Na2(B12H12)",
            "Na2B10H10          | Na2(B10H10)",
            "NaCB11H12          | Na(CB11H12)",
            "NaCB9H10           | Na(CB9H10)",
            "NaB3H8             | Na(B3H8)",
            "NaB11H14           | Na(B11H14)",
            "NaBH4              | Na(BH4)",
            "NaNH2              | Na(NH2)",
            "Na3OBH4            | Na3O(BH4)",
            "Na3ONO2            | Na3O(NO2)",
            "Na3OBF4            | Na3O(BF4)",
            "Na3NH2B12H12       | Na3(NH2)(B12H12)",
            "Na3BH4B12H12       | Na3(BH4)(B12H12)",
            "Na2BH4NH2          | Na2(BH4)(NH2)",
            "Na3B24H23          | Na3(B24H23)",
            "Na4(CB11H12)2B12H12 | Na4(CB11H12)2(B12H12)",
    })
    void clusterSaltsWrittenPlainlyAreTheSaltsTheyAre(String typed, String canonical) {
        Chemistry.Reading r = chem.read(typed);
        assertThat(r.balance().balanced()).as(typed).isTrue();
        assertThat(r.formula().toString()).isEqualTo(canonical);
        // the bracketed writing is the same salt
        assertThat(chem.read(canonical).formula()).isEqualTo(r.formula());
        assertThat(chem.read(canonical).balance().oxidationStates()).isEqualTo(r.balance().oxidationStates());
    }

    @Test
    void absurdElementLevelStatesNeverWin() {
        // B-3 beside H+1 is no reading of the octahydrotriborate
        assertThat(chem.read("NaB3H8").balance().oxidationStates()).containsEntry("B3H8", -1).doesNotContainKey("B");
        // without the unit the element-level reading is refused, not "balanced" with inverted states
        Formula elements = new FormulaParser(chem.table().symbols(), null).parse("NaB3H8");
        assertThat(chem.balance(elements).balanced()).isFalse();
        // N-2 beside H+1 does not rescue the misprinted Na2NH2B12H12 (the review means Na3NH2B12H12)
        Chemistry.Reading misprint = chem.read("Na2NH2B12H12");
        assertThat(misprint.balance().balanced()).isFalse();
        assertThat(misprint.balance().residualCharge()).isEqualTo(-1.0);
    }

    @Test
    void elementLevelReadingsStandWhereNoUnitIsSpelt() {
        assertThat(chem.read("NaAlH4").formula().units()).isEmpty();
        assertThat(chem.read("Na3PS4").formula().units()).isEmpty();
        assertThat(chem.read("Na3BS3").balance().oxidationStates()).containsEntry("B", 3).containsEntry("S", -2);
    }

    @Test
    void elementAmountsCountUnitsOut() {
        Formula salt = chem.parse("Na4(CB11H12)2(B12H12)");
        assertThat(salt.elementsAsDoubles()).containsExactly(Map.entry("Na", 4.0), Map.entry("C", 2.0),
                Map.entry("B", 34.0), Map.entry("H", 36.0));
        assertThat(salt.units()).containsEntry("CB11H12", new BigDecimal("2")).containsEntry("B12H12", new BigDecimal("1"));
        Formula hydrate = chem.parse("Na3SbS4·9H2O");
        assertThat(hydrate.elementsAsDoubles()).containsExactly(Map.entry("Na", 3.0), Map.entry("Sb", 1.0),
                Map.entry("S", 4.0), Map.entry("H", 18.0), Map.entry("O", 9.0));
    }

    @Test
    void mixturesJoinedByPlusOrAHyphenBeforeACoefficient() {
        assertThat(chem.parse("Na2B10H10-3Na2B12H12")).isEqualTo(chem.parse("Na8(B10H10)(B12H12)3"));
        assertThat(chem.parse("Na3Zr2Si2PO12+0.2Na2O")).isEqualTo(chem.parse("Na3Zr2Si2PO12·0.2Na2O"));
        assertThatThrownBy(() -> chem.parse("Na3PS4-Na2S-C")).hasMessageStartingWith("'-' joins the layers");
        assertThatThrownBy(() -> chem.parse("NaBH4@Na2B12H12")).hasMessageStartingWith("'@' (a core-shell");
        assertThatThrownBy(() -> chem.parse("Na-1Cl")).hasMessageStartingWith("negative amount at column 3");
    }

    @Test
    void fractionsAsPrintedBalanceAndPrintBack() {
        Chemistry.Reading r = chem.read("Na4/3(CB11H12)2/3(B12H12)1/3");
        assertThat(r.balance().balanced()).isTrue();
        assertThat(r.formula().toString()).isEqualTo("Na4/3(CB11H12)2/3(B12H12)1/3");
        assertThat(chem.read(r.formula().toString()).formula()).isEqualTo(r.formula());
        assertThat(chem.read("Na[Ni1/3Fe1/3Mn1/3]O2").balance().balanced()).isTrue();
    }

    @ParameterizedTest(name = "{0}: residual {1} within ±{2}")
    @CsvSource({
            // two-decimal (or 0.062 for 0.0625) rounding leaves a few hundredths at most: balanced, noted.
            // allowance = Σ |state| × half a unit of the last written digit: 0.005·(1 + 2 + 4) for Na, Ni2+, Mn4+
            "Na0.67Ni0.33Mn0.67O2, 0.01, 0.035",
            "Na2.9375PS3.9375Cl0.062, 0.0005, 0.00065",
            "Na[Ni0.33Fe0.33Mn0.33]O2, -0.03, 0.045",
    })
    void roundedCompositionsBalanceWithinTheirRounding(String formula, double residual, double allowance) {
        ChargeBalance b = chem.read(formula).balance();
        assertThat(b.balanced()).isTrue();
        assertThat(b.balancedWithinRounding()).isTrue();
        assertThat(b.residualCharge()).isCloseTo(residual, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(b.roundingAllowance()).isCloseTo(allowance, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Math.abs(b.residualCharge())).isLessThanOrEqualTo(b.roundingAllowance());
    }

    @ParameterizedTest(name = "{0}: residual {1} is a real imbalance")
    @CsvSource({
            "Na3SbS5, -2",
            "Na3.2Zr2Si2PO12, 0.2",
            // -0.1, more than the 0.02 that S3.95 and Se0.05 rounded allow
            "Na2.9PS3.95Se0.05, -0.1",
            // +0.01 with exact amounts: nothing is rounded, nothing is allowed
            "Na3.01PS4, 0.01",
    })
    void realImbalancesStayRefused(String formula, double residual) {
        ChargeBalance b = chem.read(formula).balance();
        assertThat(b.balanced()).isFalse();
        assertThat(b.residualCharge()).isCloseTo(residual, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void elementsAndAlloysAreNeutralAtStateZero() {
        ChargeBalance b = chem.read("Na15Sn4").balance();
        assertThat(b.balanced()).isTrue();
        assertThat(b.zeroValent()).isTrue();
        assertThat(b.oxidationStates()).containsEntry("Na", 0).containsEntry("Sn", 0);
        assertThat(chem.read("NaCl").balance().zeroValent()).isFalse();
    }
}
