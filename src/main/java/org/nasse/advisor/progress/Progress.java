package org.nasse.advisor.progress;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a long job says as it goes (a stage, and how far through it), and where it stops when the
 * user presses Ctrl-C: the shell turns Ctrl-C into an interrupt of the command's thread, and
 * {@link #at} ends the job there with {@link Cancelled}.
 */
@FunctionalInterface
public interface Progress {
    /** Shows nothing; still stops at Ctrl-C. */
    Progress SILENT = (stage, done, total) -> {
    };

    /** {@code done} of {@code total} units of {@code stage}; total 0 when it is not known. */
    void report(String stage, long done, long total);

    /** Reports, after stopping the job if its thread has been interrupted. */
    default void at(String stage, long done, long total) {
        Cancelled.checkpoint();
        report(stage, done, total);
    }

    /**
     * Hands {@code items} to {@code work} a chunk at a time, reporting before each chunk and at the
     * end: a batch job's progress and its places to stop at Ctrl-C in one loop.
     */
    default <T> void forEachChunk(String stage, List<T> items, int chunk, Consumer<List<T>> work) {
        for (int start = 0; start < items.size(); start += chunk) {
            at(stage, start, items.size());
            work.accept(items.subList(start, Math.min(items.size(), start + chunk)));
        }
        at(stage, items.size(), items.size());
    }

    /** A job stopped by the user. */
    final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("interrupted");
        }

        /** Throws when the current thread has been interrupted, clearing the flag so the shell can go on. */
        public static void checkpoint() {
            if (Thread.interrupted()) {
                throw new Cancelled();
            }
        }
    }
}
