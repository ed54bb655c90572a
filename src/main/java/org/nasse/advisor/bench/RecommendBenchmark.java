package org.nasse.advisor.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.planning.Recommender;
import org.nasse.advisor.planning.Scenario;
import org.nasse.advisor.progress.Progress;

/**
 * Where a recommendation's time goes: the advisor's load (knowledge, rules, evidence), then for each
 * scenario the wall time of every stage the recommender reports (generating, scoring, choosing
 * compositions, building and choosing stacks), first in a cold JVM as a one-shot run meets it, then
 * once more warm. Peak heap after each.
 */
public final class RecommendBenchmark {
    public record Run(String scenario, double seconds, Map<String, Double> stages, int candidates, int stacks) {
    }

    public record Result(double loadSeconds, List<Run> cold, List<Run> warm, long peakHeapMb) {
    }

    private RecommendBenchmark() {
    }

    public static Result run(Supplier<Advisor> load, Recommender.Factory recommender, List<Scenario> scenarios) {
        long t0 = System.nanoTime();
        Advisor advisor = load.get();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        List<Run> cold = new ArrayList<>();
        List<Run> warm = new ArrayList<>();
        for (List<Run> pass : List.of(cold, warm)) {
            for (Scenario s : scenarios) {
                pass.add(once(recommender.create(advisor), s));
            }
        }
        return new Result(round(loadSeconds), cold, warm, peakHeapMb());
    }

    private static Run once(Recommender recommender, Scenario s) {
        Map<String, Double> stages = new LinkedHashMap<>();
        long start = System.nanoTime();
        long[] last = {start};
        String[] stage = {null};
        Progress timing = (name, done, total) -> {
            if (!name.equals(stage[0])) {
                long now = System.nanoTime();
                if (stage[0] != null) {
                    stages.merge(stage[0], round((now - last[0]) / 1e9), Double::sum);
                }
                stage[0] = name;
                last[0] = now;
            }
        };
        Recommender.Recommendation r = recommender.recommend(s, timing);
        return new Run(s.name(), round((System.nanoTime() - start) / 1e9), stages, r.candidatesConsidered(), r.stacksConsidered());
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
