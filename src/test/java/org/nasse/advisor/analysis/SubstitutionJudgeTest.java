package org.nasse.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.analysis.Plausibility.Verdict;
import org.nasse.advisor.knowledge.Host;

/** The judge on the dopings a chemist accepts or rejects on sight, with the real element data and records. */
class SubstitutionJudgeTest {
    private static final Advisor ADVISOR = TestRules.advisor();

    private static Plausibility judge(String host, String site, String dopant, int state) {
        Host h = ADVISOR.knowledge().host(host).orElseThrow();
        Host.Site s = h.sites().stream().filter(x -> x.site().equals(site)).findFirst().orElseThrow();
        return ADVISOR.judge().judge(h, s, dopant, state);
    }

    @Test
    void aDopantFarTooLargeForItsSiteIsImplausibleAndSaysWhy() {
        // 30 % Pb⁴⁺ on the Te⁶⁺ octahedra of Na2Ni2TeO6: 38 % larger, two charges apart
        Plausibility p = judge("Na2Ni2TeO6", "Te", "Pb", 4);
        assertThat(p.verdict()).isEqualTo(Verdict.IMPLAUSIBLE);
        assertThat(p.concern("size").why()).contains("Pb4+").contains("Te6+").contains("larger");
        assertThat(p.concern("charge")).isNotNull();
    }

    @Test
    void aStateTheHostsAnionsWouldReduceIsImplausible() {
        // Pb⁴⁺ (9 % of lead's cationic compounds) on the Sb⁵⁺ site of a sulfide would oxidise S²⁻
        Plausibility p = judge("Na3SbS4", "Sb", "Pb", 4);
        assertThat(p.verdict()).isEqualTo(Verdict.IMPLAUSIBLE);
        assertThat(p.concern("state").why()).contains("oxidise").contains("S2-");
    }

    @Test
    void whatTheLiteratureReportsIsPlausibleWhateverTheRuleOfThumb() {
        // Zr⁴⁺ on Y³⁺ is 20 % smaller, yet reported in Na3YCl6 [134]
        Plausibility zr = judge("Na3YCl6", "Y", "Zr", 4);
        assertThat(zr.verdict()).isEqualTo(Verdict.PLAUSIBLE);
        assertThat(zr.evidence()).isEqualTo(DopingEvidence.REPORTED_IN_HOST);
        assertThat(zr.concern("size")).isNotNull();
        // W⁶⁺ on the P⁵⁺ site of Na3PS4 is reported on the Sb⁵⁺ site of its sister host Na3SbS4 [116]
        Plausibility w = judge("Na3PS4", "P", "W", 6);
        assertThat(w.verdict()).isEqualTo(Verdict.PLAUSIBLE);
        assertThat(w.evidence()).isEqualTo(DopingEvidence.REPORTED_IN_SISTER_HOST);
        assertThat(w.evidenceSource()).contains("Na3SbS4");
        assertThat(w.evidenceRefs()).isNotEmpty();
    }

    @Test
    void sizeDecidesAmongDivalentIonsOnTheNaSite() {
        // Na⁺ 1.02 Å (VI): Ca²⁺ 1.00 fits, Sr²⁺ 1.18 is limited, Ba²⁺ 1.35 does not fit
        assertThat(judge("Na3YCl6", "Na", "Ca", 2).verdict()).isEqualTo(Verdict.PLAUSIBLE);
        assertThat(judge("Na3YCl6", "Na", "Sr", 2).verdict()).isEqualTo(Verdict.DOUBTFUL);
        assertThat(judge("Na3YCl6", "Na", "Ba", 2).verdict()).isEqualTo(Verdict.IMPLAUSIBLE);
    }

    @Test
    void aSeriesStatesItsChargeAndOnlyThatStateIsReported() {
        // the review's Sb series in Na3PS4 is Sb⁵⁺ [33, 117, 118]: Sb³⁺ on P is not shown by it
        assertThat(judge("Na3PS4", "P", "Sb", 5).evidence().reported()).isTrue();
        assertThat(judge("Na3PS4", "P", "Sb", 3).evidence().reported()).isFalse();
        assertThat(ReportedDopings.stateOf("Sb5+")).isEqualTo(5);
        assertThat(ReportedDopings.stateOf("Cl-")).isEqualTo(-1);
        assertThat(ReportedDopings.stateOf("Zr")).isNull();
    }

    @Test
    void aDataMinedLikelihoodOutweighsOneObjectionNotTwo() {
        // Gd³⁺ and Sb⁵⁺ substitute often in known structures (λ 1.31, oxide pyrochlores), but on the Sb site of
        // Na3SbS4 Gd³⁺ is 56 % larger and two charges apart: two objections, so λ does not ease it
        assertThat(ADVISOR.knowledge().substitutionPrior().lambda("Sb", 5, "Gd", 3)).isGreaterThanOrEqualTo(1.0);
        Plausibility gd = judge("Na3SbS4", "Sb", "Gd", 3);
        assertThat(gd.concern("size").verdict()).isEqualTo(Verdict.IMPLAUSIBLE);
        assertThat(gd.concern("charge")).isNotNull();
        assertThat(gd.verdict()).isEqualTo(Verdict.IMPLAUSIBLE);
        assertThat(gd.evidence().reported()).isFalse();
    }

    @Test
    void sisterHostsShareFamilySitesChargesAndAmounts() {
        assertThat(ADVISOR.judge().reported().sisters("Na3PS4")).extracting(Host::id).contains("Na3SbS4");
        assertThat(ADVISOR.judge().reported().sisters("Na3PS4")).extracting(Host::id).doesNotContain("Na3YCl6", "Na11Sn2PS12");
    }
}
