package org.nasse.advisor.chemistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

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
    /** Each element's candidates as a cation and as an anion-like element, made once: a batch asks millions of times. */
    private final Map<String, ElementChoices> choices = new HashMap<>();

    public OxidationStates(PeriodicTable table, ClusterUnits clusters) {
        this.table = table;
        this.clusters = clusters;
        for (Element e : table.all()) {
            choices.put(e.symbol(), ElementChoices.of(e));
        }
    }

    public ChargeBalance assign(Formula formula) {
        // the doubles the rules read later too, made once per formula
        Map<String, Double> amounts = formula.amountsAsDoubles();
        int n = amounts.size();
        String[] keys = new String[n];
        double[] values = new double[n];
        ElementChoices[] elementOf = new ElementChoices[n]; // null for a unit
        double maxEn = 0; // electronegativities are positive: 0 means none is known
        int i = 0;
        for (var e : amounts.entrySet()) {
            keys[i] = e.getKey();
            values[i] = e.getValue();
            if (!Formula.isUnit(keys[i])) {
                elementOf[i] = require(keys[i]);
                if (elementOf[i].hasElectronegativity) {
                    maxEn = Math.max(maxEn, elementOf[i].electronegativity);
                }
            }
            i++;
        }
        double fixedCharge = 0;
        int[] unitCharge = new int[n];
        boolean anyUnit = false;
        Slot[] slots = new Slot[n];
        int m = 0;
        double fixedAllowance = 0;
        double widestAllowance = 0;
        for (i = 0; i < n; i++) {
            String key = keys[i];
            double amount = values[i];
            if (elementOf[i] == null) {
                ClusterUnit unit = clusters.byName(key).orElseThrow();
                anyUnit = true;
                unitCharge[i] = unit.charge();
                fixedCharge += unit.charge() * amount;
                fixedAllowance += Math.abs(unit.charge()) * formula.roundingError(key);
            } else {
                ElementChoices element = elementOf[i];
                Choices candidates = element.candidates(maxEn);
                double err = formula.roundingError(key);
                slots[m++] = new Slot(key, i, amount, candidates, element.electronegativity, err);
                widestAllowance += candidates.largest * err;
            }
        }
        // pruning needs a bound good for every assignment; each leaf then checks its own allowance
        double bound = Math.max(TOLERANCE, Math.min(MAX_ROUNDING_ALLOWANCE, fixedAllowance + widestAllowance));
        sortMostConstrainedFirst(slots, m);
        boolean unknownStates = false;
        int[] slotOfKey = new int[n];
        for (int s = 0; s < m; s++) {
            unknownStates |= slots[s].choices.size() == 0;
            slotOfKey[slots[s].keyIndex] = s;
        }
        Search exact = new Search(slots, m, false, bound, fixedAllowance);
        if (!unknownStates) {
            exact.run(0, fixedCharge, 0, 0.0);
        }
        boolean balanced = exact.best != null;
        if (!balanced && !anyUnit && zeroValent(slots, m)) {
            // an element, an alloy or a Zintl-free intermetallic: neutral with every state 0 (Na15Sn4, S)
            Map<String, Integer> zero = new ChargeBalance.Assigned(n);
            for (String key : keys) {
                zero.put(key, 0);
            }
            return new ChargeBalance(true, zero, 0.0, 0.0, true, true);
        }
        Search closest = exact;
        if (!balanced && !unknownStates) {
            closest = new Search(slots, m, true, bound, fixedAllowance);
            closest.run(0, fixedCharge, 0, 0.0);
        }

        Map<String, Integer> states = new ChargeBalance.Assigned(n);
        int[] chosen = closest.best;
        for (i = 0; i < n; i++) {
            if (elementOf[i] == null) {
                states.put(keys[i], unitCharge[i]);
            } else if (chosen != null) {
                int s = slotOfKey[i];
                states.put(keys[i], slots[s].choices.state[chosen[s]]);
            }
        }
        double residual = chosen == null ? Double.NaN : round(closest.bestResidual);
        double allowance = chosen == null ? 0.0 : round(closest.allowance(chosen));
        return new ChargeBalance(balanced, states, residual, allowance, !balanced || exact.cost(chosen) == 0, false);
    }

    private ElementChoices require(String symbol) {
        ElementChoices e = choices.get(symbol);
        if (e == null) {
            table.require(symbol); // says which symbol is unknown
            throw new IllegalStateException("no oxidation-state candidates for " + symbol);
        }
        return e;
    }

    /**
     * Most constrained first (fewest candidates, then the largest amount), so pruning bites early; stable,
     * so slots that tie keep the order written. Insertion sort: a formula has a handful of elements.
     */
    private static void sortMostConstrainedFirst(Slot[] slots, int m) {
        for (int i = 1; i < m; i++) {
            Slot s = slots[i];
            int j = i;
            while (j > 0 && constrainedOrder(slots[j - 1], s) > 0) {
                slots[j] = slots[j - 1];
                j--;
            }
            slots[j] = s;
        }
    }

    private static int constrainedOrder(Slot a, Slot b) {
        int bySize = Integer.compare(a.choices.size(), b.choices.size());
        return bySize != 0 ? bySize : Double.compare(-a.amount, -b.amount);
    }

    /** A cation of this electronegativity beside an anion of that one is a reading the balancer never takes. */
    public static boolean inverted(double cationElectronegativity, double anionElectronegativity) {
        return cationElectronegativity > anionElectronegativity + INVERSION_MARGIN;
    }

    /** Elements that are anions in these solids (hydride, nitride, oxide, halide, chalcogenide): F beside Cl costs nothing. */
    public static final Set<String> ANION_FORMERS = Set.of("H", "N", "O", "F", "S", "Cl", "Se", "Br", "Te", "I");

    /** Non-metals: an element-only formula of none of these (or of these only) has no ionic reading. */
    private static final Set<String> NON_METALS = Set.of("H", "He", "B", "C", "N", "O", "F", "Ne",
            "Si", "P", "S", "Cl", "Ar", "As", "Se", "Br", "Kr", "Te", "I", "Xe", "At", "Rn");

    /** One element, or metals only, or non-metals only: elemental or intermetallic, every state 0. */
    private static boolean zeroValent(Slot[] slots, int m) {
        int metals = 0;
        for (int s = 0; s < m; s++) {
            metals += NON_METALS.contains(slots[s].symbol) ? 0 : 1;
        }
        return m == 1 || metals == m || metals == 0;
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }

    /**
     * What the search needs of one element: its electronegativity (NaN when unknown) and its candidates,
     * as a cation and, for a non-metal with an electronegativity, as an anion-like element.
     */
    private record ElementChoices(boolean hasElectronegativity, double electronegativity, boolean nonMetal,
                                  Choices asCation, Choices asAnionLike) {
        static ElementChoices of(Element e) {
            boolean nonMetal = NON_METALS.contains(e.symbol());
            boolean mayBeAnionLike = nonMetal && e.hasElectronegativity();
            return new ElementChoices(e.hasElectronegativity(), e.hasElectronegativity() ? e.electronegativity() : Double.NaN,
                    nonMetal, Choices.of(buildCandidates(e, false)), mayBeAnionLike ? Choices.of(buildCandidates(e, true)) : null);
        }

        /**
         * "anion-like": a non-metal within 0.25 Pauling of the most electronegative element (Se beside S,
         * Cl beside Br); a metal is a cation even when it is the only element (Na beside B12H12 units).
         */
        Choices candidates(double maxEn) {
            boolean anion = nonMetal && hasElectronegativity && maxEn - electronegativity <= ANION_LIKE;
            return anion ? asAnionLike : asCation;
        }
    }

    /**
     * An element's candidates as parallel arrays (the search's inner loop reads them), ordered by cost;
     * {@code likeliest}: their indices least implausible then likeliest first (the exact search's order);
     * {@code largest}: the largest |state|. Shared by every formula with the element: never written.
     */
    private record Choices(int[] state, int[] cost, int[] implausible, double[] logShare, int[] likeliest, int largest) {
        static Choices of(List<Candidate> candidates) {
            int n = candidates.size();
            int[] state = new int[n];
            int[] cost = new int[n];
            int[] implausible = new int[n];
            double[] logShare = new double[n];
            int largest = 0;
            for (int k = 0; k < n; k++) {
                Candidate c = candidates.get(k);
                state[k] = c.state;
                cost[k] = c.cost;
                implausible[k] = c.implausible;
                logShare[k] = c.logShare;
                largest = Math.max(largest, Math.abs(c.state));
            }
            int[] likeliest = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingInt((Integer k) -> candidates.get(k).implausible)
                            .thenComparingDouble(k -> -candidates.get(k).logShare))
                    .mapToInt(Integer::intValue).toArray();
            return new Choices(state, cost, implausible, logShare, likeliest, largest);
        }

        int size() {
            return state.length;
        }
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

    /** One element of the formula: {@code keyIndex} is where it stands among the formula's constituents. */
    private record Slot(String symbol, int keyIndex, double amount, Choices choices, double electronegativity,
                        double roundingError) {
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
        final Slot[] slots;
        final int n;
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

        Search(Slot[] slots, int n, boolean closestMode, double tolerance, double fixedAllowance) {
            this.slots = slots;
            this.n = n;
            this.closestMode = closestMode;
            this.tolerance = tolerance;
            this.fixedAllowance = fixedAllowance;
            minRest = new double[n + 1];
            maxRest = new double[n + 1];
            likeliestRest = new double[n + 1];
            for (int i = n - 1; i >= 0; i--) {
                Slot s = slots[i];
                Choices c = s.choices;
                double lo = 0;
                double hi = 0;
                double likeliest = Double.NEGATIVE_INFINITY;
                boolean first = true;
                for (int k = 0; k < c.size(); k++) {
                    if (closestMode && c.cost[k] > 0 && k > 0) {
                        continue;
                    }
                    double q = c.state[k] * s.amount;
                    lo = first ? q : Math.min(lo, q);
                    hi = first ? q : Math.max(hi, q);
                    likeliest = Math.max(likeliest, c.logShare[k] * s.amount);
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
            for (int k = 0; k < n; k++) {
                Slot s = slots[k];
                if (s.roundingError > 0) {
                    a += Math.abs(s.choices.state[assignment[k]]) * s.roundingError;
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
            for (int k = 0; assignment != null && k < n; k++) {
                c += slots[k].choices.cost[assignment[k]];
            }
            return c;
        }

        /** An anion clearly less electronegative than a cation of the same assignment. */
        boolean inverted() {
            double mostElectronegativeCation = Double.NEGATIVE_INFINITY;
            double leastElectronegativeAnion = Double.POSITIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                Slot s = slots[k];
                if (Double.isNaN(s.electronegativity)) {
                    continue;
                }
                int state = s.choices.state[current[k]];
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
            if (i == n) {
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
            Slot s = slots[i];
            Choices c = s.choices;
            for (int j = 0; j < c.size(); j++) {
                int k = closestMode ? j : c.likeliest[j];
                if (closestMode && c.cost[k] > 0 && k > 0) {
                    continue;
                }
                double next = charge + c.state[k] * s.amount;
                if (!closestMode && (next + minRest[i + 1] > tolerance || next + maxRest[i + 1] < -tolerance)) {
                    continue;
                }
                if (closestMode && (next + minRest[i + 1] > Math.abs(bestResidual)
                        || next + maxRest[i + 1] < -Math.abs(bestResidual))) {
                    continue;
                }
                current[i] = k;
                run(i + 1, next, implausible + c.implausible[k], likelihood + c.logShare[k] * s.amount);
            }
        }
    }
}
