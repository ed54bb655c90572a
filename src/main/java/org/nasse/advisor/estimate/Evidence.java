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

    /** Records with their analyses and findings, in the same order. */
    public Evidence(List<LiteratureRecord> records, List<Analysis> analyses, List<List<Finding>> findings) {
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
            if (host != null) {
                byHost.computeIfAbsent(host, k -> new ArrayList<>()).add(item);
            }
            byFamily.computeIfAbsent(item.family(), k -> new ArrayList<>()).add(item);
        }
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
