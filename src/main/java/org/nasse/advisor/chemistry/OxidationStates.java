package org.nasse.advisor.chemistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns one oxidation state per element so that the formula is neutral, choosing the likeliest states.
 * Candidates are the element's common and ICSD-observed states (exotic states such as Na⁻ are never
 * tried); cluster units carry their fixed charge. Among neutral assignments the one that wins is, in order:
 * <ol>
 * <li>the one with the fewest implausible states: a negative state costs 1 unless the element is an anion
 * former (H, N, O, halogens, chalcogens) or anion-like, and a positive state on an anion-like element costs
 * 4 (anion-like: a non-metal within 0.25 Pauling of the most electronegative element);</li>
 * <li>the likeliest: the highest Σ amount × ln(share of the element's ICSD occurrences in that state),
 * pymatgen's occurrence counts (knowledge/elements/oxidation_state_occurrence.csv) read as the probability
 * of each atom's state. pymatgen's {@code oxi_state_guesses} ranks by the plain sum of counts; the log of
 * each element's own share makes an element's rarity in the ICSD irrelevant, only how its states divide.
 * Weighting by amount lets the framework keep its state: in Na3SbS3.5Te0.5, Sb⁵⁺ with Te²⁻ (ln 418 +
 * ½ ln 749) beats Sb³⁺ with Te²⁺ (ln 507 + ½ ln 14). A residual left to rounding adds
 * ln(1 − |residual| / the most rounding can leave), so a rare exact balance loses to a likely one a little
 * off (Na0.67Ni0.33Mn0.67O2 is Ni²⁺/Mn⁴⁺, residual 0.01 of at most 0.035, not Ni⁴⁺/Mn³⁺), and a likely
 * one at the edge of the allowance loses to an exact one (Na3.05Sb0.95W0.05S4 is W⁴⁺, not W⁵⁺ with
 * residual 0.05 of at most 0.055);</li>
 * <li>the smallest residual.</li>
 * </ol>
 * An assignment that makes an element an anion while a clearly more electronegative one (by more
 * than 0.1 Pauling) is a cation is never taken: B⁻³ beside H⁺ is not a reading of NaB3H8.
 * <p>
 * Neutral means within the rounding allowance: Σ |charge| × rounding error over the constituents
 * whose amounts are written with two or more decimals (the largest common |state| of each element),
 * at most {@value #MAX_ROUNDING_ALLOWANCE} per formula unit. Exact amounts allow nothing, so Na3SbS5
 * (−2) and Na3.2Zr2Si2PO12 (+0.2) stay unbalanced; their states are the closest assignment among
 * common states.
 * One state per element: mixed valence (Fe²⁺/Fe³⁺ in one formula) is not modelled.
 */
public final class OxidationStates {
    private static final double TOLERANCE = 1e-6;
    /** Two-decimal rounding of a handful of amounts leaves a few hundredths; more is a real imbalance. */
    static final double MAX_ROUNDING_ALLOWANCE = 0.05;
    private static final double ANION_LIKE = 0.25;
    /** An anion this much less electronegative than a cation of the same formula is an inverted reading. */
    private static final double INVERSION_MARGIN = 0.1;

    private final PeriodicTable table;
    private final ClusterUnits clusters;

    public OxidationStates(PeriodicTable table, ClusterUnits clusters) {
        this.table = table;
        this.clusters = clusters;
    }

    public ChargeBalance assign(Formula formula) {
        double fixedCharge = 0;
        Map<String, Integer> fixed = new LinkedHashMap<>();
        List<Slot> slots = new ArrayList<>();
        double maxEn = 0; // electronegativities are positive: 0 means none is known
        for (String k : formula.amounts().keySet()) {
            if (!Formula.isUnit(k) && table.require(k).hasElectronegativity()) {
                maxEn = Math.max(maxEn, table.require(k).electronegativity());
            }
        }
        double fixedAllowance = 0;
        double widestAllowance = 0;
        for (var e : formula.amounts().entrySet()) {
            String key = e.getKey();
            double amount = e.getValue().doubleValue();
            if (Formula.isUnit(key)) {
                ClusterUnit unit = clusters.byName(key).orElseThrow();
                fixed.put(key, unit.charge());
                fixedCharge += unit.charge() * amount;
                fixedAllowance += Math.abs(unit.charge()) * formula.roundingError(key);
            } else {
                Element element = table.require(key);
                Choices choices = candidates(element, maxEn);
                List<Candidate> candidates = choices.candidates();
                double err = formula.roundingError(key);
                slots.add(new Slot(key, amount, candidates,
                        element.hasElectronegativity() ? element.electronegativity() : Double.NaN, err, choices.likeliest()));
                int largest = 0;
                for (Candidate c : candidates) {
                    largest = Math.max(largest, Math.abs(c.state));
                }
                widestAllowance += largest * err;
            }
        }
        // pruning needs a bound good for every assignment; each leaf then checks its own allowance
        double bound = Math.max(TOLERANCE, Math.min(MAX_ROUNDING_ALLOWANCE, fixedAllowance + widestAllowance));
        // most constrained first, so pruning bites early
        slots.sort(Comparator.comparingInt((Slot s) -> s.candidates.size()).thenComparing(s -> -s.amount));
        boolean unknownStates = slots.stream().anyMatch(s -> s.candidates.isEmpty());
        Search exact = new Search(slots, false, bound, fixedAllowance);
        if (!unknownStates) {
            exact.run(0, fixedCharge, 0, 0.0);
        }
        boolean balanced = exact.best != null;
        if (!balanced && fixed.isEmpty() && zeroValent(slots)) {
            // an element, an alloy or a Zintl-free intermetallic: neutral with every state 0 (Na15Sn4, S)
            Map<String, Integer> zero = new LinkedHashMap<>();
            formula.amounts().keySet().forEach(k -> zero.put(k, 0));
            return new ChargeBalance(true, zero, 0.0, 0.0, true, true);
        }
        Search closest = exact;
        if (!balanced && !unknownStates) {
            closest = new Search(slots, true, bound, fixedAllowance);
            closest.run(0, fixedCharge, 0, 0.0);
        }

        Map<String, Integer> states = new LinkedHashMap<>();
        int[] chosen = closest.best;
        for (String key : formula.amounts().keySet()) {
            if (fixed.containsKey(key)) {
                states.put(key, fixed.get(key));
            } else if (chosen != null) {
                for (int i = 0; i < slots.size(); i++) {
                    if (slots.get(i).symbol.equals(key)) {
                        states.put(key, slots.get(i).candidates.get(chosen[i]).state);
                    }
                }
            }
        }
        double residual = chosen == null ? Double.NaN : round(closest.bestResidual);
        double allowance = chosen == null ? 0.0 : round(closest.allowance(chosen));
        return new ChargeBalance(balanced, states, residual, allowance, !balanced || exact.cost(chosen) == 0, false);
    }

    /** A cation of this electronegativity beside an anion of that one is a reading the balancer never takes. */
    public static boolean inverted(double cationElectronegativity, double anionElectronegativity) {
        return cationElectronegativity > anionElectronegativity + INVERSION_MARGIN;
    }

    /** Elements that are anions in these solids (hydride, nitride, oxide, halide, chalcogenide): F beside Cl costs nothing. */
    public static final java.util.Set<String> ANION_FORMERS = java.util.Set.of("H", "N", "O", "F", "S", "Cl", "Se", "Br", "Te", "I");

    /** Non-metals: an element-only formula of none of these (or of these only) has no ionic reading. */
    private static final java.util.Set<String> NON_METALS = java.util.Set.of("H", "He", "B", "C", "N", "O", "F", "Ne",
            "Si", "P", "S", "Cl", "Ar", "As", "Se", "Br", "Kr", "Te", "I", "Xe", "At", "Rn");

    /** One element, or metals only, or non-metals only: elemental or intermetallic, every state 0. */
    private static boolean zeroValent(List<Slot> slots) {
        long metals = slots.stream().filter(s -> !NON_METALS.contains(s.symbol)).count();
        return slots.size() == 1 || metals == slots.size() || metals == 0;
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }

    /** Candidate lists depend only on the element and whether it is anion-like here: built once each. */
    private final java.util.Map<String, Choices> anionLike = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Choices> cationLike = new java.util.concurrent.ConcurrentHashMap<>();

    /** An element's candidates and the exact search's order of them, built together once per element and reading. */
    private record Choices(List<Candidate> candidates, int[] likeliest) {
        static Choices of(List<Candidate> candidates) {
            return new Choices(candidates, java.util.stream.IntStream.range(0, candidates.size()).boxed()
                    .sorted(Comparator.comparingInt((Integer k) -> candidates.get(k).implausible)
                            .thenComparingDouble(k -> -candidates.get(k).logShare))
                    .mapToInt(Integer::intValue).toArray());
        }
    }

    private Choices candidates(Element element, double maxEn) {
        // "anion-like": a non-metal within 0.25 Pauling of the most electronegative element (Se beside S,
        // Cl beside Br); a metal is a cation even when it is the only element (Na beside B12H12 units)
        boolean anion = NON_METALS.contains(element.symbol()) && element.hasElectronegativity()
                && maxEn - element.electronegativity() <= ANION_LIKE;
        return (anion ? anionLike : cationLike).computeIfAbsent(element.symbol(), k -> Choices.of(buildCandidates(element, anion)));
    }

    private static List<Candidate> buildCandidates(Element element, boolean mostElectronegative) {
        List<Candidate> out = new ArrayList<>();
        boolean anionFormer = mostElectronegative || ANION_FORMERS.contains(element.symbol());
        for (int s : element.commonOxidationStates()) {
            out.add(candidate(element, s, false, mostElectronegative, anionFormer));
        }
        for (int s : element.icsdOxidationStates()) {
            if (!element.commonOxidationStates().contains(s)) {
                out.add(candidate(element, s, true, mostElectronegative, anionFormer));
            }
        }
        out.removeIf(c -> c.state == 0);
        out.sort(Comparator.comparingInt(Candidate::cost));
        return List.copyOf(out);
    }

    private static Candidate candidate(Element element, int state, boolean uncommon, boolean mostElectronegative,
                                       boolean anionFormer) {
        int implausible = cost(state, 0, mostElectronegative, anionFormer);
        return new Candidate(state, implausible + (uncommon ? 1 : 0), implausible, element.logStateShare(state));
    }

    private static int cost(int state, int tier, boolean mostElectronegative, boolean anionFormer) {
        int c = tier;
        if (state < 0 && !anionFormer) {
            c += 1;
        }
        if (state > 0 && mostElectronegative) {
            c += 4;
        }
        return c;
    }

    /**
     * {@code cost}: implausibility plus 1 for a state outside the common list (what the closest search and
     * {@link ChargeBalance#commonStates()} go by); {@code logShare}: ln of the state's ICSD share.
     */
    private record Candidate(int state, int cost, int implausible, double logShare) {
    }

    /**
     * {@code likeliest}: candidate indices, least implausible then likeliest first (the exact search's order;
     * shared between slots of the same element, never written).
     */
    private record Slot(String symbol, double amount, List<Candidate> candidates, double electronegativity,
                        double roundingError, int[] likeliest) {
    }

    /**
     * Depth-first branch and bound over the slots. Exact mode looks for the best neutral assignment in the
     * order of the class comment, pruning branches that can no longer reach neutrality, that are already
     * more implausible than the best, or that can no longer be as likely as it.
     * Closest mode (cost-0 candidates only) looks for the smallest residual. Both stop after a node
     * budget, so a formula of fifty elements cannot hang the advisor.
     */
    private static final class Search {
        static final int NODE_BUDGET = 200_000;
        private static final double LIKELIHOOD_TIE = 1e-9;
        final List<Slot> slots;
        final boolean closestMode;
        final double[] minRest;
        final double[] maxRest;
        /** The most likely the slots from i on can still be: Σ amount × their best ln share. */
        final double[] likeliestRest;
        final int[] current;
        final double tolerance;
        final double fixedAllowance;
        int nodes;
        int[] best;
        int bestImplausible = Integer.MAX_VALUE;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        double bestResidual = Double.MAX_VALUE;

        Search(List<Slot> slots, boolean closestMode, double tolerance, double fixedAllowance) {
            this.slots = slots;
            this.closestMode = closestMode;
            this.tolerance = tolerance;
            this.fixedAllowance = fixedAllowance;
            int n = slots.size();
            minRest = new double[n + 1];
            maxRest = new double[n + 1];
            likeliestRest = new double[n + 1];
            for (int i = n - 1; i >= 0; i--) {
                Slot s = slots.get(i);
                double lo = 0;
                double hi = 0;
                double likeliest = Double.NEGATIVE_INFINITY;
                boolean first = true;
                for (int k = 0; k < s.candidates.size(); k++) {
                    Candidate c = s.candidates.get(k);
                    if (closestMode && c.cost > 0 && k > 0) {
                        continue;
                    }
                    double q = c.state * s.amount;
                    lo = first ? q : Math.min(lo, q);
                    hi = first ? q : Math.max(hi, q);
                    likeliest = Math.max(likeliest, c.logShare * s.amount);
                    first = false;
                }
                minRest[i] = minRest[i + 1] + lo;
                maxRest[i] = maxRest[i + 1] + hi;
                likeliestRest[i] = likeliestRest[i + 1] + (first ? 0 : likeliest);
            }
            current = new int[n];
        }

        /** What rounding of the amounts as written can leave with these states (|state| × error), capped. */
        double allowance(int[] assignment) {
            return Math.min(MAX_ROUNDING_ALLOWANCE, spread(assignment));
        }

        /** The most that rounding the amounts as written can leave with these states, uncapped. */
        double spread(int[] assignment) {
            double a = fixedAllowance;
            for (int k = 0; k < slots.size(); k++) {
                Slot s = slots.get(k);
                if (s.roundingError > 0) {
                    a += Math.abs(s.candidates.get(assignment[k]).state) * s.roundingError;
                }
            }
            return a;
        }

        /**
         * ln of how likely rounding leaves this residual, relative to none: 1 − |residual| / spread, the
         * triangular density of a sum of two equal rounding errors (several errors are as peaked or more).
         * A residual at the edge of the allowance needs every amount rounded the furthest the same way.
         */
        double roundingLikelihood(double residual, int[] assignment) {
            if (residual < TOLERANCE) {
                return 0.0;
            }
            return Math.log(Math.max(0.0, 1 - residual / spread(assignment)));
        }

        /** Implausibility plus uncommon states of an assignment: 0 when every state is common and plausible. */
        int cost(int[] assignment) {
            int c = 0;
            for (int k = 0; assignment != null && k < slots.size(); k++) {
                c += slots.get(k).candidates.get(assignment[k]).cost;
            }
            return c;
        }

        /** An anion clearly less electronegative than a cation of the same assignment. */
        boolean inverted() {
            double mostElectronegativeCation = Double.NEGATIVE_INFINITY;
            double leastElectronegativeAnion = Double.POSITIVE_INFINITY;
            for (int k = 0; k < slots.size(); k++) {
                Slot s = slots.get(k);
                if (Double.isNaN(s.electronegativity)) {
                    continue;
                }
                int state = s.candidates.get(current[k]).state;
                if (state > 0) {
                    mostElectronegativeCation = Math.max(mostElectronegativeCation, s.electronegativity);
                } else if (state < 0) {
                    leastElectronegativeAnion = Math.min(leastElectronegativeAnion, s.electronegativity);
                }
            }
            return OxidationStates.inverted(mostElectronegativeCation, leastElectronegativeAnion);
        }

        /** Fewer implausible states, then likelier, then a smaller residual. */
        private boolean beatsBest(int implausible, double likelihood, double residual) {
            if (best == null || implausible != bestImplausible) {
                return best == null || implausible < bestImplausible;
            }
            if (Math.abs(likelihood - bestLikelihood) > LIKELIHOOD_TIE) {
                return likelihood > bestLikelihood;
            }
            return residual < Math.abs(bestResidual) - TOLERANCE;
        }

        void run(int i, double charge, int implausible, double likelihood) {
            if (++nodes > NODE_BUDGET) {
                return;
            }
            // a branch can only win by being less implausible than the best, or as plausible and likelier
            if (!closestMode && best != null && (implausible > bestImplausible || (implausible == bestImplausible
                    && likelihood + likeliestRest[i] < bestLikelihood - LIKELIHOOD_TIE))) {
                return;
            }
            if (i == slots.size()) {
                double residual = Math.abs(charge);
                if (inverted()) {
                    return;
                }
                double total = closestMode ? likelihood : likelihood + roundingLikelihood(residual, current);
                if (!closestMode && residual <= Math.max(TOLERANCE, allowance(current))
                        && beatsBest(implausible, total, residual)) {
                    best = current.clone();
                    bestImplausible = implausible;
                    bestLikelihood = total;
                    bestResidual = charge;
                } else if (closestMode && residual < Math.abs(bestResidual) - TOLERANCE) {
                    best = current.clone();
                    bestResidual = charge;
                }
                return;
            }
            Slot s = slots.get(i);
            for (int j = 0; j < s.candidates.size(); j++) {
                int k = closestMode ? j : s.likeliest[j];
                Candidate c = s.candidates.get(k);
                if (closestMode && c.cost > 0 && k > 0) {
                    continue;
                }
                double next = charge + c.state * s.amount;
                if (!closestMode && (next + minRest[i + 1] > tolerance || next + maxRest[i + 1] < -tolerance)) {
                    continue;
                }
                if (closestMode && (next + minRest[i + 1] > Math.abs(bestResidual)
                        || next + maxRest[i + 1] < -Math.abs(bestResidual))) {
                    continue;
                }
                current[i] = k;
                run(i + 1, next, implausible + c.implausible, likelihood + c.logShare * s.amount);
            }
        }
    }
}
