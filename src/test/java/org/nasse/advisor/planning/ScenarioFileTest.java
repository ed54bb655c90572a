package org.nasse.advisor.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.knowledge.KnowledgeLoadException;

class ScenarioFileTest {
    @TempDir
    Path dir;

    @Test
    void theShippedScenariosLoad() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            var all = files.filter(p -> p.toString().endsWith(".yaml")).toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(5);
            for (Path p : all) {
                Scenario s = ScenarioFile.read(p, TestKnowledge.knowledge());
                assertThat(s.name()).isNotBlank();
            }
        }
    }

    private String error(String yaml) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, yaml);
        Throwable t = catchThrowable(() -> ScenarioFile.read(f, TestKnowledge.knowledge()));
        assertThat(t).isInstanceOf(KnowledgeLoadException.class);
        assertThat(t.getMessage()).doesNotContain("\n");
        return t.getMessage().substring(dir.toString().length() + 1);
    }

    @Test
    void errorsNameFileLineColumnAndKey() throws IOException {
        assertThat(error("name: x\ntargets:\n  temperatureC: 25\n  colour: red\n"))
                .startsWith("s.yaml:4:").contains("unknown key 'colour'").contains("targets.colour");
        assertThat(error("name: x\ntargets:\n  airStable: sometimes\n"))
                .startsWith("s.yaml:3:14:").contains("targets.airStable must be one of [required, preferred, ignore]");
        assertThat(error("name: x\ntargets:\n  temperatureC: 25\n  temperatureC: 30\n")).contains("Duplicate field 'temperatureC'");
        assertThat(error("name: x\ntargets:\n  excludeElements: [Sc, Qq]\n")).contains("'Qq' is not an element symbol");
        assertThat(error("name: x\ntargets:\n  cathode: Unobtainium\n")).contains("targets.cathode").contains("not a cathode");
        assertThat(error("name: x\ntargets:\n  temperatureC: hot\n")).startsWith("s.yaml:3:").contains("temperatureC");
        assertThat(error("targets: {}\n")).contains("name");
    }

    @Test
    void hostileFilesAreRefusedBeforeTheyCostMemory() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "name: x\ntargets: {}\n# " + "x".repeat(1_100_000) + "\n");
        assertThat(catchThrowable(() -> ScenarioFile.read(big, TestKnowledge.knowledge()))).hasMessageContaining("larger than 1024 KiB");
        // a typed file fails at the first wrong shape, in one clean line
        assertThat(error("name: x\ntargets: {}\ncandidates: " + "[".repeat(100) + "]".repeat(100) + "\n"))
                .startsWith("s.yaml:3:").contains("candidates[0]");
        // and the reader refuses deep nesting outright, whatever the target type
        String deep = "a: " + "[".repeat(100) + "]".repeat(100) + "\n";
        assertThat(catchThrowable(() -> org.nasse.advisor.knowledge.YamlFiles.read("deep.yaml", deep, Object.class)))
                .hasMessageStartingWith("deep.yaml").hasMessageContaining("nesting depth");
    }
}
