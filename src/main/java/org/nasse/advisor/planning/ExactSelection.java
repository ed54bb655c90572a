package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The exact optimum of the composition plan without search: slots are interchangeable, so a plan
 * is a set of k candidates, and its score is the sum of each one's own score minus the diversity
 * penalty for every pair on one host. Per host the best j candidates are its j best alone; a
 * dynamic programme over hosts then picks how many from each. Equivalent to enumerating every
 * k-subset (tested against brute force), in O(hosts · k²) after sorting.
 */
public final class ExactSelection {
    private ExactSelection() {
    }

    public record Result(HardSoftLongScore score, List<ScoredCandidate> chosen) {
    }

    static HardSoftLongScore alone(ScoredCandidate c) {
        return HardSoftLongScore.of(-c.hardViolations(), c.softAlone());
    }

    public static Result best(List<ScoredCandidate> pool, int k, long diversityPenalty) {
        Map<String, List<ScoredCandidate>> byHost = new LinkedHashMap<>();
        for (ScoredCandidate c : pool) {
            byHost.computeIfAbsent(c.host(), h -> new ArrayList<>()).add(c);
        }
        List<List<ScoredCandidate>> groups = new ArrayList<>();
        for (List<ScoredCandidate> g : byHost.values()) {
            List<ScoredCandidate> sorted = new ArrayList<>(g);
            sorted.sort(Comparator.comparing(ExactSelection::alone).reversed());
            groups.add(sorted.subList(0, Math.min(k, sorted.size())));
        }
        int n = Math.min(k, pool.size());
        // best[j] = best score choosing j candidates from the hosts seen so far, with the choice
        HardSoftLongScore[] best = new HardSoftLongScore[n + 1];
        List<List<ScoredCandidate>> choice = new ArrayList<>();
        for (int j = 0; j <= n; j++) {
            choice.add(new ArrayList<>());
        }
        best[0] = HardSoftLongScore.ZERO;
        for (List<ScoredCandidate> g : groups) {
            HardSoftLongScore[] next = best.clone();
            List<List<ScoredCandidate>> nextChoice = new ArrayList<>(choice);
            HardSoftLongScore prefix = HardSoftLongScore.ZERO;
            for (int take = 1; take <= g.size(); take++) {
                prefix = prefix.add(alone(g.get(take - 1)));
                HardSoftLongScore group = prefix.subtract(HardSoftLongScore.ofSoft(diversityPenalty * take * (take - 1) / 2));
                for (int j = take; j <= n; j++) {
                    if (best[j - take] == null) {
                        continue;
                    }
                    HardSoftLongScore cand = best[j - take].add(group);
                    if (next[j] == null || cand.compareTo(next[j]) > 0) {
                        next[j] = cand;
                        List<ScoredCandidate> c = new ArrayList<>(choice.get(j - take));
                        c.addAll(g.subList(0, take));
                        nextChoice.set(j, c);
                    }
                }
            }
            best = next;
            choice = nextChoice;
        }
        return new Result(best[n], choice.get(n));
    }
}
