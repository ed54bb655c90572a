package org.nasse.advisor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.advice.Assessment;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.progress.Progress;

/**
 * Parsing, analysis, rules and estimate for N generated compositions, in batches spread over the
 * available cores; batches are dropped once counted, so memory stays flat however large N is.
 */
public final class ScoreBenchmark {
    /** Rows per task; small batches keep little alive across a young collection. */
    static final int BATCH = 1_000;
    /**
     * Compositions scored, untimed, before the timed run, unless told otherwise (`bench score --warmup`'s default).
     * On two cores with one C2 thread the compiler still used about one core in the timed part after 500,000
     * (300,000 timed compositions: 5.5 cpuSeconds after 500,000, 3.8 after 1,000,000, the same after 2,000,000).
     */
    public static final String DEFAULT_WARMUP = "1000000";

    /**
     * compositionsPerSecond is the steady rate after the warm-up; withWarmupPerSecond counts the warm-up
     * too, as a short cold run would see it. cpuSeconds: process CPU time over the timed part (all
     * threads, GC included), steadier than wall time on a busy machine.
     */
    public record Result(long count, double seconds, double compositionsPerSecond, double peakHeapMb, long findings,
                         int threads, int variety, double cpuSeconds, long warmup, double withWarmupPerSecond) {
    }

    private ScoreBenchmark() {
    }

    public static Result run(Advisor advisor, long count, long warmup, long seed, Progress progress) throws Exception {
        CompositionGenerator generator = new CompositionGenerator(advisor.knowledge(), seed);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // Warm up on the same parallel path until C2 has compiled it: on two cores the compiler
            // threads compete with the workers (20,000 compositions of warm-up measured half the
            // steady rate, 300,000 about 85 % of it).
            long coldStart = System.nanoTime();
            pass(advisor, pool, threads, generator, warmup, progress, "warming up");
            System.gc();
            resetPeaks();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            long findings = pass(advisor, pool, threads, generator, count, progress, "scoring generated compositions");
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            double total = (System.nanoTime() - coldStart) / 1e9;
            return new Result(count, round(seconds), Math.round(count / seconds), round(peakHeapMb()), findings, threads,
                    generator.variety(), round(cpuSeconds), warmup, Math.round((count + warmup) / total));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Scores {@code count} generated compositions in batches over the pool; returns the findings counted. */
    private static long pass(Advisor advisor, ExecutorService pool, int threads, CompositionGenerator generator, long count,
                             Progress progress, String stage) throws Exception {
        long findings = 0;
        try {
            List<Future<Long>> pending = new ArrayList<>();
            long remaining = count;
            while (remaining > 0 || !pending.isEmpty()) {
                while (remaining > 0 && pending.size() < threads * 2) {
                    List<String> batch = generate(generator, (int) Math.min(BATCH, remaining));
                    remaining -= batch.size();
                    pending.add(pool.submit(() -> work(advisor, batch)));
                }
                findings += pending.remove(0).get();
                progress.at(stage, count - remaining - (long) pending.size() * BATCH, count);
            }
        } catch (InterruptedException e) {
            throw new Progress.Cancelled();
        }
        return findings;
    }

    private static List<String> generate(CompositionGenerator generator, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(generator.next());
        }
        return out;
    }

    private static long work(Advisor advisor, List<String> batch) {
        List<Analysis> analyses = new ArrayList<>(batch.size());
        for (String f : batch) {
            try {
                analyses.add(advisor.analyzer().analyze(f));
            } catch (FormulaSyntaxException e) {
                // generated formulas parse; a failure here would still be counted as work done
            }
        }
        long findings = 0;
        for (Assessment a : advisor.assessAll(analyses)) {
            findings += a.findings().size() + (a.estimate().isPresent() ? 1 : 0);
        }
        return findings;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the peak heap in use. */
    private static double peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
