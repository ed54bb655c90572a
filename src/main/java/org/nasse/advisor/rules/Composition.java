package org.nasse.advisor.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The composition under analysis, as the rules see it. Doubles are NaN where unknown.
 * {@code ions}: its constituents with their states, for rules that ask about one of them
 * ({@code $i : Ion( state > 0 ) from $c.ions()}); {@code thioCations}: the amount of thio-salt framework
 * cations (P, Sb, As, Sn, Ge, Si), for {@link #thioShare}.
 * Rules call {@code amount("P")} and {@code state("P")} for element-level questions.
 */
public record Composition(
        int id,
        String formula,
        String family,
        boolean hasHost,
        String host,
        boolean isParent,
        double naVacancies,
        double naInterstitials,
        double vacancyFraction,
        double interstitialFraction,
        double naSites,
        boolean compensatedOnNa,
        boolean hydrate,
        Map<String, Double> amounts,
        Map<String, Integer> states,
        HostProperties hostProperties,
        List<Ion> ions,
        double thioCations) {

    /** The composition as the rules see it; the sum of its thio-salt framework cations is worked out here, once. */
    public Composition(int id, String formula, String family, boolean hasHost, String host, boolean isParent,
                       double naVacancies, double naInterstitials, double vacancyFraction, double interstitialFraction,
                       double naSites, boolean compensatedOnNa, boolean hydrate, Map<String, Double> amounts,
                       Map<String, Integer> states, HostProperties hostProperties, List<Ion> ions) {
        this(id, formula, family, hasHost, host, isParent, naVacancies, naInterstitials, vacancyFraction, interstitialFraction,
                naSites, compensatedOnNa, hydrate, amounts, states, hostProperties, ions, thioTotal(amounts));
    }

    public double amount(String key) {
        return amounts.getOrDefault(key, 0.0);
    }

    public int state(String key) {
        return states.getOrDefault(key, 0);
    }

    /**
     * Its constituents among {@code elements} that are in a positive state: the cations a rule asks about
     * ({@code $i : Ion() from $c.cationsOf("Ni", "Co")}), picked here so that a composition holding none of them
     * costs the rules nothing more.
     */
    public List<Ion> cationsOf(String... elements) {
        List<Ion> out = null;
        for (Ion i : ions) {
            if (i.state() > 0) {
                for (String e : elements) {
                    if (e.equals(i.element())) {
                        if (out == null) {
                            out = new java.util.ArrayList<>(2);
                        }
                        out.add(i);
                    }
                }
            }
        }
        return out == null ? List.of() : out;
    }

    /** Named `has` because `contains` is a DRL operator. */
    public boolean has(String key) {
        return amounts.containsKey(key);
    }

    /** The tetrahedral framework cations of the thio-salts (§2.2.5). */
    public static final List<String> THIO_FRAMEWORK = List.of("P", "Sb", "As", "Sn", "Ge", "Si");
    private static final Set<String> THIO_SET = Set.copyOf(THIO_FRAMEWORK);

    /**
     * Share of {@code key} among the thio-salt framework cations P, Sb, As, Sn, Ge, Si (for HSAB, H10).
     * A plain method rather than a list built in the DRL: MVEL's JIT miscompiles List.of(...) calls.
     */
    public double thioShare(String key) {
        return thioCations == 0 ? 0 : amount(key) / thioCations;
    }

    private static double thioTotal(Map<String, Double> amounts) {
        double total = 0;
        for (var e : amounts.entrySet()) { // fewer constituents than framework cations: walk the composition
            if (THIO_SET.contains(e.getKey())) {
                total += e.getValue();
            }
        }
        return total;
    }

    /** What the host entry of the knowledge base says, with its refs; empty strings/NaN where silent. */
    public record HostProperties(
            String moisture, String moistureNote, List<Integer> moistureRefs,
            String naMetal, String naMetalNote, List<Integer> naMetalRefs,
            double oxidationLimitV, String oxidationLimitNote, List<Integer> oxidationLimitRefs,
            double synthesisC, String synthesisRoute, List<Integer> synthesisRefs) {

        public static final HostProperties NONE = new HostProperties("", "", List.of(), "", "", List.of(),
                Double.NaN, "", List.of(), Double.NaN, "", List.of());

        public boolean hasOxidationLimit() {
            return !Double.isNaN(oxidationLimitV);
        }
    }
}
