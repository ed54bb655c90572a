package org.nasse.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.chemistry.Element;

/**
 * The binary cache of the loaded knowledge: what it reads back is what the files give, an edited file
 * is loaded afresh, and a damaged cache file never breaks a load.
 */
class KnowledgeCacheTest {
    @TempDir
    Path cache;
    @TempDir
    Path knowledge;

    private final SourceDirectory real = SourceDirectory.at("knowledge", TestKnowledge.DIR);

    private Path onlyCacheFile() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            var bins = files.filter(p -> p.getFileName().toString().startsWith("knowledge-")).toList();
            assertThat(bins).hasSize(1);
            return bins.get(0);
        }
    }

    private static void assertSameKnowledge(KnowledgeBase a, KnowledgeBase b) {
        assertThat(a.hosts()).isEqualTo(b.hosts());
        assertThat(a.records()).isEqualTo(b.records());
        assertThat(a.cathodes()).isEqualTo(b.cathodes());
        assertThat(a.anodes()).isEqualTo(b.anodes());
        assertThat(a.interlayers()).isEqualTo(b.interlayers());
        assertThat(a.catholytes()).isEqualTo(b.catholytes());
        assertThat(a.cells()).isEqualTo(b.cells());
        assertThat(a.series()).isEqualTo(b.series());
        assertThat(a.literature()).isEqualTo(b.literature());
        assertThat(a.referenceCount()).isEqualTo(b.referenceCount());
        for (int n = 1; n <= a.referenceCount(); n++) {
            assertThat(a.reference(n)).isEqualTo(b.reference(n));
        }
        assertThat(a.chemistry().table().all()).containsExactlyElementsOf(b.chemistry().table().all());
        for (Element e : a.chemistry().table().all()) {
            for (int q = -4; q <= 8; q++) {
                assertThat(a.chemistry().table().radii(e.symbol(), q)).isEqualTo(b.chemistry().table().radii(e.symbol(), q));
            }
        }
        assertThat(a.chemistry().clusters().all()).isEqualTo(b.chemistry().clusters().all());
        assertThat(a.substitutionPrior().table()).isEqualTo(b.substitutionPrior().table());
        assertThat(a.substitutionPrior().lambdaOrLeast("Xx", 1, "Yy", 1)).isEqualTo(b.substitutionPrior().lambdaOrLeast("Xx", 1, "Yy", 1));
        // the chemistry built on the cached tables reads formulas as the loaded one does
        for (String f : new String[] {"Na2.88Sb0.88W0.12S4", "Na3.4Zr2Si2.4P0.6O12", "Na2B10H10", "Na3SbS4·9H2O"}) {
            assertThat(a.chemistry().read(f)).isEqualTo(b.chemistry().read(f));
        }
    }

    @Test
    void readsBackWhatTheFilesGive() throws IOException {
        KnowledgeBase fresh = KnowledgeLoader.load(real, cache, true);
        Path file = onlyCacheFile();
        String key = KnowledgeCache.key(real).orElseThrow();
        assertThat(file).isEqualTo(KnowledgeCache.file(cache, key));
        KnowledgeBase cached = KnowledgeCache.read(cache, key).orElseThrow();
        assertThat(cached).isNotSameAs(fresh);
        assertSameKnowledge(cached, fresh);
        assertSameKnowledge(KnowledgeLoader.load(real, cache, true), fresh);
    }

    @Test
    void aDamagedCacheFileIsLoadedAroundAndReplaced() throws IOException {
        KnowledgeBase fresh = KnowledgeLoader.load(real, cache, true);
        Path file = onlyCacheFile();
        byte[] good = Files.readAllBytes(file);
        java.util.List<byte[]> damaged = new java.util.ArrayList<>(java.util.List.of(
                new byte[0],
                "not a cache".getBytes(),
                java.util.Arrays.copyOf(good, good.length / 2)));         // cut short
        for (int at : new int[] {0, 3, 10, 20, good.length / 3, good.length / 2, good.length - 1}) {
            damaged.add(flipped(good, at));                             // one byte changed: a letter of a note still deserialises
        }
        // the text of a note changed in place: deserialises, but the checksum no longer matches
        int note = indexOf(good, "Na3SbS4".getBytes());
        assertThat(note).isPositive();
        damaged.add(flipped(good, note + 2));
        for (byte[] bad : damaged) {
            Files.write(file, bad);
            KnowledgeBase kb = KnowledgeLoader.load(real, cache, true);
            assertSameKnowledge(kb, fresh);
            assertThat(Files.readAllBytes(file)).as("rewritten after a damaged read").hasSize(good.length);
        }
    }

    @Test
    void aDirectoryInPlaceOfTheCacheOnlyCostsTheCache() throws IOException {
        Path blocked = cache.resolve("not-a-directory");
        Files.writeString(blocked, "a file where the cache directory would be");
        assertSameKnowledge(KnowledgeLoader.load(real, blocked, true), KnowledgeLoader.load(real, cache, false));
    }

    @Test
    void anEditedFileIsLoadedAfresh() throws IOException {
        try (Stream<Path> files = Files.walk(TestKnowledge.DIR)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = knowledge.resolve(TestKnowledge.DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        SourceDirectory copy = SourceDirectory.at("knowledge", knowledge);
        String before = KnowledgeCache.key(copy).orElseThrow();
        assertThat(before).isEqualTo(KnowledgeCache.key(real).orElseThrow());
        KnowledgeLoader.load(copy, cache, true);

        Path hosts = knowledge.resolve(KnowledgeLoader.HOSTS);
        Files.writeString(hosts, Files.readString(hosts) + "\n# an edit\n");
        String after = KnowledgeCache.key(copy).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(KnowledgeCache.read(cache, after)).isEmpty();

        // a broken file is reported as ever, whatever the cache holds for the unedited files
        Files.writeString(hosts, Files.readString(hosts).replaceFirst("hosts:", "hosts: [oops"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> KnowledgeLoader.load(copy, cache, true)))
                .isInstanceOf(KnowledgeLoadException.class);
    }

    private static int indexOf(byte[] b, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= b.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (b[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] flipped(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] ^= 0x5a;
        return c;
    }
}
