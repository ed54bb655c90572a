package org.nasse.advisor.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.advice.Advisor;

/** `suggest`: distinct options per (site, dopant), ranked by the same numbers the planner uses. */
class DopantSuggestionsTest {
    private final Advisor advisor = TestRules.advisor();

    private List<DopantSuggestions.Option> suggest(String host) {
        CandidateGenerator g = CandidateGenerator.of(advisor);
        Targets t = Targets.none();
        return DopantSuggestions.of(new CandidateScorer(advisor, t).score(g.forHost(advisor.knowledge().host(host).orElseThrow(), t, false)), advisor.judge(), advisor.knowledge().host(host).orElseThrow());
    }

    @Test
    void oneRowPerSiteAndDopantWithItsBestFractionAndRange() {
        List<DopantSuggestions.Option> options = suggest("Na3PS4");
        Set<String> seen = new HashSet<>();
        for (DopantSuggestions.Option o : options) {
            assertThat(seen.add(o.doping().site() + "|" + o.doping().dopant() + "|" + o.doping().charge())).isTrue();
            assertThat(o.doping().fraction()).isBetween(o.fractionMin(), o.fractionMax());
            assertThat(o.mechanism()).isIn("vacancy", "interstitial", "lattice expansion", "lattice contraction", "isovalent",
                    "removes Na");
        }
        // ranked by the cautious end of the estimate (log10 σ − u), numbered 1..n, ties sharing the first one's number
        for (int i = 1; i < options.size(); i++) {
            DopantSuggestions.Option a = options.get(i - 1);
            DopantSuggestions.Option b = options.get(i);
            assertThat(b.rank()).isEqualTo(i + 1);
            if (a.best().hardViolations() == b.best().hardViolations()) {
                assertThat(b.best().rankLog10()).isLessThanOrEqualTo(a.best().rankLog10() + DopantSuggestions.SAME_FIGURE_DECADES);
            }
            assertThat(b.tiedWith()).isEqualTo(DopantSuggestions.ORDER.compare(a, b) == 0 ? a.tiedWith() : b.rank());
        }
    }

    @Test
    void theReviewsDopingsOfItsBestHostsComeFirst() {
        // W on Sb for Na3SbS4 [116]; Cl on S and Ca on Na for Na3PS4 [123, 124]; Sc, Mg, Zn on Zr for NZSP [87, 93]
        assertThat(suggest("Na3SbS4").subList(0, 3)).anySatisfy(o -> assertThat(o.doping().dopant()).isEqualTo("W"));
        assertThat(suggest("Na3PS4").subList(0, 10)).extracting(o -> o.doping().dopant()).contains("Cl", "Ca");
        assertThat(suggest("Na3Zr2Si2PO12").subList(0, 10)).extracting(o -> o.doping().dopant()).contains("Sc", "Mg", "Zn");
    }

    @Test
    void takingNaOutOfNasiconRanksDownAndSaysWhy() {
        List<DopantSuggestions.Option> options = suggest("Na3Zr2Si2PO12");
        int firstRemoval = -1;
        int lastAddition = -1;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).mechanism().equals("removes Na")) {
                firstRemoval = firstRemoval < 0 ? i : firstRemoval;
                assertThat(options.get(i).note()).contains("NASICON");
            } else if (options.get(i).mechanism().equals("interstitial")) {
                lastAddition = i;
            }
        }
        assertThat(firstRemoval).as("some dopings remove Na").isPositive();
        assertThat(options.get(firstRemoval).log10Sigma()).isLessThan(options.get(0).log10Sigma());
        assertThat(options.subList(0, 10)).allSatisfy(o -> assertThat(o.mechanism()).isNotEqualTo("removes Na"));
        assertThat(lastAddition).isPositive();
    }
}
