package org.nasse.advisor.chemistry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nasse.advisor.TestKnowledge;

class FamilyGuessTest {
    private final Chemistry chem = TestKnowledge.chemistry();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "Na3PS4, sulfide",
            "Na2.88Sb0.88W0.12S4, sulfide",
            "Na3PSe4, sulfide",
            "Na11Sn2PS12, sulfide",
            "Na3Zr2Si2PO12, nasicon",
            "Na3.4Sc0.4Zr1.6Si2PO12, nasicon",
            "Na3YCl6, halide",
            "NaTaCl6, halide",
            "NaAlCl3.3F0.7, halide",
            "Na2(B12H12), complex-hydride",
            "Na(CB11H12), complex-hydride",
            "NaAlH4, complex-hydride",
            "Na3OCl, anti-perovskite",
            "Na3OBr0.6I0.4, anti-perovskite",
            "Na3O(BH4), anti-perovskite",
            "Na4OI2, anti-perovskite",
            "Na2Zn2TeO6, layered-oxide",
            "NaAl11O17, beta-alumina",
            // as papers print them: the anion that carries most of the charge decides
            "Na3BS3, sulfide",
            "Na6PS5Cl, sulfide",
            "Na2SO4, oxide",
            "Na3PO4, oxide",
            "NaB3H8, complex-hydride",
            "NaB11H14, complex-hydride",
            "Na2B12H12, complex-hydride",
            "NaNH2, complex-hydride",
            "Na3OBH4, anti-perovskite",
            "Na3ONO2, anti-perovskite",
            "Na3OBF4, anti-perovskite",
            "Na2.98Mg0.01SO4F0.95Cl0.05, anti-perovskite",
            "NaAlCl3.7(BH4)0.3, halide",
            "Na3PS3.85O0.15, sulfide",
    })
    void familyFollowsTheAnionChemistry(String formula, String family) {
        Chemistry.Reading r = chem.read(formula);
        assertThat(FamilyGuess.of(r.formula(), r.balance()).label()).isEqualTo(family);
    }
}
