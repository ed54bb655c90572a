package org.nasse.advisor.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.estimate.ConductivityModel;
import org.nasse.advisor.knowledge.SourceDirectory;

/** The model's binary copy gives back what the YAML gives, and is only a shortcut: damaged or stale, it is read around. */
class ModelFileCacheTest {
    @TempDir
    Path cache;
    @TempDir
    Path knowledge;

    private final SourceDirectory real = SourceDirectory.at("knowledge", TestKnowledge.DIR);

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.getFileName().toString().startsWith("model-")).toList();
        }
    }

    @Test
    void readsBackWhatTheYamlGives() throws IOException {
        ConductivityModel fromYaml = ModelFile.read(real, cache).orElseThrow();
        assertThat(cacheFiles()).hasSize(1);
        ConductivityModel fromCache = ModelFile.read(real, cache).orElseThrow();
        assertThat(fromCache).isEqualTo(fromYaml).isNotSameAs(fromYaml);
    }

    @Test
    void aDamagedCopyIsReadAround() throws IOException {
        ConductivityModel fromYaml = ModelFile.read(real, cache).orElseThrow();
        Path file = cacheFiles().get(0);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
        assertThat(ModelFile.read(real, cache)).contains(fromYaml);
    }

    @Test
    void anEditedModelFileIsReadAfresh() throws IOException {
        String text = Files.readString(TestKnowledge.DIR.resolve(ModelFile.NAME));
        Files.writeString(knowledge.resolve(ModelFile.NAME), text);
        SourceDirectory copy = SourceDirectory.at("knowledge", knowledge);
        ConductivityModel before = ModelFile.read(copy, cache).orElseThrow();
        Files.writeString(knowledge.resolve(ModelFile.NAME), text.replace("eaShiftPerDecade: " + before.eaShiftPerDecade(),
                "eaShiftPerDecade: 0.5"));
        ConductivityModel after = ModelFile.read(copy, cache).orElseThrow();
        assertThat(after.eaShiftPerDecade()).isEqualTo(0.5);
        assertThat(cacheFiles()).hasSize(2);
    }
}
