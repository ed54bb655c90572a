package org.nasse.advisor.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.analysis.Analyzer;
import org.nasse.advisor.estimate.ConductivityModel.Statistic;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.LiteratureRecord;

/**
 * The measured starting points of estimates: each host's reference conductivity (its entry, else its
 * parent record nearest 25 °C) and, for compositions without a host, the family's median at 25 °C.
 * Activation energies: the host's own where measured, else the family median of the records.
 * {@code excluded} records are ignored, which is how leave-one-out keeps a record from anchoring itself.
 */
public final class Anchors {
    private final KnowledgeBase kb;
    private final Map<String, List<LiteratureRecord>> parentRecords = new HashMap<>();
    private final Map<LiteratureRecord, String> familyOf = new HashMap<>();

    public Anchors(KnowledgeBase kb, Analyzer analyzer) {
        this.kb = kb;
        for (LiteratureRecord r : kb.records()) {
            Analysis a = analyzer.analyze(r.composition());
            familyOf.put(r, a.familyLabel());
            a.match().filter(m -> m.isParent())
                    .ifPresent(m -> parentRecords.computeIfAbsent(m.host().id(), k -> new ArrayList<>()).add(r));
        }
    }

    /** Anchors with nothing excluded are asked for millions of times in a batch: computed once per host. */
    private final Map<String, Optional<Anchor>> hostCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Optional<Anchor>> familyCache = new java.util.concurrent.ConcurrentHashMap<>();

    public Optional<Anchor> forHost(Host host, Set<LiteratureRecord> excluded) {
        if (excluded.isEmpty()) {
            return hostCache.computeIfAbsent(host.id(), k -> computeForHost(host, excluded));
        }
        return computeForHost(host, excluded);
    }

    private Optional<Anchor> computeForHost(Host host, Set<LiteratureRecord> excluded) {
        // several reports of the parent near room temperature (Na3PS4: 3.39e-3 [35] and 1e-4 [174]): their median,
        // so one unusually good (or bad) sample does not become the baseline every dopant is judged against
        List<LiteratureRecord> nearRt = parentRecords.getOrDefault(host.id(), List.of()).stream()
                .filter(r -> r.temperatureC() != null && Math.abs(r.temperatureC() - 25) <= 10 && !excluded.contains(r))
                .toList();
        if (nearRt.size() >= 2) {
            Statistic s = statistic(nearRt.stream().map(r -> Math.log10(r.sigmaSPerCm())).toList());
            List<Integer> refs = nearRt.stream().flatMap(r -> r.refs().stream()).distinct().toList();
            Double ea = host.conductivity() != null ? host.conductivity().eaEV() : null;
            return Optional.of(new Anchor(s.value(), 25, ea != null ? ea : familyEa(host.family(), excluded).value(),
                    ea != null, "median of " + nearRt.size() + " reports of " + host.id() + " near room temperature", refs, false));
        }
        Host.Conductivity c = host.conductivity();
        if (c != null && excluded.stream().noneMatch(r -> sameMeasurement(r, c))) {
            Double ea = c.eaEV();
            return Optional.of(new Anchor(Math.log10(c.sigmaSPerCm()), c.temperatureC(),
                    ea != null ? ea : familyEa(host.family(), excluded).value(), ea != null,
                    "host entry " + host.id(), c.refs(), false));
        }
        return parentRecords.getOrDefault(host.id(), List.of()).stream()
                .filter(r -> r.temperatureC() != null && !excluded.contains(r))
                .min(Comparator.comparingDouble(r -> Math.abs(r.temperatureC() - 25)))
                .map(r -> new Anchor(Math.log10(r.sigmaSPerCm()), r.temperatureC(),
                        r.eaEV() != null ? r.eaEV() : familyEa(host.family(), excluded).value(), r.eaEV() != null,
                        "parent record " + r.composition(), r.refs(), false));
    }

    private static boolean sameMeasurement(LiteratureRecord r, Host.Conductivity c) {
        return r.temperatureC() != null && Math.abs(r.temperatureC() - c.temperatureC()) < 1e-9
                && Math.abs(r.sigmaSPerCm() - c.sigmaSPerCm()) < 1e-12 * Math.max(1, c.sigmaSPerCm());
    }

    /** The family's median log10 σ near room temperature, with its spread. */
    public Optional<Anchor> forFamily(String family, Set<LiteratureRecord> excluded) {
        if (excluded.isEmpty()) {
            return familyCache.computeIfAbsent(family, k -> computeForFamily(family, excluded));
        }
        return computeForFamily(family, excluded);
    }

    private Optional<Anchor> computeForFamily(String family, Set<LiteratureRecord> excluded) {
        Statistic s = familyLog10Sigma25(family, excluded);
        if (s.count() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Anchor(s.value(), 25, familyEa(family, excluded).value(), false,
                "median of " + s.count() + " " + family + " records near room temperature", List.of(), true));
    }

    private final Map<String, Statistic> sigmaCache = new java.util.concurrent.ConcurrentHashMap<>();

    public Statistic familyLog10Sigma25(String family, Set<LiteratureRecord> excluded) {
        if (excluded.isEmpty()) {
            return sigmaCache.computeIfAbsent(family, k -> computeFamilySigma(family, excluded));
        }
        return computeFamilySigma(family, excluded);
    }

    private Statistic computeFamilySigma(String family, Set<LiteratureRecord> excluded) {
        List<Double> values = new ArrayList<>();
        for (LiteratureRecord r : kb.records()) {
            if (!excluded.contains(r) && family.equals(familyOf.get(r)) && r.temperatureC() != null
                    && Math.abs(r.temperatureC() - 25) <= 10) {
                values.add(Math.log10(r.sigmaSPerCm()));
            }
        }
        return statistic(values);
    }

    /** Median Ea of the family's records and host entries; the median of all when the family has none. */
    public Statistic familyEa(String family, Set<LiteratureRecord> excluded) {
        List<Double> family_ = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (LiteratureRecord r : kb.records()) {
            if (r.eaEV() != null && !excluded.contains(r)) {
                all.add(r.eaEV());
                if (family.equals(familyOf.get(r))) {
                    family_.add(r.eaEV());
                }
            }
        }
        for (Host h : kb.hosts()) {
            if (h.conductivity() != null && h.conductivity().eaEV() != null) {
                all.add(h.conductivity().eaEV());
                if (family.equals(h.family())) {
                    family_.add(h.conductivity().eaEV());
                }
            }
        }
        return !family_.isEmpty() ? statistic(family_) : statistic(all);
    }

    static Statistic statistic(List<Double> values) {
        if (values.isEmpty()) {
            return new Statistic(Double.NaN, null, 0);
        }
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        double median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
        double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sd = n < 2 ? Double.NaN : Math.sqrt(v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (n - 1));
        return new Statistic(round(median), Double.isNaN(sd) ? null : round(sd), n);
    }

    static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }
}
