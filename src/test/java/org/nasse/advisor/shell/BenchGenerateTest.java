package org.nasse.advisor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.bench.CompositionGenerator;

/** {@code bench generate}: the benchmark's compositions as a CSV that {@code score --file} reads. */
class BenchGenerateTest {
    @Test
    void writesTheBenchmarksCompositionsInOrder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("gen.csv");
        new BenchCommand(new Workbench()).generate(5, 42, out.toString());
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("composition,id");
        CompositionGenerator same = new CompositionGenerator(TestKnowledge.knowledge(), 42);
        for (int i = 1; i <= 5; i++) {
            assertThat(lines.get(i)).isEqualTo(same.next() + "," + i);
        }
        assertThat(Files.list(dir).toList()).containsExactly(out); // no temp file left
    }
}
