package org.nasse.advisor.estimate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.analysis.HostMatch;
import org.nasse.advisor.analysis.Substitution;
import org.nasse.advisor.rules.Finding;

/**
 * The model's inputs, read from the rule findings that explain them, so the estimate and the
 * explanation cannot disagree: a feature is non-zero only when its rule fired.
 *
 * @param vacancyFraction      Na vacancies per Na site (aliovalent-vacancy, H1)
 * @param interstitialFraction extra Na per Na site (aliovalent-interstitial, H2)
 * @param cationExpansion      Σ relative radius change × site fraction of isovalent cation swaps (H3)
 * @param anionSoftening       Σ relative radius change × site fraction of softer/harder anions (H4)
 * @param pastOptimum          how far past the reported optimum, relative to it (dopant-past-optimum, H6)
 * @param disorder             1 when the rules expect the disordered phase at room temperature (H8)
 * @param substitutions        number of substitutions (for the uncertainty)
 */
public record Features(double vacancyFraction, double interstitialFraction, double cationExpansion,
                       double anionSoftening, double pastOptimum, double disorder, int substitutions) {

    public static final List<String> NAMES = List.of("vacancyFraction", "interstitialFraction", "cationExpansion",
            "anionSoftening", "pastOptimum", "disorder");

    public double[] vector() {
        return new double[] {vacancyFraction, interstitialFraction, cationExpansion, anionSoftening, pastOptimum, disorder};
    }

    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        double[] v = vector();
        for (int i = 0; i < v.length; i++) {
            m.put(NAMES.get(i), v[i]);
        }
        return m;
    }

    public static Features of(Analysis analysis, List<Finding> findings) {
        double vac = 0;
        double inter = 0;
        double cation = 0;
        double anion = 0;
        double past = 0;
        double disorder = 0;
        HostMatch m = analysis.match().orElse(null);
        for (Finding f : findings) {
            switch (f.rule()) {
                case "aliovalent-vacancy" -> vac = Math.max(vac, f.magnitude());
                case "aliovalent-interstitial" -> inter = Math.max(inter, f.magnitude());
                case "isovalent-expansion", "isovalent-contraction" -> cation += weighted(m, f, false);
                case "softer-anion", "harder-anion" -> anion += weighted(m, f, true);
                case "dopant-past-optimum" -> past = Math.max(past, f.hasMagnitude() ? f.magnitude() : 0);
                case "hydride-anion-mixing" -> disorder = 1;
                default -> { }
            }
        }
        return new Features(vac, inter, cation, anion, past, disorder, m == null ? 0 : m.substitutions().size());
    }

    /** The finding's radius change weighted by how much of the site the dopant takes. */
    private static double weighted(HostMatch m, Finding f, boolean anion) {
        if (m == null || !f.hasMagnitude()) {
            return 0;
        }
        for (Substitution s : m.substitutions()) {
            if (s.hasRadii() && Math.abs(s.relativeRadiusChange() - f.magnitude()) < 1e-12
                    && (s.kind() == org.nasse.advisor.analysis.SiteKind.ANION) == anion) {
                return s.relativeRadiusChange() * s.siteFraction();
            }
        }
        return 0;
    }

}
