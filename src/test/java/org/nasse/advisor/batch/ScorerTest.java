package org.nasse.advisor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.TestRules;

/** The scorer as a library: what a distributed engine ships to its executors and calls per partition. */
class ScorerTest {
    @Test
    void theLibraryEntryPointSerialisesAndScoresLazily() throws Exception {
        Scorer scorer = Scorer.of(TestKnowledge.DIR, Path.of("rules"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(scorer);
        }
        assertThat(bytes.size()).isLessThan(400); // two directory names, no loaded state
        Scorer shipped;
        try (ObjectInputStream i = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            shipped = (Scorer) i.readObject();
        }
        // a partition of 2,500 compositions, pulled one row at a time
        int[] pulled = {0};
        Iterator<String> partition = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pulled[0] < 2_500;
            }

            @Override
            public String next() {
                return pulled[0]++ % 2 == 0 ? "Na3PS4" : "Na3Xx4";
            }
        };
        Iterator<String[]> out = shipped.csvRows(partition, 25);
        String[] first = out.next();
        assertThat(pulled[0]).isEqualTo(BatchScorer.CHUNK); // one chunk read, not the partition
        assertThat(first).hasSize(Scorer.csvColumns().size());
        assertThat(Arrays.asList(first).subList(0, 4)).containsExactly("Na3PS4", "Na3PS4", "sulfide", "true");
        assertThat(out.next()[15]).startsWith("unknown element 'Xx'");
        int n = 2;
        while (out.hasNext()) {
            out.next();
            n++;
        }
        assertThat(n).isEqualTo(2_500);
        // the same function as the command's path
        ScoredRow lib = shipped.score("Na2.88Sb0.88W0.12S4", 80);
        ScoredRow cmd = new BatchScorer(TestRules.advisor()).scoreChunk(List.of(ScoreRow.of("Na2.88Sb0.88W0.12S4")), 80).get(0);
        assertThat(ScoreReport.csvCells(lib, List.of())).isEqualTo(ScoreReport.csvCells(cmd, List.of()));
    }

    @Test
    void candidatesAtTheirOwnTemperaturesKeepTheirOrder() {
        Scorer scorer = Scorer.of(TestKnowledge.DIR, Path.of("rules"));
        List<Scorer.Candidate> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            candidates.add(new Scorer.Candidate(i % 3 == 0 ? "Na3PS4" : "Na2.88Sb0.88W0.12S4", i % 2 == 0 ? 25 : 80,
                    java.util.Map.of("id", String.valueOf(i))));
        }
        Iterator<ScoredRow> out = scorer.scoreCandidates(candidates.iterator());
        for (int i = 0; i < 1_500; i++) {
            ScoredRow r = out.next();
            assertThat(r.row().carried()).containsEntry("id", String.valueOf(i));
            assertThat(r.row().composition()).isEqualTo(candidates.get(i).composition());
            assertThat(r.assessment().estimate().get().temperatureC()).isEqualTo(i % 2 == 0 ? 25.0 : 80.0);
        }
        assertThat(out.hasNext()).isFalse();
        ScoredRow at80 = scorer.score("Na3PS4", 80);
        assertThat(Scorer.csvCells(at80, List.of())).isEqualTo(
                ScoreReport.csvCells(scorer.scoreCandidates(List.of(new Scorer.Candidate("Na3PS4", 80)).iterator()).next(), List.of()));
    }
}
