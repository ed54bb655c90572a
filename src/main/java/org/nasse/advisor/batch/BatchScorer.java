package org.nasse.advisor.batch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.advice.Assessment;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.progress.Progress;

/**
 * Scores rows: each is parsed and analysed on its own (a bad row is reported in its row and the
 * batch goes on), then a chunk of readable rows goes through the rules together.
 * <p>
 * {@link #stream} is the path of {@code score --file}: the calling thread reads chunks of rows and
 * hands them to worker threads, one per core, which score them and turn them into output rows; the
 * calling thread writes the chunks back in input order. At most two chunks per worker are in flight,
 * so memory stays flat whatever the size of the input.
 */
public final class BatchScorer {
    /** Rows per rules batch and per task: the unit of progress and of stopping. */
    public static final int CHUNK = 1_000;

    private final Advisor advisor;
    /** Null: rows are not judged against targets. */
    private final ScenarioJudge judge;

    public BatchScorer(Advisor advisor) {
        this(advisor, null);
    }

    private BatchScorer(Advisor advisor, ScenarioJudge judge) {
        this.advisor = advisor;
        this.judge = judge;
    }

    /** The same scorer, each row also judged against a scenario's targets. */
    public BatchScorer judging(ScenarioJudge judge) {
        return new BatchScorer(advisor, judge);
    }

    /** Scores on the calling thread, a chunk at a time. */
    public List<ScoredRow> score(List<ScoreRow> rows, double temperatureC) {
        List<ScoredRow> out = new ArrayList<>(rows.size());
        for (int start = 0; start < rows.size(); start += CHUNK) {
            out.addAll(scoreChunk(rows.subList(start, Math.min(rows.size(), start + CHUNK)), temperatureC));
        }
        return out;
    }

    /** One rules batch: the pure function behind every path (command, library, benchmark). */
    public List<ScoredRow> scoreChunk(List<ScoreRow> rows, double temperatureC) {
        List<Analysis> analyses = new ArrayList<>(rows.size());
        String[] errors = new String[rows.size()];
        int[] index = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            try {
                Analysis a = advisor.analyzer().analyze(rows.get(i).composition());
                index[i] = analyses.size();
                analyses.add(a);
                errors[i] = a.problem();
            } catch (FormulaSyntaxException e) {
                index[i] = -1;
                errors[i] = e.getMessage();
            }
        }
        List<Assessment> assessed = advisor.assessAll(analyses, temperatureC);
        List<ScoredRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Assessment a = index[i] < 0 ? null : assessed.get(index[i]);
            out.add(new ScoredRow(rows.get(i), a, errors[i], judge == null || a == null ? null : judge.verdict(a)));
        }
        return out;
    }

    /** Receives rendered chunks in input order, on the thread that called {@link #stream}. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(T chunk) throws IOException;
    }

    /**
     * Reads {@code input} to its end, scoring chunks on {@code threads} workers; each chunk is turned
     * into {@code T} by {@code render} on its worker and given to {@code sink} in input order. Stops
     * at Ctrl-C ({@link Progress.Cancelled}). Returns the number of rows.
     */
    public <T> long stream(ScoreInput input, double temperatureC, int threads, Function<List<ScoredRow>, T> render,
                           Sink<T> sink, Progress progress) throws IOException {
        String stage = "scoring rows";
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "score-worker");
            t.setDaemon(true);
            return t;
        });
        long rows = 0;
        try {
            Deque<Future<T>> pending = new ArrayDeque<>();
            boolean more = true;
            progress.at(stage, 0, 0);
            while (true) {
                while (more && pending.size() < 2 * threads) {
                    List<ScoreRow> chunk = new ArrayList<>(CHUNK);
                    ScoreRow r;
                    while (chunk.size() < CHUNK && (r = input.next()) != null) {
                        chunk.add(r);
                    }
                    more = chunk.size() == CHUNK;
                    if (!chunk.isEmpty()) {
                        pending.add(pool.submit(() -> render.apply(scoreChunk(chunk, temperatureC))));
                        rows += chunk.size();
                    }
                }
                if (pending.isEmpty()) {
                    break;
                }
                sink.accept(pending.removeFirst().get());
                progress.at(stage, rows - (long) pending.size() * CHUNK, 0);
            }
        } catch (InterruptedException e) {
            throw new Progress.Cancelled();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return rows;
    }
}
