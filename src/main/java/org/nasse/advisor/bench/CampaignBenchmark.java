package org.nasse.advisor.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.calibration.Calibration;
import org.nasse.advisor.calibration.UserEvidence;
import org.nasse.advisor.estimate.ConductivityModel;
import org.nasse.advisor.estimate.Evidence;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.LiteratureRecord;
import org.nasse.advisor.planning.BatchOption;
import org.nasse.advisor.planning.BatchPlanner;
import org.nasse.advisor.planning.Belief;
import org.nasse.advisor.planning.Measured;
import org.nasse.advisor.planning.Candidate;
import org.nasse.advisor.planning.CandidateScorer;
import org.nasse.advisor.planning.Ranking;
import org.nasse.advisor.planning.ScoredCandidate;
import org.nasse.advisor.planning.Targets;
import org.nasse.advisor.progress.Progress;

/**
 * A synthesis campaign replayed on the literature. The host's doped compositions reported at one temperature
 * (the one most of them share) are the pool; every record of them is hidden from the advisor (its records, the
 * anchors, the judge's evidence, and the model, refitted without them). Each round a method picks a batch from
 * what is left; the picks' reported values (median of their reports within 15 °C) are then learnt as if
 * measured ({@link UserEvidence}, source user) and the next round begins. A method is done in the round it picks
 * the pool's best composition. Methods: the advisor's batch ({@link BatchPlanner}: expected improvement under a
 * belief moved by the measured picks, what a pick teaches, kriging believer within a batch, diversity), the estimate alone (the highest log10 σ first, learning the same way) and random picks
 * (averaged over seeds). The advisor and the estimate alone are deterministic; random is averaged over the seeds.
 */
public final class CampaignBenchmark {
    /** Hosts with at least this many records (with a temperature) are campaigned by default. */
    public static final int MIN_RECORDS = 8;
    /** The least pool a campaign needs (a pool of one is found in the first round by anyone). */
    static final int MIN_POOL = 3;

    private CampaignBenchmark() {
    }

    public record Rounds(double advisor, double estimateOnly, double random) {
    }

    public record Result(String host, String family, double temperatureC, int records, int poolSize, int batchSize, int seeds,
                         String best, double bestLog10Sigma, Rounds rounds, List<List<String>> advisorPicks,
                         List<List<String>> estimateOnlyPicks, String skipped) {
    }

    /** One composition of the pool: its reported value at the campaign's temperature, and the records hidden for it. */
    record Item(String canonical, String composition, double log10Sigma, Double eaEV) {
    }

    /** The hosts with at least {@code minRecords} records with a temperature (default {@value #MIN_RECORDS}), in the knowledge base's order. */
    public static List<String> hosts(Advisor literature, int minRecords) {
        List<String> out = new ArrayList<>();
        for (Host h : literature.knowledge().hosts()) {
            if (literature.evidence().ofHost(h.id()).size() >= minRecords) {
                out.add(h.id());
            }
        }
        return out;
    }

    public static Result run(Advisor literature, String hostId, int batch, int seeds, Progress progress) {
        KnowledgeBase kb = literature.knowledge();
        Host host = kb.host(hostId).orElseThrow(() -> new IllegalArgumentException("no host '" + hostId + "'"));
        List<Evidence.Item> doped = literature.evidence().ofHost(hostId).stream()
                .filter(i -> !i.parent() && i.total() && !i.features().isEmpty()).toList();
        int records = literature.evidence().ofHost(hostId).size();
        // the temperature most doped compositions are reported at
        Map<Long, Set<String>> byT = new LinkedHashMap<>();
        for (Evidence.Item i : doped) {
            byT.computeIfAbsent(Math.round(i.temperatureC()), k -> new HashSet<>()).add(i.canonical());
        }
        long t = byT.entrySet().stream().max(Comparator.comparingInt((Map.Entry<Long, Set<String>> e) -> e.getValue().size())
                .thenComparing(e -> -Math.abs(e.getKey() - 25))).map(Map.Entry::getKey).orElse(25L);
        Map<String, List<Evidence.Item>> at = new LinkedHashMap<>();
        for (Evidence.Item i : doped) {
            if (Math.abs(i.temperatureC() - t) <= 15) {
                at.computeIfAbsent(i.canonical(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Item> pool = new ArrayList<>();
        at.forEach((canonical, items) -> {
            List<Double> v = items.stream().map(Evidence.Item::log10Sigma).sorted().toList();
            double median = v.size() % 2 == 1 ? v.get(v.size() / 2) : (v.get(v.size() / 2 - 1) + v.get(v.size() / 2)) / 2;
            pool.add(new Item(canonical, items.get(0).record().composition(), median, items.get(0).eaEV()));
        });
        if (pool.size() < MIN_POOL) {
            return new Result(hostId, host.family(), t, records, pool.size(), batch, seeds, null, Double.NaN, null, List.of(), List.of(),
                    "only " + pool.size() + " doped composition" + (pool.size() == 1 ? "" : "s") + " reported at one temperature");
        }
        Item best = pool.stream().max(Comparator.comparingDouble(Item::log10Sigma)).orElseThrow();
        Set<String> hidden = new HashSet<>();
        pool.forEach(i -> hidden.add(i.canonical()));
        // the advisor without any record of the pool, and its model refitted without them
        KnowledgeBase without = kb.withoutRecords(r -> {
            try {
                return hidden.contains(literature.analyzer().analyze(r.composition()).formula().toString());
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
        ConductivityModel model = literature.estimator().model();
        Advisor blind = new Advisor(without, literature.rules(), model);
        if (model != null) {
            blind = blind.withModel(new Calibration(blind).refit(model), null, null);
        }
        progress.at("campaign on " + hostId + ": the advisor", 0, 0);
        List<List<String>> advisorPicks = new ArrayList<>();
        int advisorRounds = campaign(blind, host, pool, best, batch, t, true, advisorPicks);
        progress.at("campaign on " + hostId + ": the estimate alone", 0, 0);
        List<List<String>> estimatePicks = new ArrayList<>();
        int estimateRounds = campaign(blind, host, pool, best, batch, t, false, estimatePicks);
        double random = 0;
        for (int s = 1; s <= seeds; s++) {
            random += randomRounds(pool, best, batch, s);
        }
        return new Result(hostId, host.family(), t, records, pool.size(), batch, seeds, best.composition(), best.log10Sigma(),
                new Rounds(advisorRounds, estimateRounds, random / seeds), advisorPicks, estimatePicks, null);
    }

    /** Rounds until the best is picked, choosing by the batch planner or by the estimate alone. */
    static int campaign(Advisor blind, Host host, List<Item> pool, Item best, int batch, double t, boolean planner,
                        List<List<String>> trace) {
        List<Item> left = new ArrayList<>(pool);
        List<LiteratureRecord> learnt = new ArrayList<>();
        Targets targets = Targets.none().with("temperatureC", t);
        for (int round = 1; ; round++) {
            Progress.Cancelled.checkpoint();
            Advisor a = UserEvidence.apply(blind, learnt, "campaign");
            List<Candidate> candidates = new ArrayList<>();
            for (Item i : left) {
                candidates.add(new Candidate(i.composition(), host.id(), List.of(), Double.NaN, true));
            }
            List<ScoredCandidate> scored = new CandidateScorer(a, targets, Ranking.CAUTIOUS).score(candidates);
            List<String> picks = planner ? plannerPicks(a, scored, learnt, host, batch, t) : estimatePicks(scored, batch);
            trace.add(picks);
            for (String p : picks) {
                Item i = left.stream().filter(x -> x.composition().equals(p)).findFirst().orElseThrow();
                left.remove(i);
                learnt.add(LiteratureRecord.user(i.composition(), Math.pow(10, i.log10Sigma()), t, i.eaEV(), "pellet",
                        LiteratureRecord.TOTAL, null, "campaign round " + round, "campaign", learnt.size() + 1));
                if (i == best) {
                    return round;
                }
            }
            if (left.isEmpty()) {
                return round;
            }
        }
    }

    private static List<String> estimatePicks(List<ScoredCandidate> scored, int batch) {
        return scored.stream().sorted(Comparator.comparingDouble((ScoredCandidate c) -> Double.isNaN(c.log10Sigma())
                        ? Double.NEGATIVE_INFINITY : c.log10Sigma()).reversed().thenComparing(ScoredCandidate::composition))
                .limit(batch).map(ScoredCandidate::composition).toList();
    }

    private static List<String> plannerPicks(Advisor a, List<ScoredCandidate> scored, List<LiteratureRecord> learnt, Host host,
                                             int batch, double t) {
        // the best measured so far: the host's own parent at the temperature, or the best pick learnt
        double bestLog = Double.NEGATIVE_INFINITY;
        String what = "nothing measured";
        var parent = a.estimator().anchors().parent(host, t, a.estimator().model(), org.nasse.advisor.estimate.Holdout.NONE);
        if (parent.isPresent() && parent.get().kind() == org.nasse.advisor.estimate.Anchor.Kind.PARENT) {
            bestLog = parent.get().log10SigmaAt(t, parent.get().eaEV());
            what = host.id();
        }
        for (LiteratureRecord r : learnt) {
            if (Math.log10(r.sigmaSPerCm()) > bestLog) {
                bestLog = Math.log10(r.sigmaSPerCm());
                what = r.composition();
            }
        }
        if (bestLog == Double.NEGATIVE_INFINITY) {
            bestLog = scored.stream().mapToDouble(ScoredCandidate::log10Sigma).filter(x -> !Double.isNaN(x)).min().orElse(-12);
        }
        BatchPlanner planner = new BatchPlanner(42);
        BatchPlanner.Best best = new BatchPlanner.Best(bestLog, what);
        Belief belief = Measured.belief(a, t);
        List<BatchOption> options = planner.options(scored, best, belief);
        BatchPlanner.Batch b = planner.plan(options, batch, best, new BatchPlanner.Settings(true, false), belief);
        List<String> picks = new ArrayList<>(b.picks().stream().map(p -> p.candidate().composition()).toList());
        // fewer diverse options than the batch: fill it with the best of the rest, so every method makes as many
        options.stream().sorted(Comparator.comparingLong(BatchOption::softAlone).reversed().thenComparingInt(BatchOption::id))
                .map(o -> o.candidate().composition()).filter(c -> !picks.contains(c)).limit(Math.max(0, batch - picks.size()))
                .forEach(picks::add);
        for (ScoredCandidate c : scored) { // no estimate: still a composition of the pool
            if (picks.size() < batch && !picks.contains(c.composition()) && options.stream().noneMatch(o -> o.candidate() == c)) {
                picks.add(c.composition());
            }
        }
        return picks;
    }

    /** Rounds until random picks of {@code batch} reach the best, with one seed. */
    static int randomRounds(List<Item> pool, Item best, int batch, long seed) {
        List<Item> order = new ArrayList<>(pool);
        java.util.Collections.shuffle(order, new Random(seed));
        return order.indexOf(best) / batch + 1;
    }
}
