package org.nasse.advisor.estimate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One term of the conductivity model, owned by a heuristic: the rules that fire it, and the sign the
 * heuristic gives it. The fit sets only the size (a coefficient ≥ 0); the sign is the rule's, so an
 * estimate can never move against the finding it comes from. Shaped terms respond to a defect
 * fraction with a steep rise that saturates at the family's reported optimum.
 */
public enum Term {
    /** H1: aliovalent doping leaves Na vacancies; σ rises steeply, up to an optimum. */
    VACANCIES("vacancies", "H1", +1, true, "aliovalent-vacancy"),
    /** H2: lower-valent framework ions add Na (interstitials), up to an optimum. */
    INTERSTITIALS("interstitials", "H2", +1, true, "aliovalent-interstitial"),
    /** H7: NASICON loses conductivity as Na is taken below three per formula unit. */
    SODIUM_DEPLETION("sodiumDepletion", "H7", -1, false, "nasicon-sodium-depletion"),
    /** H3: a larger isovalent framework cation widens the channels (a smaller one narrows them). */
    CATION_SIZE("cationSize", "H3", +1, false, "isovalent-expansion", "isovalent-contraction"),
    /** H3: an aliovalent framework dopant larger than the ion it replaces expands the lattice too. */
    DOPANT_SIZE("dopantSize", "H3", +1, false, "larger-aliovalent-dopant", "smaller-aliovalent-dopant"),
    /** H4: a larger, softer anion lowers the barrier (a harder one raises it). */
    ANION_SOFTNESS("anionSoftness", "H4", +1, false, "softer-anion", "harder-anion"),
    /** H5: mixing A-site anions of different size in an anti-perovskite lowers Ea. */
    A_SITE_MIXING("aSiteMixing", "H5", +1, false, "anti-perovskite-mixed-anions"),
    /** H8: two cluster anions frustrate ordering and keep the disordered phase at room temperature. */
    HYDRIDE_ANION_MIXING("hydrideAnionMixing", "H8", +1, false, "hydride-anion-mixing"),
    /** H9: F in the chloroaluminate raised σ tenfold [136]. */
    FLUORINATION("fluorination", "H9", +1, false, "halide-fluorine");

    private final String key;
    private final String heuristic;
    private final int sign;
    private final boolean shaped;
    private final List<String> rules;

    Term(String key, String heuristic, int sign, boolean shaped, String... rules) {
        this.key = key;
        this.heuristic = heuristic;
        this.sign = sign;
        this.shaped = shaped;
        this.rules = List.of(rules);
    }

    public String key() {
        return key;
    }

    public String heuristic() {
        return heuristic;
    }

    /** +1 where the heuristic says the feature raises σ, −1 where it lowers it. */
    public int sign() {
        return sign;
    }

    /** Rises steeply with a defect fraction and saturates at the optimum (vacancies, interstitials). */
    public boolean shaped() {
        return shaped;
    }

    public List<String> rules() {
        return rules;
    }

    /** Looked up for every finding of every estimate: maps, not a scan of the values. */
    private static final Map<String, Optional<Term>> BY_RULE = new HashMap<>();
    private static final Map<String, Optional<Term>> BY_KEY = new HashMap<>();

    static {
        for (Term t : values()) {
            for (String r : t.rules) {
                BY_RULE.putIfAbsent(r, Optional.of(t));
            }
            BY_KEY.putIfAbsent(t.key, Optional.of(t));
        }
    }

    public static Optional<Term> ofRule(String rule) {
        return BY_RULE.getOrDefault(rule, Optional.empty());
    }

    public static Optional<Term> ofKey(String key) {
        return BY_KEY.getOrDefault(key, Optional.empty());
    }
}
