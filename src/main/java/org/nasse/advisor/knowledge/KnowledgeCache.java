package org.nasse.advisor.knowledge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
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
    private static final String VERSION = Optional.ofNullable(KnowledgeCache.class.getPackage().getImplementationVersion())
            .orElse("dev");

    /** Every file the knowledge base is read from. */
    static final List<String> FILES = List.of(ChemistryLoader.ELEMENTS, ChemistryLoader.RADII, ChemistryLoader.OCCURRENCE,
            ChemistryLoader.CLUSTERS, SubstitutionPrior.FILE, KnowledgeLoader.HOSTS, KnowledgeLoader.RECORDS,
            KnowledgeLoader.CELLS, KnowledgeLoader.CATHODES, KnowledgeLoader.ANODES, KnowledgeLoader.INTERLAYERS,
            KnowledgeLoader.CATHOLYTES, KnowledgeLoader.REFERENCES, KnowledgeLoader.LITERATURE,
            KnowledgeLoader.LITERATURE_RECORDS, KnowledgeLoader.SERIES);

    /** What reads the files and what the cache holds: a changed class invalidates it. */
    private static final List<Class<?>> CLASSES = List.of(KnowledgeCache.class, KnowledgeLoader.class, ChemistryLoader.class,
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
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(VERSION.getBytes(StandardCharsets.UTF_8));
            for (Class<?> c : CLASSES) {
                classBytes(sha, c);
            }
            for (String f : FILES) {
                sha.update((f + "\u0000").getBytes(StandardCharsets.UTF_8));
                sha.update((dir.read(f) + "\u0000").getBytes(StandardCharsets.UTF_8));
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest()).substring(0, 32));
        } catch (NoSuchAlgorithmException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void classBytes(MessageDigest sha, Class<?> c) {
        String name = c.getName();
        try (InputStream in = c.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            sha.update(in == null ? name.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
        } catch (IOException e) {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
        }
        for (Class<?> nested : c.getDeclaredClasses()) {
            classBytes(sha, nested);
        }
    }

    /** The file starts with the CRC-32 of the rest. */
    private static final int HEADER = Long.BYTES;

    private static long checksum(byte[] bytes, int from) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, bytes.length - from);
        return crc.getValue();
    }

    static Path file(Path cacheDir, String key) {
        return cacheDir.resolve("knowledge-" + key + ".bin");
    }

    /** Only the advisor's own classes, the JDK's collections and boxed numbers may be read back. */
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "org.nasse.advisor.**;java.util.*;java.lang.*;maxdepth=64;!*");

    static Optional<KnowledgeBase> read(Path cacheDir, String key) {
        Path file = file(cacheDir, key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            // a damaged file could still deserialise (a changed letter in a note): the checksum says it is whole
            if (bytes.length < HEADER || ByteBuffer.wrap(bytes, 0, HEADER).getLong() != checksum(bytes, HEADER)) {
                return Optional.empty();
            }
            try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes, HEADER, bytes.length - HEADER))) {
                objects.setObjectInputFilter(FILTER);
                return Optional.of(((Snapshot) objects.readObject()).knowledgeBase());
            }
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    static void write(Path cacheDir, String key, KnowledgeBase kb) {
        try {
            Path dir = Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(dir, "knowledge-", ".tmp");
            try {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 19);
                buffer.write(new byte[HEADER]);
                try (ObjectOutputStream objects = new ObjectOutputStream(buffer)) {
                    objects.writeObject(Snapshot.of(kb));
                }
                byte[] bytes = buffer.toByteArray();
                ByteBuffer.wrap(bytes, 0, HEADER).putLong(checksum(bytes, HEADER));
                Files.write(tmp, bytes);
                Files.move(tmp, file(dir, key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only home only costs the next run its load time
        }
    }
}
