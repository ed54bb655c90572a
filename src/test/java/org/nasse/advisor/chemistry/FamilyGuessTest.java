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
    })
    void familyFollowsTheAnionChemistry(String formula, String family) {
        Formula f = chem.parse(formula);
        assertThat(FamilyGuess.of(f, chem.balance(f)).label()).isEqualTo(family);
    }
}
