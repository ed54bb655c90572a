package org.nasse.advisor.batch;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.calibration.ModelFile;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.KnowledgeLoader;
import org.nasse.advisor.knowledge.SourceDirectory;
import org.nasse.advisor.rules.RuleLoader;
import org.nasse.advisor.rules.RuleSet;

/**
 * The scorer as a library, for engines that run it far from this command line (Apache Spark, Flink, a
 * plain thread pool): a pure function of (knowledge, rules, composition, temperature) to a row, the
 * same rows {@code score} prints.
 * <p>
 * An instance is two directory names and nothing else, so it serialises to a few bytes and can be
 * shipped to every executor. The heavy part — the knowledge base, the compiled rules, the calibrated
 * model — is built on first use, once per JVM for each pair of directories, and shared by all threads
 * and all instances there (the rule compilation is cached on disk too). Rows are scored a chunk of
 * {@value BatchScorer#CHUNK} at a time, so an iterator over a partition of any size is consumed
 * lazily and memory stays flat; output order is input order.
 * <pre>{@code
 * Scorer scorer = Scorer.of(Path.of("knowledge"), Path.of("rules"));     // or Scorer.packaged()
 * Iterator<String[]> rows = scorer.csvRows(compositions, 25.0);           // cells under Scorer.csvColumns()
 * Iterator<ScoredRow> each = scorer.scoreCandidates(candidates);          // each at its own temperature
 * }</pre>
 */
public final class Scorer implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<List<String>, BatchScorer> LOADED = new ConcurrentHashMap<>();

    /** Null: the copy packaged in the jar. Strings, not paths, so that the instance serialises anywhere. */
    private final String knowledgeDir;
    private final String rulesDir;
    private transient volatile BatchScorer batch;

    private Scorer(String knowledgeDir, String rulesDir) {
        this.knowledgeDir = knowledgeDir;
        this.rulesDir = rulesDir;
    }

    /** Knowledge and rules from these directories (each may be null for the copy in the jar). */
    public static Scorer of(Path knowledgeDir, Path rulesDir) {
        return new Scorer(knowledgeDir == null ? null : knowledgeDir.toAbsolutePath().toString(),
                rulesDir == null ? null : rulesDir.toAbsolutePath().toString());
    }

    /** The knowledge and rules packaged in the jar. */
    public static Scorer packaged() {
        return new Scorer(null, null);
    }

    /** The CSV columns of {@link #csvRows}: {@code score --csv}'s. */
    public static List<String> csvColumns() {
        return ScoreReport.CSV_COLUMNS;
    }

    public ScoredRow score(String composition, double temperatureC) {
        return batch().scoreChunk(List.of(ScoreRow.of(composition)), temperatureC).get(0);
    }

    public List<ScoredRow> score(List<ScoreRow> rows, double temperatureC) {
        return batch().score(rows, temperatureC);
    }

    /** Scores lazily, a chunk at a time as the result is consumed: for a partition of any size. */
    public Iterator<ScoredRow> scoreAll(Iterator<ScoreRow> rows, double temperatureC) {
        return chunked(rows, chunk -> batch().scoreChunk(chunk, temperatureC));
    }

    /** Takes {@code input} a chunk at a time as the result is consumed, scoring each chunk with {@code score}. */
    private static <T> Iterator<ScoredRow> chunked(Iterator<T> input, Function<List<T>, List<ScoredRow>> score) {
        return new Iterator<>() {
            private Iterator<ScoredRow> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && input.hasNext()) {
                    List<T> chunk = new ArrayList<>(BatchScorer.CHUNK);
                    while (chunk.size() < BatchScorer.CHUNK && input.hasNext()) {
                        chunk.add(input.next());
                    }
                    current = score.apply(chunk).iterator();
                }
                return current.hasNext();
            }

            @Override
            public ScoredRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** A composition to score at a temperature, with input columns to carry through (may be empty). */
    public record Candidate(String composition, double temperatureC, Map<String, String> carried) implements Serializable {
        public Candidate {
            carried = carried == null ? Map.of() : carried;
        }

        public Candidate(String composition, double temperatureC) {
            this(composition, temperatureC, Map.of());
        }
    }

    /**
     * Candidates each at its own temperature, lazily, a chunk at a time, in input order. (The rules do
     * not depend on the temperature; the estimate does, so a chunk is scored once per temperature in it.)
     */
    public Iterator<ScoredRow> scoreCandidates(Iterator<Candidate> candidates) {
        return chunked(candidates, this::scoreChunk);
    }

    private List<ScoredRow> scoreChunk(List<Candidate> chunk) {
        Map<Double, List<Integer>> byTemperature = new java.util.LinkedHashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            byTemperature.computeIfAbsent(chunk.get(i).temperatureC(), t -> new ArrayList<>()).add(i);
        }
        ScoredRow[] out = new ScoredRow[chunk.size()];
        byTemperature.forEach((t, indices) -> {
            List<ScoreRow> rows = new ArrayList<>(indices.size());
            for (int i : indices) {
                rows.add(new ScoreRow(chunk.get(i).composition(), chunk.get(i).carried()));
            }
            List<ScoredRow> scored = batch().scoreChunk(rows, t);
            for (int k = 0; k < indices.size(); k++) {
                out[indices.get(k)] = scored.get(k);
            }
        });
        return java.util.Arrays.asList(out);
    }

    /** A scored row as CSV cells under {@link #csvColumns()} followed by the carried columns named. */
    public static String[] csvCells(ScoredRow row, List<String> carriedColumns) {
        return ScoreReport.csvCells(row, carriedColumns);
    }

    /** Compositions to CSV cells under {@link #csvColumns()}, lazily: what a partition maps to. */
    public Iterator<String[]> csvRows(Iterator<String> compositions, double temperatureC) {
        Iterator<ScoredRow> scored = scoreAll(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return compositions.hasNext();
            }

            @Override
            public ScoreRow next() {
                return ScoreRow.of(compositions.next());
            }
        }, temperatureC);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return scored.hasNext();
            }

            @Override
            public String[] next() {
                return ScoreReport.csvCells(scored.next(), List.of());
            }
        };
    }

    /** The loaded scorer of this JVM for these directories, built on first use. */
    BatchScorer batch() {
        BatchScorer b = batch;
        if (b == null) {
            b = LOADED.computeIfAbsent(java.util.Arrays.asList(knowledgeDir, rulesDir), k -> load());
            batch = b;
        }
        return b;
    }

    private BatchScorer load() {
        SourceDirectory kd = knowledgeDir == null ? SourceDirectory.packaged("knowledge") : SourceDirectory.at("knowledge", Path.of(knowledgeDir));
        SourceDirectory rd = rulesDir == null ? SourceDirectory.packaged("rules") : SourceDirectory.at("rules", Path.of(rulesDir));
        KnowledgeBase knowledge = KnowledgeLoader.load(kd);
        RuleSet rules = RuleLoader.load(rd);
        return new BatchScorer(new Advisor(knowledge, rules, ModelFile.read(kd).orElse(null)));
    }
}
