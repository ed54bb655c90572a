package org.nasse.advisor.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.analysis.Analyzer;
import org.nasse.advisor.analysis.HostMatch;
import org.nasse.advisor.analysis.Substitution;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.KnowledgeBase;

/**
 * Every candidate the generator makes, for every host of the knowledge base, reads back as what it was
 * made as: charge balanced, the same host, each doping a substitution on the same site by the same
 * dopant in the same state, and the host's own elements in the host's states. Permissive targets
 * (variable-valence dopants allowed, no family or element excluded) so that every kind is covered.
 */
class GeneratedCandidatesChemistryTest {
    private static final int SHOWN = 20;

    @Test
    void everyGeneratedCandidateAnalysesBackToItsHostSiteAndDopant() {
        KnowledgeBase kb = TestKnowledge.knowledge();
        Analyzer analyzer = new Analyzer(kb);
        CandidateGenerator generator = CandidateGenerator.of(TestRules.advisor());
        Targets permissive = Targets.none().with("allowVariableValence", Boolean.TRUE);
        // exploratory: the implausible substitutions too, so that every candidate any option can make is read back
        List<Candidate> candidates = generator.generate(permissive, kb.hosts(), true);
        // every host yields candidates, and the variable-valence dopants are among them
        assertThat(candidates.stream().map(Candidate::host).distinct().count()).isEqualTo(kb.hosts().size());
        assertThat(candidates).anySatisfy(c -> assertThat(c.dopings())
                .anySatisfy(d -> assertThat(CandidateGenerator.VARIABLE_VALENCE).contains(d.dopant())));

        List<String> offenders = new ArrayList<>();
        for (Candidate c : candidates) {
            String problem = problem(kb.host(c.host()).orElseThrow(), c, analyzer.analyze(c.composition()));
            if (problem != null) {
                offenders.add(c.composition() + " (" + c.host() + ", " + describe(c) + "): " + problem);
            }
        }
        assertThat(offenders)
                .as("%d of %d generated candidates do not analyse back to their host; the first %d:%n%s",
                        offenders.size(), candidates.size(), Math.min(SHOWN, offenders.size()),
                        String.join(System.lineSeparator(), offenders.subList(0, Math.min(SHOWN, offenders.size()))))
                .isEmpty();
    }

    /** What is wrong with the analysis of a generated candidate, or null. */
    private static String problem(Host host, Candidate c, Analysis a) {
        if (!a.chargeBalanced()) {
            return "not charge balanced, states " + a.chargeBalance().oxidationStates();
        }
        for (Host.Site s : host.sites()) {
            Integer state = a.chargeBalance().oxidationStates().get(s.element());
            if (state != null && state.intValue() != s.oxidationState()) {
                return "host element " + s.element() + " read as " + state + ", host has " + s.oxidationState()
                        + "; states " + a.chargeBalance().oxidationStates();
            }
        }
        Optional<HostMatch> m = a.match();
        if (m.isEmpty()) {
            return "no host, states " + a.chargeBalance().oxidationStates();
        }
        if (!m.get().host().id().equals(c.host())) {
            return "host " + m.get().host().id() + ", substitutions " + describe(m.get().substitutions());
        }
        for (Candidate.Doping d : c.dopings()) {
            boolean found = m.get().substitutions().stream().anyMatch(s -> s.site().equals(d.site())
                    && s.dopant().equals(d.dopant()) && s.dopantOxidationState() == d.charge());
            if (!found) {
                return "no " + d.dopant() + state(d.charge()) + " on " + d.site() + "; substitutions "
                        + describe(m.get().substitutions());
            }
        }
        return null;
    }

    private static String describe(Candidate c) {
        List<String> out = new ArrayList<>();
        for (Candidate.Doping d : c.dopings()) {
            out.add(d.dopant() + state(d.charge()) + " " + d.fraction() + " on " + d.site());
        }
        return String.join(" + ", out);
    }

    private static String describe(List<Substitution> subs) {
        List<String> out = new ArrayList<>();
        for (Substitution s : subs) {
            out.add(s.dopant() + state(s.dopantOxidationState()) + " " + s.fraction() + " on " + s.site());
        }
        return out.toString();
    }

    private static String state(int q) {
        return q > 0 ? "+" + q : String.valueOf(q);
    }
}
