package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.chemistry.ChargeBalance;
import org.nasse.advisor.chemistry.Chemistry;
import org.nasse.advisor.chemistry.Family;
import org.nasse.advisor.chemistry.Formula;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.chemistry.RomanNumerals;
import org.nasse.advisor.knowledge.Electrodes.Anode;
import org.nasse.advisor.knowledge.Electrodes.Cathode;
import org.nasse.advisor.knowledge.Electrodes.Catholyte;
import org.nasse.advisor.knowledge.Electrodes.Interlayer;

/**
 * Loads and validates knowledge/: unknown keys, missing fields, impossible values, formulas that do
 * not parse or balance, host sites that do not add up to the formula, and refs missing from the
 * bibliography are all errors naming file:line:column and the key. The first error stops the load,
 * so nothing is ever half loaded.
 */
public final class KnowledgeLoader {
    public static final String HOSTS = "hosts.yaml";
    public static final String RECORDS = "records.yaml";
    public static final String CELLS = "cells.yaml";
    public static final String CATHODES = "cathodes.yaml";
    public static final String ANODES = "anodes.yaml";
    public static final String INTERLAYERS = "interlayers.yaml";
    public static final String CATHOLYTES = "catholytes.yaml";
    public static final String REFERENCES = "references.yaml";
    public static final String LITERATURE = "literature.yaml";
    public static final String LITERATURE_RECORDS = "literature-records.yaml";
    public static final String SERIES = "series.yaml";

    static final Set<String> MOISTURE = Set.of("stable", "reversible-hydrate", "moisture-sensitive", "unknown");
    static final Set<String> NA_METAL = Set.of("stable", "passivating", "unstable", "unknown");
    static final Set<String> SIDES = Set.of("anode", "cathode");

    private final SourceDirectory dir;
    private final Map<String, String> texts = new HashMap<>();

    private KnowledgeLoader(SourceDirectory dir) {
        this.dir = dir;
    }

    /**
     * Loads and checks the directory, or reads back what an earlier load of the very same files gave
     * (the cache in {@link CacheDirectory}: see {@link KnowledgeCache}).
     */
    public static KnowledgeBase load(SourceDirectory dir) {
        return load(dir, CacheDirectory.get(), true);
    }

    /** Loads and checks every file afresh, whatever the cache holds (and refreshes the cache). */
    public static KnowledgeBase check(SourceDirectory dir) {
        return load(dir, CacheDirectory.get(), false);
    }

    static KnowledgeBase load(SourceDirectory dir, java.nio.file.Path cacheDir, boolean readCache) {
        Optional<String> key = KnowledgeCache.key(dir);
        Optional<KnowledgeBase> cached = readCache ? key.flatMap(k -> KnowledgeCache.read(cacheDir, k)) : Optional.empty();
        if (cached.isPresent()) {
            return cached.get();
        }
        KnowledgeBase kb = new KnowledgeLoader(dir).load();
        key.ifPresent(k -> KnowledgeCache.write(cacheDir, k, kb));
        return kb;
    }

    private KnowledgeBase load() {
        Chemistry chemistry = ChemistryLoader.load(dir);
        List<Reference> references = read(REFERENCES, ReferenceFile.class).references();
        List<LiteratureSource> literature = read(LITERATURE, LiteratureFile.class).literature();
        List<Host> hosts = read(HOSTS, HostFile.class).hosts();
        List<LiteratureRecord> reviewRecords = read(RECORDS, RecordFile.class).records();
        List<LiteratureRecord> literatureRecords = read(LITERATURE_RECORDS, RecordFile.class).records();
        List<Cathode> cathodes = read(CATHODES, CathodeFile.class).cathodes();
        List<Anode> anodes = read(ANODES, AnodeFile.class).anodes();
        List<Interlayer> interlayers = read(INTERLAYERS, InterlayerFile.class).interlayers();
        List<Catholyte> catholytes = read(CATHOLYTES, CatholyteFile.class).catholytes();
        List<DemonstratedCell> cells = read(CELLS, CellFile.class).cells();
        List<DopingSeries> series = read(SERIES, SeriesFile.class).series();

        Set<Integer> known = new HashSet<>();
        for (int i = 0; i < references.size(); i++) {
            Reference r = references.get(i);
            String at = "/references/" + i;
            check(known.add(r.n()), REFERENCES, at + "/n", "duplicate reference number " + r.n());
            check(r.n() > 0, REFERENCES, at + "/n", "reference number must be positive");
            check(r.year() >= 1800 && r.year() <= 2100, REFERENCES, at + "/year", "impossible year " + r.year());
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < literature.size(); i++) {
            LiteratureSource l = literature.get(i);
            String at = "/literature/" + i;
            check(l.key().matches("[a-z][a-z0-9-]*"), LITERATURE, at + "/key",
                    "key '" + l.key() + "' must be lowercase letters, digits and '-' (surname + year)");
            check(keys.add(l.key()), LITERATURE, at + "/key", "duplicate key '" + l.key() + "'");
            check(l.year() >= 1800 && l.year() <= 2100, LITERATURE, at + "/year", "impossible year " + l.year());
            check(l.doi() != null || l.volume() != null || l.pages() != null, LITERATURE, at,
                    "a source needs a DOI, or its volume and pages, to be found again");
        }
        for (var unit : chemistry.clusters().all()) {
            for (String key : unit.cites()) {
                if (!keys.contains(key)) {
                    throw KnowledgeLoadException.at(dir.describe(ChemistryLoader.CLUSTERS), 0, 0,
                            "cluster " + unit.name() + " cites '" + key + "', which is not in " + LITERATURE);
                }
            }
        }
        Validator v = new Validator(chemistry, known, keys);
        Set<String> hostIds = new HashSet<>();
        for (int i = 0; i < hosts.size(); i++) {
            v.host(hosts.get(i), "/hosts/" + i);
            check(hostIds.add(hosts.get(i).id()), HOSTS, "/hosts/" + i + "/id", "duplicate host id '" + hosts.get(i).id() + "'");
        }
        RecordValidator recordChecks = new RecordValidator(this, v, keys, hostIds);
        recordChecks.all(RECORDS, reviewRecords);
        recordChecks.all(LITERATURE_RECORDS, literatureRecords);
        List<LiteratureRecord> records = new java.util.ArrayList<>(reviewRecords);
        records.addAll(literatureRecords);
        names(CATHODES, "cathodes", cathodes.stream().map(Cathode::name).toList());
        names(ANODES, "anodes", anodes.stream().map(Anode::name).toList());
        names(INTERLAYERS, "interlayers", interlayers.stream().map(Interlayer::name).toList());
        names(CATHOLYTES, "catholytes", catholytes.stream().map(Catholyte::name).toList());
        for (int i = 0; i < cathodes.size(); i++) {
            v.cathode(cathodes.get(i), "/cathodes/" + i);
        }
        for (int i = 0; i < anodes.size(); i++) {
            v.anode(anodes.get(i), "/anodes/" + i);
        }
        for (int i = 0; i < interlayers.size(); i++) {
            v.interlayer(interlayers.get(i), "/interlayers/" + i);
        }
        for (int i = 0; i < catholytes.size(); i++) {
            v.catholyte(catholytes.get(i), "/catholytes/" + i);
        }
        names(CELLS, "cells", cells.stream().map(DemonstratedCell::id).toList());
        for (int i = 0; i < cells.size(); i++) {
            v.cell(cells.get(i), "/cells/" + i, hostIds);
        }
        Set<String> seriesIds = new HashSet<>();
        for (int i = 0; i < series.size(); i++) {
            v.series(series.get(i), "/series/" + i);
            check(seriesIds.add(series.get(i).id()), SERIES, "/series/" + i + "/id", "duplicate id '" + series.get(i).id() + "'");
        }
        return new KnowledgeBase(chemistry, hosts, records, cathodes, anodes, interlayers, catholytes, cells, references,
                literature, series, new SubstitutionPrior(dir));
    }

    private <T> T read(String file, Class<T> type) {
        String text;
        try {
            text = dir.read(file);
        } catch (IOException e) {
            throw KnowledgeLoadException.at(dir.describe(file), 0, 0, "cannot read: " + e.getMessage());
        }
        texts.put(file, text);
        return YamlFiles.read(dir.describe(file), text, type);
    }

    private void names(String file, String list, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            check(seen.add(names.get(i)), file, "/" + list + "/" + i, "duplicate name '" + names.get(i) + "'");
        }
    }

    void check(boolean ok, String file, String pointer, String problem) {
        if (!ok) {
            throw fail(file, pointer, problem);
        }
    }

    KnowledgeLoadException fail(String file, String pointer, String problem) {
        return YamlFiles.at(dir.describe(file), texts.getOrDefault(file, ""), pointer, problem);
    }

    /**
     * The semantic checks, one method per kind of entry, and the field checks they share (conductivity
     * records are checked by {@link RecordValidator} with these).
     */
    final class Validator {
        private final Chemistry chemistry;
        private final Set<Integer> references;
        private final Set<String> literature;

        Validator(Chemistry chemistry, Set<Integer> references, Set<String> literature) {
            this.chemistry = chemistry;
            this.references = references;
            this.literature = literature;
        }

        void host(Host h, String at) {
            check(!h.id().isBlank(), HOSTS, at + "/id", "empty id");
            family(HOSTS, at + "/family", h.family());
            Formula f = balancedFormula(HOSTS, at + "/formula", h.formula());
            check(h.naSites() > 0, HOSTS, at + "/naSites", "naSites must be positive");
            double mobileNa = h.sites().stream().filter(s -> s.site().equals("Na")).mapToDouble(Host.Site::amount).sum();
            check(h.naSites() + 1e-9 >= mobileNa, HOSTS, at + "/naSites",
                    "naSites " + h.naSites() + " is less than the Na on the site labelled Na (" + mobileNa + ")");
            check(!h.sites().isEmpty(), HOSTS, at + "/sites", "a host needs its sites");
            Map<String, Double> bySite = new HashMap<>();
            double charge = 0;
            for (int i = 0; i < h.sites().size(); i++) {
                Host.Site s = h.sites().get(i);
                String sat = at + "/sites/" + i;
                boolean known = chemistry.table().element(s.element()).isPresent()
                        || chemistry.clusters().byName(s.element()).isPresent();
                check(known, HOSTS, sat + "/element", "unknown element or cluster '" + s.element() + "'");
                check(s.amount() > 0, HOSTS, sat + "/amount", "site amount must be positive");
                check(s.oxidationState() >= -4 && s.oxidationState() <= 8, HOSTS, sat + "/oxidationState",
                        "impossible oxidation state " + s.oxidationState());
                check(s.coordination() == null || RomanNumerals.parse(s.coordination()) > 0, HOSTS,
                        sat + "/coordination", "coordination must be a Roman numeral as in Shannon's table");
                refs(HOSTS, sat + "/refs", s.refs(), true);
                bySite.merge(s.element(), s.amount(), Double::sum);
                charge += s.amount() * s.oxidationState();
            }
            check(Math.abs(charge) < 1e-6, HOSTS, at + "/sites", "site charges sum to " + round(charge) + ", not 0");
            for (var e : f.amounts().entrySet()) {
                double sites = bySite.getOrDefault(e.getKey(), 0.0);
                check(Math.abs(sites - e.getValue().doubleValue()) < 1e-6, HOSTS, at + "/sites",
                        "sites hold " + round(sites) + " " + e.getKey() + " but the formula has " + e.getValue().toPlainString());
            }
            for (String element : bySite.keySet()) {
                check(f.contains(element), HOSTS, at + "/sites", "site element " + element + " is not in the formula");
            }
            if (h.structure() != null) {
                refs(HOSTS, at + "/structure/refs", h.structure().refs(), true);
                if (h.structure().lattice() != null) {
                    h.structure().lattice().forEach((k, val) -> check(Set.of("a", "b", "c", "alpha", "beta", "gamma").contains(k)
                            && val != null && val > 0 && val < 200, HOSTS, at + "/structure/lattice/" + k,
                            "lattice parameter " + k + " = " + val + " is not a positive length (Å) or angle (°)"));
                }
            }
            Host.Conductivity c = h.conductivity();
            if (c != null) {
                sigma(HOSTS, at + "/conductivity/sigmaSPerCm", c.sigmaSPerCm());
                temperature(HOSTS, at + "/conductivity/temperatureC", c.temperatureC());
                ea(HOSTS, at + "/conductivity/eaEV", c.eaEV());
                refs(HOSTS, at + "/conductivity/refs", c.refs(), false);
            }
            behaviour(at + "/moisture", h.moisture(), MOISTURE);
            behaviour(at + "/naMetal", h.naMetal(), NA_METAL);
            if (h.oxidationLimit() != null) {
                volts(HOSTS, at + "/oxidationLimit/volts", h.oxidationLimit().volts());
                refs(HOSTS, at + "/oxidationLimit/refs", h.oxidationLimit().refs(), h.oxidationLimit().note() != null);
            }
            if (h.synthesis() != null) {
                if (h.synthesis().temperatureC() != null) {
                    temperature(HOSTS, at + "/synthesis/temperatureC", h.synthesis().temperatureC());
                }
                refs(HOSTS, at + "/synthesis/refs", h.synthesis().refs(), h.synthesis().note() != null);
            }
        }

        void series(DopingSeries s, String at) {
            family(SERIES, at + "/family", s.family());
            check(Set.of("raises", "lowers", "optimum", "unclear").contains(s.direction()), SERIES, at + "/direction",
                    "direction must be raises, lowers, optimum or unclear, not '" + s.direction() + "'");
            refs(SERIES, at + "/refs", s.refs(), s.note() != null);
            for (int k = 0; k < s.points().size(); k++) {
                DopingSeries.Point p = s.points().get(k);
                String pat = at + "/points/" + k;
                if (p.composition() != null) {
                    balancedFormula(SERIES, pat + "/composition", p.composition());
                }
                if (p.sigmaSPerCm() != null) {
                    sigma(SERIES, pat + "/sigmaSPerCm", p.sigmaSPerCm());
                }
                if (p.temperatureC() != null) {
                    temperature(SERIES, pat + "/temperatureC", p.temperatureC());
                }
                refs(SERIES, pat + "/refs", p.refs(), true);
            }
            if (s.optimum() != null) {
                refs(SERIES, at + "/optimum/refs", s.optimum().refs(), true);
            }
        }

        void cathode(Cathode c, String at) {
            parses(CATHODES, at + "/formula", c.formula());
            if (c.voltageV() != null) {
                volts(CATHODES, at + "/voltageV", c.voltageV());
            }
            if (c.voltageWindowV() != null) {
                check(c.voltageWindowV().size() == 2 && c.voltageWindowV().get(0) < c.voltageWindowV().get(1),
                        CATHODES, at + "/voltageWindowV", "voltageWindowV must be [low, high]");
            }
            if (c.capacityMAhPerG() != null) {
                check(c.capacityMAhPerG() > 0 && c.capacityMAhPerG() <= 3000, CATHODES, at + "/capacityMAhPerG",
                        "impossible capacity " + c.capacityMAhPerG() + " mAh/g");
                check(Set.of("theoretical", "practical").contains(String.valueOf(c.capacityKind())), CATHODES,
                        at + "/capacityKind", "capacityKind must be theoretical or practical");
            }
            // every number says where it came from
            provenance(at + "/voltage", c.voltageV() != null || c.voltageWindowV() != null, c.voltage());
            provenance(at + "/capacity", c.capacityMAhPerG() != null, c.capacity());
            provenance(at + "/theoreticalCapacity", c.theoreticalCapacityMAhPerG() != null, c.theoreticalCapacity());
            provenance(at + "/practicalCapacity", c.practicalCapacityMAhPerG() != null, c.practicalCapacity());
            refs(CATHODES, at + "/refs", c.refs(), c.note() != null);
        }

        private void provenance(String at, boolean needed, Electrodes.Provenance p) {
            if (!needed) {
                return;
            }
            check(p != null, CATHODES, at, "a number needs its provenance (source, refs or cites, quote)");
            check(Set.of("review", "literature").contains(p.source()), CATHODES, at + "/source",
                    "source must be review or literature");
            if (p.source().equals("review")) {
                refs(CATHODES, at + "/refs", p.refs(), false);
            } else {
                check(!p.cites().isEmpty(), CATHODES, at + "/cites", "a literature value cites its paper");
                for (int k = 0; k < p.cites().size(); k++) {
                    check(literature.contains(p.cites().get(k)), CATHODES, at + "/cites/" + k,
                            "'" + p.cites().get(k) + "' is not in " + LITERATURE);
                }
            }
        }

        void anode(Anode a, String at) {
            parses(ANODES, at + "/formula", a.formula());
            refs(ANODES, at + "/refs", a.refs(), a.note() != null);
        }

        void interlayer(Interlayer i, String at) {
            check(SIDES.contains(i.side()), INTERLAYERS, at + "/side", "side must be anode or cathode, not '" + i.side() + "'");
            for (int k = 0; k < i.worksWith().size(); k++) {
                family(INTERLAYERS, at + "/worksWith/" + k, i.worksWith().get(k));
            }
            refs(INTERLAYERS, at + "/refs", i.refs(), i.note() != null);
        }

        void catholyte(Catholyte c, String at) {
            parses(CATHOLYTES, at + "/formula", c.formula());
            family(CATHOLYTES, at + "/family", c.family());
            if (c.oxidationLimitV() != null) {
                volts(CATHOLYTES, at + "/oxidationLimitV", c.oxidationLimitV());
            }
            refs(CATHOLYTES, at + "/refs", c.refs(), c.note() != null);
        }

        void cell(DemonstratedCell c, String at, Set<String> hostIds) {
            check(c.electrolyteHost() == null || hostIds.contains(c.electrolyteHost()), CELLS, at + "/electrolyteHost",
                    "no host with id '" + c.electrolyteHost() + "'");
            if (c.firstCycleCapacityMAhPerG() != null) {
                check(c.firstCycleCapacityMAhPerG() > 0 && c.firstCycleCapacityMAhPerG() <= 3000, CELLS,
                        at + "/firstCycleCapacityMAhPerG", "impossible capacity " + c.firstCycleCapacityMAhPerG());
            }
            if (c.retentionPercent() != null) {
                check(c.retentionPercent() > 0 && c.retentionPercent() <= 110, CELLS, at + "/retentionPercent",
                        "impossible retention " + c.retentionPercent() + " %");
            }
            check(c.cycles() == null || c.cycles() > 0, CELLS, at + "/cycles", "cycles must be positive");
            if (c.temperatureC() != null) {
                temperature(CELLS, at + "/temperatureC", c.temperatureC());
            }
            check(c.loadingMgPerCm2() == null || (c.loadingMgPerCm2() > 0 && c.loadingMgPerCm2() < 1000), CELLS,
                    at + "/loadingMgPerCm2", "impossible loading " + c.loadingMgPerCm2());
            refs(CELLS, at + "/refs", c.refs(), false);
        }

        Formula parses(String file, String at, String text) {
            if (text == null) {
                return null;
            }
            try {
                return chemistry.parse(text);
            } catch (FormulaSyntaxException e) {
                throw fail(file, at, "formula does not parse: " + e.getMessage());
            }
        }

        Formula balancedFormula(String file, String at, String text) {
            Formula f = parses(file, at, text);
            ChargeBalance b = chemistry.balance(f);
            check(b.balanced(), file, at, "formula " + text + " does not charge-balance (residual "
                    + b.residualCharge() + ")");
            return f;
        }

        void family(String file, String at, String label) {
            check(Family.fromLabel(label).filter(f -> f != Family.UNKNOWN && f != Family.OXIDE).isPresent(), file, at,
                    "unknown family '" + label + "' (sulfide, nasicon, halide, complex-hydride, anti-perovskite, "
                            + "layered-oxide, beta-alumina)");
        }

        private void behaviour(String at, Host.Behaviour b, Set<String> allowed) {
            if (b == null) {
                return;
            }
            check(allowed.contains(b.behaviour()), HOSTS, at + "/behaviour",
                    "behaviour '" + b.behaviour() + "' is not one of " + allowed.stream().sorted().toList());
            refs(HOSTS, at + "/refs", b.refs(), b.note() != null);
        }

        void sigma(String file, String at, double sigma) {
            check(sigma > 0 && sigma <= 10, file, at, "impossible conductivity " + sigma + " S/cm");
        }

        void temperature(String file, String at, double t) {
            check(t >= -100 && t <= 2000, file, at, "impossible temperature " + t + " °C");
        }

        void ea(String file, String at, Double ea) {
            check(ea == null || (ea > 0 && ea <= 3), file, at, "impossible activation energy " + ea + " eV");
        }

        void volts(String file, String at, double v) {
            check(v > 0 && v <= 12, file, at, "impossible voltage " + v + " V");
        }

        /** Every ref must be in the bibliography; an empty list only where a note explains it. */
        void refs(String file, String at, List<Integer> refs, boolean emptyAllowed) {
            if (refs == null || refs.isEmpty()) {
                check(emptyAllowed, file, at, "refs are required (the review's reference numbers)");
                return;
            }
            for (int i = 0; i < refs.size(); i++) {
                check(refs.get(i) != null && references.contains(refs.get(i)), file, at + "/" + i,
                        "ref " + refs.get(i) + " is not in " + REFERENCES);
            }
        }
    }

    private static String round(double x) {
        return java.math.BigDecimal.valueOf(Math.round(x * 1e6) / 1e6).stripTrailingZeros().toPlainString();
    }

    record ReferenceFile(@JsonProperty(required = true) List<Reference> references) {
    }

    record LiteratureFile(@JsonProperty(required = true) List<LiteratureSource> literature) {
    }

    record HostFile(@JsonProperty(required = true) List<Host> hosts) {
    }

    record RecordFile(@JsonProperty(required = true) List<LiteratureRecord> records) {
    }

    record CathodeFile(@JsonProperty(required = true) List<Cathode> cathodes) {
    }

    record AnodeFile(@JsonProperty(required = true) List<Anode> anodes) {
    }

    record InterlayerFile(@JsonProperty(required = true) List<Interlayer> interlayers) {
    }

    record CatholyteFile(@JsonProperty(required = true) List<Catholyte> catholytes) {
    }

    record CellFile(@JsonProperty(required = true) List<DemonstratedCell> cells) {
    }

    record SeriesFile(@JsonProperty(required = true) List<DopingSeries> series) {
    }
}
