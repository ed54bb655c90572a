package org.nasse.advisor.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A family-level anchor, for a composition (or a host) with no report of its own or of its host: the
 * family's reported compositions most like it, by the weighted Jaccard of element fractions, pooled with
 * the family's median the less alike they are.
 */
final class Neighbours {
    /** Neighbours averaged for a family-level anchor. */
    static final int NEIGHBOURS = 4;
    /** Weights: similarity to this power, divided by 1 + |ΔT| / this many K (chosen by leave-one-out). */
    static final double SIMILARITY_POWER = 4;
    static final double TEMPERATURE_SCALE_K = 50;

    private final Evidence evidence;
    private final Anchors anchors;

    Neighbours(Evidence evidence, Anchors anchors) {
        this.evidence = evidence;
        this.anchors = anchors;
    }

    /**
     * The family's reported compositions most like this one (weighted Jaccard of element fractions),
     * each by its report nearest the temperature, brought to it with its own Ea (else the family's),
     * averaged with weights that favour the most alike and the least extrapolated.
     */
    Optional<Anchor> anchor(Map<String, Double> fractions, String family, double temperatureC,
                                       Holdout excluded) {
        List<Evidence.Item> pool = anchors.forAsked(Anchors.usable(evidence.ofFamily(family), excluded));
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        double familyEa = anchors.familyEa(family, excluded).value();
        List<Scored> scored = byLikeness(fractions, nearestReports(pool, temperatureC), temperatureC);
        List<Scored> top = scored.subList(0, Math.min(NEIGHBOURS, scored.size()));
        double weight = 0;
        double sum = 0;
        double alike = 0;
        double reach = 0;
        List<Evidence.Item> used = new ArrayList<>();
        StringBuilder names = new StringBuilder();
        for (Scored s : top) {
            double w = Math.pow(Math.max(s.similarity, 0.01), SIMILARITY_POWER)
                    / (1 + Math.abs(s.item.temperatureC() - temperatureC) / TEMPERATURE_SCALE_K);
            Double own = evidence.ownEa(s.item, excluded);
            double ea = own != null ? own : familyEa;
            sum += w * Anchor.shift(s.log10Sigma, s.item.temperatureC(), temperatureC, ea);
            reach += own != null ? 0 : w * Anchor.reach(s.item.temperatureC(), temperatureC);
            alike += w * s.similarity;
            weight += w;
            used.add(s.item);
            // appended, not String.format: this runs for every composition without a measured host, and the
            // formatter inlined here made it the JIT's longest compile of a scoring run
            names.append(names.length() == 0 ? "" : ", ").append(s.item.canonical())
                    .append(" (").append(Math.round(100 * s.similarity)).append('%')
                    .append(s.item.record().fromUser() ? ", " + s.item.record().note() : "").append(')');
        }
        // partial pooling: the less alike the nearest reports, the more the estimate falls back to the family's median
        // (chosen by leave-one-host-out: ρ 0.59 → 0.61, MAE 1.10 → 0.98 decades, leave-one-out unchanged within 0.02)
        double trust = alike / weight;
        AtTemperature all = atTemperature(scored, temperatureC, familyEa, excluded);
        double pooled = trust * (sum / weight) + (1 - trust) * Anchors.statistic(all.values()).value();
        // how far, in decades per eV, the pooled value was carried along lines of the family's median Ea
        double borrowed = trust * (reach / weight) + (1 - trust) * all.borrowedReach();
        return Optional.of(new Anchor(pooled, temperatureC, familyEa, false,
                "nearest reported " + family + " compositions: " + names + ", pooled " + Math.round(100 * trust)
                        + "% with the median of the family's " + scored.size(),
                Anchors.refs(used), Anchors.cites(used), Anchor.Kind.NEIGHBOURS, Anchors.measured(used), borrowed));
    }

    // The loops over a family's reports live in methods of their own: inside neighbours() each was compiled
    // on the stack (OSR) on its own, several times over, the JIT's costliest work in a scoring run.

    private record Scored(Evidence.Item item, double log10Sigma, double similarity) {
    }

    /** A composition's report nearest the temperature, as the median of its reports there (several papers, one value). */
    private record Report(Evidence.Item item, double log10Sigma) {
    }

    /** One report per composition: the one nearest the temperature, the median where several are equally near. */
    private static java.util.Collection<Report> nearestReports(List<Evidence.Item> pool, double temperatureC) {
        Map<String, List<Evidence.Item>> nearest = new java.util.LinkedHashMap<>();
        for (Evidence.Item i : pool) {
            List<Evidence.Item> held = nearest.get(i.reducedKey());
            if (held == null) {
                held = new ArrayList<>(1);
                nearest.put(i.reducedKey(), held);
                held.add(i);
                continue;
            }
            double d = Math.abs(i.temperatureC() - temperatureC);
            double heldD = Math.abs(held.get(0).temperatureC() - temperatureC);
            if (d < heldD) {
                held.clear();
                held.add(i);
            } else if (d == heldD && i.temperatureC() == held.get(0).temperatureC()) {
                held.add(i);
            }
        }
        List<Report> out = new ArrayList<>(nearest.size());
        for (List<Evidence.Item> held : nearest.values()) {
            out.add(new Report(held.get(0), held.size() == 1 ? held.get(0).log10Sigma()
                    : Anchors.median(new ArrayList<>(held.stream().map(Evidence.Item::log10Sigma).toList()))));
        }
        return out;
    }

    /** The reports, most like the composition first; on a tie, the one nearest the temperature. */
    private List<Scored> byLikeness(Map<String, Double> fractions, java.util.Collection<Report> reports,
                                    double temperatureC) {
        List<Scored> scored = new ArrayList<>(reports.size());
        for (Report r : reports) {
            scored.add(new Scored(r.item(), r.log10Sigma(), similarity(fractions, r.item().elementFractions())));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.similarity)
                .thenComparingDouble(s -> Math.abs(s.item.temperatureC() - temperatureC)));
        return scored;
    }

    /**
     * The family's reports brought to the temperature, each with its own Ea, else the family's; and their mean
     * reach along lines of the family's Ea (decades per eV; 0 for a report with its own).
     */
    private record AtTemperature(List<Double> values, double borrowedReach) {
    }

    private AtTemperature atTemperature(List<Scored> scored, double temperatureC, double familyEa, Holdout excluded) {
        List<Double> values = new ArrayList<>(scored.size());
        double reach = 0;
        for (Scored s : scored) {
            Double own = evidence.ownEa(s.item, excluded);
            double ea = own != null ? own : familyEa;
            values.add(Anchor.shift(s.log10Sigma, s.item.temperatureC(), temperatureC, ea));
            reach += own != null ? 0 : Anchor.reach(s.item.temperatureC(), temperatureC);
        }
        return new AtTemperature(values, scored.isEmpty() ? 0 : reach / scored.size());
    }

    /** Σ min / Σ max over the elements of both (1 for the same make-up, 0 for nothing shared). */
    static double similarity(Map<String, Double> a, Map<String, Double> b) {
        double min = 0;
        double max = 0;
        for (var e : a.entrySet()) {
            double y = b.getOrDefault(e.getKey(), 0.0);
            min += Math.min(e.getValue(), y);
            max += Math.max(e.getValue(), y);
        }
        for (var e : b.entrySet()) {
            if (!a.containsKey(e.getKey())) {
                max += e.getValue();
            }
        }
        return max == 0 ? 0 : min / max;
    }
}
