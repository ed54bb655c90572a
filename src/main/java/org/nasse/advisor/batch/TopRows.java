package org.nasse.advisor.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The K best rows that meet the targets, by the planner's soft score (ties: the earlier row), held in a
 * heap of K whatever the input's size. Workers {@link #keep} a chunk's candidates, rendering only rows
 * that can still enter (the bar only rises, and a later row loses a tie); the reading thread
 * {@link #offer}s the kept rows in input order; {@link #best} gives them best first.
 */
public final class TopRows<R> {
    /** A kept row: its soft score, its index in its chunk, and its rendering. */
    public record Kept<R>(long score, int index, R row) {
    }

    /** A chunk's kept rows with the chunk's size and its count of failed rows. */
    public record Chunk<R>(List<Kept<R>> kept, int size, int failed) {
    }

    private record Entry<R>(long score, long seq, R row) {
    }

    /** Worst first: the lower score, then the later row. */
    private static final Comparator<Entry<?>> WORST_FIRST =
            Comparator.<Entry<?>>comparingLong(Entry::score).thenComparing(Comparator.<Entry<?>>comparingLong(Entry::seq).reversed());

    private final int k;
    private final PriorityQueue<Entry<R>> heap;
    /** The worst kept score once the heap is full; Long.MIN_VALUE before. */
    private volatile long bar = Long.MIN_VALUE;
    private volatile boolean full;
    private long rows;
    private long failed;

    public TopRows(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        this.k = k;
        this.heap = new PriorityQueue<>(Math.min(k, 1 << 16) + 1, WORST_FIRST);
    }

    /** On a worker: the chunk's rows that meet the targets and can still enter, rendered by {@code writer}. */
    public Chunk<R> keep(List<ScoredRow> chunk, ScoreWriter<R> writer) {
        List<Kept<R>> kept = new ArrayList<>();
        int bad = 0;
        for (int i = 0; i < chunk.size(); i++) {
            ScoredRow r = chunk.get(i);
            if (r.failed()) {
                bad++;
            }
            if (!r.meetsTargets()) {
                continue;
            }
            long score = r.verdict().softScore();
            if (full && score <= bar) {
                continue; // every kept row came earlier, so it wins the tie
            }
            kept.add(new Kept<>(score, i, writer.renderOne(r)));
        }
        return new Chunk<>(kept, chunk.size(), bad);
    }

    /** On the reading thread, chunks in input order. */
    public void offer(Chunk<R> chunk) {
        for (Kept<R> r : chunk.kept()) {
            Entry<R> e = new Entry<>(r.score(), rows + r.index(), r.row());
            if (heap.size() < k) {
                heap.add(e);
            } else if (WORST_FIRST.compare(e, heap.peek()) > 0) {
                heap.poll();
                heap.add(e);
            }
        }
        if (heap.size() == k) {
            bar = heap.peek().score();
            full = true;
        }
        rows += chunk.size();
        failed += chunk.failed();
    }

    /** The kept rows, best first. */
    public List<R> best() {
        List<Entry<R>> all = new ArrayList<>(heap);
        all.sort(WORST_FIRST.reversed());
        List<R> out = new ArrayList<>(all.size());
        for (Entry<R> e : all) {
            out.add(e.row());
        }
        return out;
    }

    /** Rows read. */
    public long rows() {
        return rows;
    }

    /** Rows that could not be scored, or are not charge balanced. */
    public long failed() {
        return failed;
    }
}
