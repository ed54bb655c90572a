package org.nasse.advisor.estimate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.chemistry.CompositionIndex;
import org.nasse.advisor.chemistry.Formula;
import org.nasse.advisor.knowledge.LiteratureRecord;
import org.nasse.advisor.rules.Finding;

/**
 * The reported conductivities the estimates stand on, each with what the advisor makes of its
 * composition: canonical form, family, host (and whether it is the host itself), the model's
 * features, and its element make-up for finding near neighbours. Only records with a temperature.
 */
public final class Evidence {
    /** One reported value with its analysis. */
    public record Item(LiteratureRecord record, String canonical, String reducedKey, String family, String host, boolean parent,
                       Features features, double log10Sigma, Map<String, Double> elementFractions) {
        public double temperatureC() {
            return record.temperatureC();
        }

        public Double eaEV() {
            return record.eaEV();
        }

        /** A pellet's (or glass's) total conductivity, what estimates are for; not a single crystal or a bulk value. */
        public boolean total() {
            return LiteratureRecord.TOTAL.equals(record.measured());
        }
    }

    private final List<Item> items = new ArrayList<>();
    private final CompositionIndex<Item> byComposition = new CompositionIndex<>();
    private final Map<String, List<Item>> byHost = new LinkedHashMap<>();
    private final Map<String, List<Item>> byFamily = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> hostFractions = new LinkedHashMap<>();
    /** Other reports of the same composition, of the same kind, far enough away in temperature to give a slope. */
    private final Map<Item, List<Item>> sameCompositionApart = new java.util.IdentityHashMap<>();
    private double minStatedEa = Double.NaN;
    private double maxStatedEa = Double.NaN;

    /** Records with their analyses and findings, in the same order. */
    public Evidence(List<LiteratureRecord> records, List<Analysis> analyses, List<List<Finding>> findings) {
        Map<Item, Formula> formulas = new java.util.IdentityHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            LiteratureRecord r = records.get(i);
            Analysis a = analyses.get(i);
            if (!r.hasTemperature() || !a.chargeBalanced()) {
                continue;
            }
            String host = a.match().map(m -> m.host().id()).orElse(null);
            boolean parent = a.match().map(m -> m.isParent()).orElse(false);
            Item item = new Item(r, a.formula().toString(), a.formula().reducedKey(), a.familyLabel(), host, parent,
                    Features.of(a, findings.get(i)), Math.log10(r.sigmaSPerCm()), fractions(a));
            items.add(item);
            byComposition.add(a.formula(), item);
            formulas.put(item, a.formula());
            if (host != null) {
                byHost.computeIfAbsent(host, k -> new ArrayList<>()).add(item);
            }
            byFamily.computeIfAbsent(item.family(), k -> new ArrayList<>()).add(item);
        }
        pairReportsApart(formulas);
    }

    /** Reports this far apart (K) give an Arrhenius slope; closer ones would turn their scatter into the slope. */
    static final double SLOPE_APART_K = 100;

    private void pairReportsApart(Map<Item, Formula> formulas) {
        for (Item i : items) {
            if (i.eaEV() != null) {
                minStatedEa = Double.isNaN(minStatedEa) ? i.eaEV() : Math.min(minStatedEa, i.eaEV());
                maxStatedEa = Double.isNaN(maxStatedEa) ? i.eaEV() : Math.max(maxStatedEa, i.eaEV());
            }
            List<Item> apart = new ArrayList<>();
            for (Item o : byComposition.get(formulas.get(i))) {
                if (o != i && o.record().measured().equals(i.record().measured())
                        && Math.abs(o.temperatureC() - i.temperatureC()) >= SLOPE_APART_K) {
                    apart.add(o);
                }
            }
            if (!apart.isEmpty()) {
                sameCompositionApart.put(i, apart);
            }
        }
    }

    /**
     * The item's activation energy: its own stated one, else the Arrhenius slope between it and the same
     * composition's report farthest from it in temperature (at least {@value #SLOPE_APART_K} K apart, same kind
     * of measurement, not left out), kept only inside the range of the stated ones; else null. A stated Ea that
     * validation withholds is not replaced by a slope: its series is the left-out point's own.
     */
    public Double ownEa(Item item, Holdout excluded) {
        Double stated = excluded.ea(item);
        if (stated != null || item.eaEV() != null) {
            return stated;
        }
        List<Item> apart = sameCompositionApart.get(item);
        if (apart == null) {
            return null;
        }
        Item far = null;
        for (Item o : apart) {
            if (!excluded.excludes(o.record())
                    && (far == null || Math.abs(o.temperatureC() - item.temperatureC()) > Math.abs(far.temperatureC() - item.temperatureC()))) {
                far = o;
            }
        }
        if (far == null) {
            return null;
        }
        double ea = Anchor.slope(item.log10Sigma(), item.temperatureC(), far.log10Sigma(), far.temperatureC());
        return ea >= minStatedEa && ea <= maxStatedEa ? ea : null;
    }

    /** Element amounts as fractions of all atoms (units counted out), for similarity. */
    public static Map<String, Double> fractions(Analysis a) {
        Map<String, Double> out = new LinkedHashMap<>();
        double total = 0;
        for (var e : a.formula().elements().entrySet()) {
            total += e.getValue().doubleValue();
            out.put(e.getKey(), e.getValue().doubleValue());
        }
        final double sum = total;
        out.replaceAll((k, v) -> v / sum);
        return out;
    }

    /** Remembers a host's element make-up, so a host without reports can be placed among its neighbours. */
    public void addHost(String id, Analysis hostFormula) {
        hostFractions.put(id, fractions(hostFormula));
    }

    public Map<String, Double> hostFractions(String id) {
        return hostFractions.get(id);
    }

    public List<Item> items() {
        return Collections.unmodifiableList(items);
    }

    /** The reports of a composition, whatever formula unit either is written per. */
    public List<Item> ofComposition(Formula formula) {
        return byComposition.get(formula);
    }

    public List<Item> ofHost(String host) {
        return byHost.getOrDefault(host, List.of());
    }

    public List<Item> ofFamily(String family) {
        return byFamily.getOrDefault(family, List.of());
    }
}
