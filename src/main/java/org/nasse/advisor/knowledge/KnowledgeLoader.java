package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.chemistry.Chemistry;
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
        EntryValidator v = new EntryValidator(this, chemistry, known, keys);
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
