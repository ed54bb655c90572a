package org.nasse.advisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.analysis.HostMatch;
import org.nasse.advisor.analysis.Plausibility;
import org.nasse.advisor.analysis.SiteKind;
import org.nasse.advisor.analysis.Substitution;
import org.nasse.advisor.chemistry.ClusterUnits;
import org.nasse.advisor.chemistry.Element;
import org.nasse.advisor.chemistry.Formula;
import org.nasse.advisor.chemistry.PeriodicTable;
import org.nasse.advisor.knowledge.Host;

/**
 * Turns an analysis into the facts the rules match: one Composition, its SiteChanges and, when a rule
 * matches them as facts, its Ions (the shipped rules reach them through {@code Composition.ions()}: a
 * composition's half-dozen Ion facts cost a fifth of the rules' time to insert).
 */
public final class RuleFacts {
    private final PeriodicTable table;
    private final boolean insertIons;

    /** {@code insertIons}: whether any rule has a pattern on Ion facts ({@link RuleSet#matches}). */
    public RuleFacts(PeriodicTable table, boolean insertIons) {
        this.table = table;
        this.insertIons = insertIons;
    }

    /** The facts of one composition; {@code judged} is the judge's verdict on each substitution of its host match. */
    public List<Object> of(int id, Analysis a, List<Plausibility> judged) {
        Map<String, Double> amounts = a.formula().amountsAsDoubles();
        HostMatch m = a.match().orElse(null);
        List<Object> facts = new ArrayList<>(1 + amounts.size() + (m == null ? 0 : m.substitutions().size()));
        Map<String, Integer> states = a.chargeBalance().oxidationStates();
        List<Ion> ions = new ArrayList<>(amounts.size());
        amounts.forEach((k, v) -> ions.add(new Ion(id, k, states.getOrDefault(k, 0), v, Formula.isUnit(k))));
        Composition c = new Composition(id, a.formula().toString(), a.familyLabel(), m != null,
                m == null ? "" : m.host().id(), m != null && m.isParent(),
                m == null ? 0 : m.sodium().vacancies(), m == null ? 0 : m.sodium().interstitials(),
                m == null ? 0 : m.sodium().vacancyFraction(), m == null ? 0 : m.sodium().interstitialFraction(),
                m == null ? 0 : m.sodium().naSites(), m != null && m.sodium().chargeCompensatedOnNa(),
                a.formula().contains(ClusterUnits.WATER), amounts, states,
                m == null ? Composition.HostProperties.NONE : cachedProperties(m.host()), ions);
        facts.add(c);
        if (insertIons) {
            facts.addAll(ions);
        }
        if (m != null) {
            for (int k = 0; k < m.substitutions().size(); k++) {
                Substitution s = m.substitutions().get(k);
                Plausibility p = judged.get(k);
                facts.add(new SiteChange(id, m.host().id(), s.site(), s.hostElement(), s.dopant(), s.fraction(),
                        s.siteFraction(), s.hostOxidationState(), s.dopantOxidationState(), s.chargeDifference(),
                        s.kind() == SiteKind.SODIUM ? "Na" : s.kind() == SiteKind.CATION ? "cation" : "anion",
                        s.coordination(), s.coordinationStated(),
                        s.hostRadius() == null ? Double.NaN : s.hostRadius(),
                        s.dopantRadius() == null ? Double.NaN : s.dopantRadius(),
                        s.hasRadii() ? s.relativeRadiusChange() : Double.NaN,
                        electronegativity(s.dopant()) - electronegativity(s.hostElement()),
                        p.verdict().label(), p.evidence().words(), p.evidenceSource() == null ? "" : p.evidenceSource(), p.evidenceRefs(), p.evidenceCites(),
                        concern(p, "size"), concern(p, "charge"), concern(p, "state")));
            }
        }
        return facts;
    }

    private static String concern(Plausibility p, String kind) {
        Plausibility.Concern c = p.concern(kind);
        return c == null ? "" : c.why();
    }

    private double electronegativity(String key) {
        return table.element(key).filter(Element::hasElectronegativity).map(Element::electronegativity).orElse(Double.NaN);
    }

    /** A host compared by identity: Host's own equality compares every field. */
    private record HostKey(Host host) {
        @Override
        public boolean equals(Object o) {
            return o instanceof HostKey k && k.host == host;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(host);
        }
    }

    private final Map<HostKey, Composition.HostProperties> hostProperties = new java.util.concurrent.ConcurrentHashMap<>();

    /** The same host's properties for every composition of it (the record is immutable). */
    private Composition.HostProperties cachedProperties(Host h) {
        return hostProperties.computeIfAbsent(new HostKey(h), k -> properties(h));
    }

    static Composition.HostProperties properties(Host h) {
        return new Composition.HostProperties(
                h.moisture() == null ? "" : h.moisture().behaviour(),
                h.moisture() == null || h.moisture().note() == null ? "" : h.moisture().note(),
                h.moisture() == null ? List.of() : h.moisture().refs(),
                h.naMetal() == null ? "" : h.naMetal().behaviour(),
                h.naMetal() == null || h.naMetal().note() == null ? "" : h.naMetal().note(),
                h.naMetal() == null ? List.of() : h.naMetal().refs(),
                h.oxidationLimit() == null ? Double.NaN : h.oxidationLimit().volts(),
                h.oxidationLimit() == null || h.oxidationLimit().note() == null ? "" : h.oxidationLimit().note(),
                h.oxidationLimit() == null ? List.of() : h.oxidationLimit().refs(),
                h.synthesis() == null || h.synthesis().temperatureC() == null ? Double.NaN : h.synthesis().temperatureC(),
                h.synthesis() == null || h.synthesis().route() == null ? "" : h.synthesis().route(),
                h.synthesis() == null ? List.of() : h.synthesis().refs());
    }
}
