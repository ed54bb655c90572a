package org.nasse.advisor.chemistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns one oxidation state per element so that the formula is neutral, preferring common states.
 * Candidates are the element's common and ICSD-observed states (exotic states such as Na⁻ are never
 * tried); cluster units carry their fixed charge. Among neutral assignments the cheapest wins:
 * a non-common state costs 1, a negative state on an element more than 0.25 Pauling below the most
 * electronegative one costs 1, a positive state on an element within 0.25 of it costs 4.
 * One state per element: mixed valence (Fe²⁺/Fe³⁺ in one formula) is not modelled.
 */
public final class OxidationStates {
    private static final double TOLERANCE = 1e-6;
    private static final double ANION_LIKE = 0.25;

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
        for (var e : formula.amounts().entrySet()) {
            String key = e.getKey();
            double amount = e.getValue().doubleValue();
            if (Formula.isUnit(key)) {
                ClusterUnit unit = clusters.byName(key).orElseThrow();
                fixed.put(key, unit.charge());
                fixedCharge += unit.charge() * amount;
            } else {
                slots.add(new Slot(key, amount, candidates(table.require(key), maxEn)));
            }
        }
        // most constrained first, so pruning bites early
        slots.sort(Comparator.comparingInt((Slot s) -> s.candidates.size()).thenComparing(s -> -s.amount));
        boolean unknownStates = slots.stream().anyMatch(s -> s.candidates.isEmpty());
        Search exact = new Search(slots, false);
        if (!unknownStates) {
            exact.run(0, fixedCharge, 0);
        }
        boolean balanced = exact.best != null;
        Search closest = exact;
        if (!balanced && !unknownStates) {
            closest = new Search(slots, true);
            closest.run(0, fixedCharge, 0);
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
        double residual = balanced ? 0.0 : chosen == null ? Double.NaN : round(closest.bestResidual);
        return new ChargeBalance(balanced, states, residual);
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }

    /** Candidate lists depend only on the element and whether it is anion-like here: built once each. */
    private final java.util.Map<String, List<Candidate>> anionLike = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, List<Candidate>> cationLike = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Candidate> candidates(Element element, double maxEn) {
        // "anion-like": within 0.25 Pauling of the most electronegative element (Se beside S, Cl beside Br)
        boolean anion = element.hasElectronegativity() && maxEn - element.electronegativity() <= ANION_LIKE;
        return (anion ? anionLike : cationLike).computeIfAbsent(element.symbol(), k -> buildCandidates(element, anion));
    }

    private static List<Candidate> buildCandidates(Element element, boolean mostElectronegative) {
        List<Candidate> out = new ArrayList<>();
        for (int s : element.commonOxidationStates()) {
            out.add(new Candidate(s, cost(s, 0, mostElectronegative)));
        }
        for (int s : element.icsdOxidationStates()) {
            if (!element.commonOxidationStates().contains(s)) {
                out.add(new Candidate(s, cost(s, 1, mostElectronegative)));
            }
        }
        out.removeIf(c -> c.state == 0);
        out.sort(Comparator.comparingInt(Candidate::cost));
        return List.copyOf(out);
    }

    private static int cost(int state, int tier, boolean mostElectronegative) {
        int c = tier;
        if (state < 0 && !mostElectronegative) {
            c += 1;
        }
        if (state > 0 && mostElectronegative) {
            c += 4;
        }
        return c;
    }

    private record Candidate(int state, int cost) {
    }

    private record Slot(String symbol, double amount, List<Candidate> candidates) {
    }

    /**
     * Depth-first branch and bound over the slots. Exact mode prunes branches that can no longer
     * reach neutrality; closest mode (cost-0 candidates only) looks for the smallest residual.
     * Both stop after a node budget, so a formula of fifty elements cannot hang the advisor.
     */
    private static final class Search {
        static final int NODE_BUDGET = 200_000;
        final List<Slot> slots;
        final boolean closestMode;
        final double[] minRest;
        final double[] maxRest;
        final int[] current;
        int nodes;
        int[] best;
        int bestCost = Integer.MAX_VALUE;
        double bestResidual = Double.MAX_VALUE;

        Search(List<Slot> slots, boolean closestMode) {
            this.slots = slots;
            this.closestMode = closestMode;
            int n = slots.size();
            minRest = new double[n + 1];
            maxRest = new double[n + 1];
            for (int i = n - 1; i >= 0; i--) {
                Slot s = slots.get(i);
                double lo = 0;
                double hi = 0;
                boolean first = true;
                for (int k = 0; k < s.candidates.size(); k++) {
                    Candidate c = s.candidates.get(k);
                    if (closestMode && c.cost > 0 && k > 0) {
                        continue;
                    }
                    double q = c.state * s.amount;
                    lo = first ? q : Math.min(lo, q);
                    hi = first ? q : Math.max(hi, q);
                    first = false;
                }
                minRest[i] = minRest[i + 1] + lo;
                maxRest[i] = maxRest[i + 1] + hi;
            }
            current = new int[n];
        }

        void run(int i, double charge, int cost) {
            if (++nodes > NODE_BUDGET || (!closestMode && cost >= bestCost)) {
                return;
            }
            if (i == slots.size()) {
                double residual = Math.abs(charge);
                if (!closestMode && residual < TOLERANCE) {
                    best = current.clone();
                    bestCost = cost;
                } else if (closestMode && residual < Math.abs(bestResidual) - TOLERANCE) {
                    best = current.clone();
                    bestResidual = charge;
                }
                return;
            }
            Slot s = slots.get(i);
            for (int k = 0; k < s.candidates.size(); k++) {
                Candidate c = s.candidates.get(k);
                if (closestMode && c.cost > 0 && k > 0) {
                    continue;
                }
                double next = charge + c.state * s.amount;
                if (!closestMode && (next + minRest[i + 1] > TOLERANCE || next + maxRest[i + 1] < -TOLERANCE)) {
                    continue;
                }
                if (closestMode && (next + minRest[i + 1] > Math.abs(bestResidual)
                        || next + maxRest[i + 1] < -Math.abs(bestResidual))) {
                    continue;
                }
                current[i] = k;
                run(i + 1, next, cost + c.cost);
            }
        }
    }
}
