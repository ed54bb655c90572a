package org.nasse.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestKnowledge;

/** The examples and hand-made compositions, explained as host + substitutions by site. */
class HostMatcherTest {
    private final Analyzer analyzer = new Analyzer(TestKnowledge.knowledge());

    private HostMatch match(String formula) {
        Analysis a = analyzer.analyze(formula);
        assertThat(a.match()).as("host for %s", formula).isPresent();
        return a.match().get();
    }

    private static Substitution only(HostMatch m) {
        assertThat(m.substitutions()).hasSize(1);
        return m.substitutions().get(0);
    }

    @Test
    void tungstenOnAntimonyLeavesVacancies() {
        HostMatch m = match("Na2.88Sb0.88W0.12S4");
        assertThat(m.host().id()).isEqualTo("Na3SbS4");
        Substitution s = only(m);
        assertThat(s.site()).isEqualTo("Sb");
        assertThat(s.dopant()).isEqualTo("W");
        assertThat(s.fraction()).isEqualTo(0.12);
        assertThat(s.hostOxidationState()).isEqualTo(5);
        assertThat(s.dopantOxidationState()).isEqualTo(6);
        assertThat(m.sodium().vacancies()).isEqualTo(0.12);
        assertThat(m.sodium().interstitials()).isZero();
        assertThat(m.sodium().chargeCompensatedOnNa()).isTrue();
    }

    @Test
    void calciumSitsOnSodiumAndLeavesAsManyVacancies() {
        HostMatch m = match("Na2.73Ca0.135PS4");
        assertThat(m.host().id()).isEqualTo("Na3PS4");
        Substitution s = only(m);
        assertThat(s.kind()).isEqualTo(SiteKind.SODIUM);
        assertThat(s.dopant()).isEqualTo("Ca");
        assertThat(s.fraction()).isEqualTo(0.135);
        assertThat(m.sodium().vacancies()).isEqualTo(0.135);
        assertThat(m.sodium().onNaSite()).isEqualTo(0.135);
    }

    @Test
    void chlorideOnSulfide() {
        HostMatch m = match("Na2.9375PS3.9375Cl0.0625");
        Substitution s = only(m);
        assertThat(s.kind()).isEqualTo(SiteKind.ANION);
        assertThat(s.hostElement()).isEqualTo("S");
        assertThat(s.dopant()).isEqualTo("Cl");
        assertThat(s.chargeDifference()).isEqualTo(1);
        assertThat(m.sodium().vacancies()).isEqualTo(0.0625);
    }

    @Test
    void scandiumOnZirconiumAddsInterstitials() {
        HostMatch m = match("Na3.4Sc0.4Zr1.6Si2PO12");
        assertThat(m.host().id()).isEqualTo("Na3Zr2Si2PO12");
        Substitution s = only(m);
        assertThat(s.hostElement()).isEqualTo("Zr");
        assertThat(s.dopant()).isEqualTo("Sc");
        assertThat(s.fraction()).isEqualTo(0.4);
        assertThat(s.coordination()).isEqualTo("VI");
        assertThat(s.coordinationStated()).isTrue();
        assertThat(s.hostRadius()).isEqualTo(0.72);
        assertThat(s.dopantRadius()).isEqualTo(0.745);
        assertThat(m.sodium().interstitials()).isEqualTo(0.4);
        assertThat(m.sodium().vacancies()).isZero();
        assertThat(m.sodium().emptyNaSites()).isEqualTo(0.6);
    }

    @Test
    void isovalentArsenicOnPhosphorus() {
        HostMatch m = match("Na3P0.62As0.38S4");
        assertThat(m.host().id()).isEqualTo("Na3PS4");
        Substitution s = only(m);
        assertThat(s.isAliovalent()).isFalse();
        assertThat(s.fraction()).isEqualTo(0.38);
        assertThat(s.relativeRadiusChange()).isGreaterThan(0.05);
        assertThat(m.sodium().vacancies()).isZero();
        assertThat(m.sodium().interstitials()).isZero();
    }

    @Test
    void coDopingOnTwoSitesIsTwoSubstitutions() {
        HostMatch m = match("Na3.4Zr1.9Zn0.1Si2.2P0.8O12");
        assertThat(m.substitutions()).extracting(Substitution::dopant, Substitution::hostElement, Substitution::fraction)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Zn", "Zr", 0.1),
                        org.assertj.core.groups.Tuple.tuple("Si", "P", 0.2));
        assertThat(m.sodium().interstitials()).isEqualTo(0.4);
        assertThat(m.sodium().emptyNaSites()).isEqualTo(0.6); // the review's Na:vacancy 3.4:0.6 [93]
        assertThat(m.sodium().chargeCompensatedOnNa()).isTrue();
    }

    @Test
    void handMadeCompositionsTheReviewDoesNotContain() {
        // Ta5+ on Sb5+ (isovalent) and Ca on Na together in the antimonate
        HostMatch m = match("Na2.8Ca0.1Sb0.9Ta0.1S4");
        assertThat(m.host().id()).isEqualTo("Na3SbS4");
        assertThat(m.substitutions()).extracting(Substitution::dopant).containsExactlyInAnyOrder("Ta", "Ca");
        assertThat(m.sodium().vacancies()).isEqualTo(0.1);

        // Br on Cl and Hf on Zr in the chloride host of the review
        HostMatch h = match("Na2.5Y0.5Hf0.5Cl6");
        assertThat(h.host().id()).isEqualTo("Na3YCl6");
        assertThat(h.sodium().vacancies()).isEqualTo(0.5);

        // a borohydride written per two formula units is compared per one
        HostMatch b = match("Na2(CB9H10)(CB11H12)");
        assertThat(b.host().id()).isEqualTo("NaCB11H12");
        assertThat(only(b).fraction()).isEqualTo(0.5);
    }

    @Test
    void aCompositionWithoutHostIsStillAnalysed() {
        Analysis a = analyzer.analyze("Li7La3Zr2O12");
        assertThat(a.chargeBalanced()).isTrue();
        assertThat(a.match()).isEmpty();
        Analysis zeolite = analyzer.analyze("Na3SmBr6");
        assertThat(zeolite.match()).isEmpty();
        assertThat(zeolite.familyLabel()).isEqualTo("halide");
    }

    @Test
    void theHostItselfHasNoSubstitutions() {
        for (String parent : List.of("Na3PS4", "Na3SbS4", "Na3Zr2Si2PO12", "Na3OBr")) {
            HostMatch m = match(parent);
            assertThat(m.host().id()).isEqualTo(parent);
            assertThat(m.isParent()).isTrue();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} has no host: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Na3BS3              | a thioborate shares no framework cation with any host (not Na3Sn2NaO6)",
            "Na6PS5Cl            | an argyrodite is no doping of Na3PS4, nor of a halide that shares only Na and Cl",
            "Na3(BH4)(B12H12)    | a double salt: BH4 on half the B12H12 sites is no doping",
            "Na11.1Sn2.1P0.9Se12 | the Se analogue of Na11Sn2PS12 (Se for every S) is not 70 % Sn on P of Na3PSe4",
            "Na3SbSe4            | Se for every S of Na3SbS4, Sb for every P of Na3PSe4",
            "NaB3H8              | no host in the knowledge base shares its anion",
    })
    void noAbsurdHosts(String formula, String why) {
        Analysis a = analyzer.analyze(formula);
        assertThat(a.chargeBalanced()).isTrue();
        assertThat(a.match()).as(why).isEmpty();
    }

    @Test
    void aHostSharesTheMainAnionAndAFrameworkCation() {
        // NaBH4 is its own host, not NaAlH4 with B for all Al
        assertThat(match("NaBH4").host().id()).isEqualTo("NaBH4");
        assertThat(match("NaBH4").isParent()).isTrue();
        // beyond half of Y the solid solution is Y-doped Na2ZrCl6; the review's own x = 0.75 keeps its host
        assertThat(match("Na2.3Y0.3Zr0.7Cl6").host().id()).isEqualTo("Na2ZrCl6");
        assertThat(match("Na2.25Y0.25Zr0.75Cl6").host().id()).isEqualTo("Na3YCl6");
        // the P/Si site of NASICON takes either of its own elements: P for Si is no dopant share
        HostMatch poorer = match("Na2.8Zr2Si1.8P1.2O12");
        assertThat(poorer.host().id()).isEqualTo("Na3Zr2Si2PO12");
        assertThat(poorer.sodium().vacancies()).isEqualTo(0.2);
        // the Na1+xMxZr2-x(PO4)3 series is M-doped NaZr2(PO4)3, the x = 0 end member, with interstitial Na
        HostMatch scandium = match("Na1.5Sc0.5Zr1.5(PO4)3");
        assertThat(scandium.host().id()).isEqualTo("NaZr2(PO4)3");
        assertThat(scandium.sodium().interstitials()).isEqualTo(0.5);
        // a plain-written mixed closo-borate is Na2B12H12 with B10H10 on a quarter of its anion sites
        assertThat(only(match("Na2B10H10-3Na2B12H12")).dopant()).isEqualTo("B10H10");
    }
}
