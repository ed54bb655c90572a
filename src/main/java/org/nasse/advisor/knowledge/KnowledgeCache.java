package org.nasse.advisor.knowledge;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nasse.advisor.chemistry.Chemistry;
import org.nasse.advisor.chemistry.ClusterUnit;
import org.nasse.advisor.chemistry.ClusterUnits;
import org.nasse.advisor.chemistry.Element;
import org.nasse.advisor.chemistry.IonicRadius;
import org.nasse.advisor.chemistry.PeriodicTable;
import org.nasse.advisor.knowledge.Electrodes.Anode;
import org.nasse.advisor.knowledge.Electrodes.Cathode;
import org.nasse.advisor.knowledge.Electrodes.Catholyte;
import org.nasse.advisor.knowledge.Electrodes.Interlayer;

/**
 * The loaded knowledge base in binary, beside the compiled-rule cache: reading the YAML and CSV files
 * and checking every formula, reference and citation in them costs a fresh JVM a few hundred
 * milliseconds; reading back what they gave costs less. The key is a hash of every knowledge file's
 * name and text, the advisor's version and the classes that load and hold the knowledge, so an edited
 * file is always loaded and checked afresh. A cache is written only after a load that passed every
 * check, and read back only when its checksum matches. Any problem with it (missing, stale,
 * unreadable, damaged) just means loading as usual.
 */
final class KnowledgeCache {
    /** Every file the knowledge base is read from. */
    static final List<String> FILES = List.of(ChemistryLoader.ELEMENTS, ChemistryLoader.RADII, ChemistryLoader.OCCURRENCE,
            ChemistryLoader.CLUSTERS, SubstitutionPrior.FILE, KnowledgeLoader.HOSTS, KnowledgeLoader.RECORDS,
            KnowledgeLoader.CELLS, KnowledgeLoader.CATHODES, KnowledgeLoader.ANODES, KnowledgeLoader.INTERLAYERS,
            KnowledgeLoader.CATHOLYTES, KnowledgeLoader.REFERENCES, KnowledgeLoader.LITERATURE,
            KnowledgeLoader.LITERATURE_RECORDS, KnowledgeLoader.SERIES);

    /** What reads the files and what the cache holds: a changed class invalidates it. */
    private static final List<Class<?>> CLASSES = List.of(KnowledgeCache.class, SerializedFile.class, KnowledgeLoader.class, ChemistryLoader.class,
            RecordValidator.class, EntryValidator.class, YamlFiles.class, KnowledgeBase.class, SubstitutionPrior.class, Host.class,
            LiteratureRecord.class, DopingSeries.class, Electrodes.class, DemonstratedCell.class, Reference.class,
            LiteratureSource.class, PeriodicTable.class, Element.class, IonicRadius.class, ClusterUnit.class,
            ClusterUnits.class, Chemistry.class);

    /** The arguments the knowledge base was built from, and the chemistry's. */
    record Snapshot(List<Element> elements, List<IonicRadius> radii, List<ClusterUnit> clusters, List<Host> hosts,
                    List<LiteratureRecord> records, List<Cathode> cathodes, List<Anode> anodes, List<Interlayer> interlayers,
                    List<Catholyte> catholytes, List<DemonstratedCell> cells, List<Reference> references,
                    List<LiteratureSource> literature, List<DopingSeries> series, Map<String, Double> lambda)
            implements Serializable {

        static Snapshot of(KnowledgeBase kb) {
            PeriodicTable t = kb.chemistry().table();
            return new Snapshot(new ArrayList<>(t.all()), t.allRadii(), kb.chemistry().clusters().all(), kb.hosts(),
                    kb.records(), kb.cathodes(), kb.anodes(), kb.interlayers(), kb.catholytes(), kb.cells(),
                    new ArrayList<>(kb.references()), new ArrayList<>(kb.literature()), kb.series(),
                    new java.util.HashMap<>(kb.substitutionPrior().table()));
        }

        KnowledgeBase knowledgeBase() {
            Chemistry chemistry = new Chemistry(new PeriodicTable(elements, radii), new ClusterUnits(clusters));
            return new KnowledgeBase(chemistry, hosts, records, cathodes, anodes, interlayers, catholytes, cells, references,
                    literature, series, new SubstitutionPrior(lambda));
        }
    }

    private KnowledgeCache() {
    }

    /** The key of a knowledge directory as it is now; empty when a file cannot be read (the loader then says why). */
    static Optional<String> key(SourceDirectory dir) {
        try {
            List<String> texts = new ArrayList<>(FILES.size());
            for (String f : FILES) {
                texts.add(f + "\u0000" + dir.read(f) + "\u0000");
            }
            return Optional.of(CacheDirectory.key(CLASSES, texts));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Path file(Path cacheDir, String key) {
        return cacheDir.resolve("knowledge-" + key + ".bin");
    }

    static Optional<KnowledgeBase> read(Path cacheDir, String key) {
        return SerializedFile.read(file(cacheDir, key), Snapshot.class).map(Snapshot::knowledgeBase);
    }

    static void write(Path cacheDir, String key, KnowledgeBase kb) {
        SerializedFile.write(file(cacheDir, key), Snapshot.of(kb));
    }
}
