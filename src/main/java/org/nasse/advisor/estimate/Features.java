package org.nasse.advisor.estimate;

import java.util.EnumMap;
import java.util.Map;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.analysis.HostMatch;
import org.nasse.advisor.analysis.SiteKind;
import org.nasse.advisor.analysis.Substitution;
import org.nasse.advisor.rules.Finding;

/**
 * The model's inputs, read from the rule findings that explain them, so the estimate and the
 * explanation cannot disagree: a term is non-zero only when one of its rules fired. Values are raw
 * (a vacancy fraction, a site-weighted radius change); the model shapes and weighs them.
 *
 * @param values        raw value of each term that fired
 * @param findings      the rule each term was read from
 * @param substitutions number of substitutions (for the uncertainty)
 * @param series        "host|site|dopant" of a single substitution (whose reported optimum shapes it), else null
 */
public record Features(Map<Term, Double> values, Map<Term, String> findings, int substitutions, String series) {

    public static final Features NONE = new Features(Map.of(), Map.of(), 0, null);

    public Features(Map<Term, Double> values, Map<Term, String> findings, int substitutions) {
        this(values, findings, substitutions, null);
    }

    /** The key of a doping series: host, site and dopant. */
    public static String seriesKey(String host, String site, String dopant) {
        return host + "|" + site + "|" + dopant;
    }

    public double value(Term t) {
        return values.getOrDefault(t, 0.0);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public static Features of(Analysis analysis, Iterable<Finding> findings) {
        EnumMap<Term, Double> values = new EnumMap<>(Term.class);
        EnumMap<Term, String> from = new EnumMap<>(Term.class);
        HostMatch m = analysis.match().orElse(null);
        for (Finding f : findings) {
            Term term = Term.ofRule(f.rule()).orElse(null);
            if (term == null) {
                continue;
            }
            double v = switch (term) {
                case VACANCIES, INTERSTITIALS, SODIUM_DEPLETION -> f.hasMagnitude() ? f.magnitude() : 0;
                case CATION_SIZE, DOPANT_SIZE -> weighted(m, f, SiteKind.CATION);
                case ANION_SOFTNESS, A_SITE_MIXING -> weighted(m, f, SiteKind.ANION);
                case HYDRIDE_ANION_MIXING -> 1.0;
                case FLUORINATION -> f.hasMagnitude() ? f.magnitude() : 0;
            };
            if (v == 0) {
                continue;
            }
            // the fraction terms are one number per composition; the size terms add up over substitutions
            boolean sums = term == Term.CATION_SIZE || term == Term.DOPANT_SIZE || term == Term.ANION_SOFTNESS
                    || term == Term.A_SITE_MIXING;
            values.merge(term, v, sums ? Double::sum : Math::max);
            from.putIfAbsent(term, f.rule());
        }
        String series = m == null || m.substitutions().size() != 1 ? null
                : seriesKey(m.host().id(), m.substitutions().get(0).site(), m.substitutions().get(0).dopant());
        return new Features(values, from, m == null ? 0 : m.substitutions().size(), series);
    }

    /** The finding's radius change weighted by how much of the site the dopant takes. */
    private static double weighted(HostMatch m, Finding f, SiteKind kind) {
        if (m == null || !f.hasMagnitude()) {
            return 0;
        }
        for (Substitution s : m.substitutions()) {
            if (s.hasRadii() && s.kind() == kind && Math.abs(s.relativeRadiusChange() - f.magnitude()) < 1e-12) {
                return s.relativeRadiusChange() * s.siteFraction();
            }
        }
        return 0;
    }
}
