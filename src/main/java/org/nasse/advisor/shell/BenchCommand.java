package org.nasse.advisor.shell;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import org.nasse.advisor.bench.CompositionGenerator;
import org.nasse.advisor.bench.RecommendBenchmark;
import org.nasse.advisor.knowledge.KnowledgeLoadException;
import org.nasse.advisor.planning.Recommender;
import org.nasse.advisor.planning.Scenario;
import org.nasse.advisor.planning.ScenarioFile;
import org.nasse.advisor.bench.ScoreBenchmark;
import org.nasse.advisor.report.AtomicFile;
import org.nasse.advisor.report.Json;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

@Command(command = "bench", group = "Benchmarks")
public class BenchCommand {
    private final Workbench workbench;

    public BenchCommand(Workbench workbench) {
        this.workbench = workbench;
    }

    @Command(command = "score", description = "Score N generated doped compositions through parsing, analysis, rules "
            + "and estimate; print compositions per second and peak heap. Example: bench score --count 200000 --json")
    public void score(
            @Option(longNames = "count", defaultValue = "1000000", description = "how many compositions") long count,
            @Option(longNames = "warmup", defaultValue = ScoreBenchmark.DEFAULT_WARMUP, description = "compositions scored untimed first, "
                    + "until the JIT has compiled the path") long warmup,
            @Option(longNames = "seed", defaultValue = "42", description = "generator seed") long seed,
            @Option(longNames = "json", arity = OptionArity.ZERO, description = "machine-readable JSON on stdout") boolean json) throws Exception {
        if (count < 1 || count > 100_000_000L) {
            throw new BadInputException("--count must be between 1 and 100000000");
        }
        if (warmup < 0 || warmup > 100_000_000L) {
            throw new BadInputException("--warmup must be between 0 and 100000000");
        }
        ScoreBenchmark.Result r;
        try (TerminalProgress progress = TerminalProgress.start("loading rules")) {
            r = ScoreBenchmark.run(workbench.advisor(), count, warmup, seed, progress);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", r.count());
        out.put("seconds", r.seconds());
        out.put("compositionsPerSecond", r.compositionsPerSecond());
        out.put("peakHeapMb", r.peakHeapMb());
        out.put("threads", r.threads());
        out.put("cpuSeconds", r.cpuSeconds());
        out.put("warmupCompositions", r.warmup());
        out.put("withWarmupPerSecond", r.withWarmupPerSecond());
        out.put("findings", r.findings());
        out.put("distinctDopings", r.variety());
        out.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        if (json) {
            Output.print(Json.pretty(out));
        } else {
            StringBuilder sb = new StringBuilder("bench score\n");
            out.forEach((k, v) -> sb.append(String.format("  %-22s %s%n", k, v)));
            Output.print(sb.toString());
        }
    }

    @Command(command = "generate", description = "Write N generated doped compositions (the benchmark's) as a CSV with "
            + "composition and id columns, to time `score --file` on. Example: bench generate --count 1000000 --out 1m.csv")
    public void generate(
            @Option(longNames = "count", defaultValue = "1000000", description = "how many compositions") long count,
            @Option(longNames = "seed", defaultValue = "42", description = "generator seed") long seed,
            @Option(longNames = "out", required = true, description = "the CSV file to write (atomically)") String out) {
        if (count < 1 || count > 1_000_000_000L) {
            throw new BadInputException("--count must be between 1 and 1000000000");
        }
        CompositionGenerator generator = new CompositionGenerator(workbench.knowledge(), seed);
        try (TerminalProgress progress = TerminalProgress.start("generating");
             AtomicFile.Pending file = AtomicFile.open(Path.of(out))) {
            Writer w = new OutputStreamWriter(file.stream(), StandardCharsets.US_ASCII);
            w.write("composition,id\n");
            for (long i = 1; i <= count; i++) {
                w.write(generator.next());
                w.write(',');
                w.write(Long.toString(i));
                w.write('\n');
                if (i % 100_000 == 0) {
                    progress.at("generating", i, count);
                }
            }
            w.flush();
            file.commit();
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + ": " + e.getMessage());
        }
    }

    @Command(command = "plan", description = "The composition planner on a space of N generated compositions: solver "
            + "best score as a fraction of the exact optimum, and the time of each. Example: bench plan --json")
    public void plan(
            @Option(longNames = "count", defaultValue = "1000000", description = "candidate compositions") long count,
            @Option(longNames = "top", defaultValue = "5", description = "how many to pick") int top,
            @Option(longNames = "seed", defaultValue = "42", description = "seed") long seed,
            @Option(longNames = "json", arity = OptionArity.ZERO, description = "machine-readable JSON on stdout") boolean json) {
        if (count < 10 || count > 5_000_000L) {
            throw new BadInputException("--count must be between 10 and 5000000");
        }
        Temperatures.checkCount("--top", top, 1, 50);
        org.nasse.advisor.bench.PlanBenchmark.Result r;
        try (TerminalProgress progress = TerminalProgress.start("loading rules")) {
            r = org.nasse.advisor.bench.PlanBenchmark.run(workbench.advisor(), count, top, seed, progress);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("candidates", r.candidates());
        out.put("solverSeconds", r.solverSeconds());
        out.put("exhaustiveSeconds", r.exhaustiveSeconds());
        out.put("bestScoreFraction", r.bestScoreFraction());
        out.put("solverScore", r.solverScore());
        out.put("optimumScore", r.optimumScore());
        out.put("scoringSeconds", r.scoringSeconds());
        if (json) {
            Output.print(Json.pretty(out));
        } else {
            StringBuilder sb = new StringBuilder("bench plan\n");
            out.forEach((k, v) -> sb.append(String.format("  %-20s %s%n", k, v)));
            Output.print(sb.toString());
        }
    }

    @Command(command = "campaign", description = "Replay a synthesis campaign on the literature: the host's doped records "
            + "hidden, each round a batch picked and its reported values learnt; rounds to the pool's best, the advisor against "
            + "the estimate alone and random picks. Without --host, every host with at least 8 records. Example: bench campaign --host Na3SbS4 --json")
    public void campaign(
            @OptionValues(provider = "hostIds") @Option(longNames = "host", description = "a host id (see `knowledge hosts`)") String hostId,
            @Option(longNames = "batch", defaultValue = "2", description = "syntheses per round") int batch,
            @Option(longNames = "seeds", defaultValue = "200", description = "seeds random picks are averaged over") int seeds,
            @Option(longNames = "min-records", defaultValue = "8", description = "without --host: the hosts with at least this many records") int minRecords,
            @Option(longNames = "json", arity = OptionArity.ZERO, description = "machine-readable JSON on stdout") boolean json) {
        Temperatures.checkCount("--batch", batch, 1, 10);
        Temperatures.checkCount("--min-records", minRecords, 1, 1000);
        Temperatures.checkCount("--seeds", seeds, 1, 100_000);
        var advisor = workbench.literatureAdvisor();
        if (hostId != null && advisor.knowledge().host(hostId).isEmpty()) {
            throw new BadInputException("no host '" + hostId + "' in the knowledge base (see `knowledge hosts`)");
        }
        List<String> hosts = hostId != null ? List.of(hostId) : org.nasse.advisor.bench.CampaignBenchmark.hosts(advisor, minRecords);
        List<Map<String, Object>> rows = new ArrayList<>();
        try (TerminalProgress progress = TerminalProgress.start("campaign")) {
            for (String h : hosts) {
                rows.add(campaignJson(org.nasse.advisor.bench.CampaignBenchmark.run(advisor, h, batch, seeds, progress)));
            }
        }
        Object out = rows.size() == 1 && hostId != null ? rows.get(0) : campaignSummary(rows, batch, seeds);
        if (json) {
            Output.print(Json.pretty(out));
            return;
        }
        StringBuilder sb = new StringBuilder(String.format("bench campaign: rounds of %d to reach the pool's best (random: mean of %d seeds)%n",
                batch, seeds));
        sb.append(String.format("  %-28s %-6s %-6s %-9s %-9s %-9s %s%n", "host", "T °C", "pool", "advisor", "estimate", "random", "best"));
        for (Map<String, Object> r : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> rounds = (Map<String, Object>) r.get("rounds");
            if (rounds == null) {
                sb.append(String.format("  %-28s %-6s %-6s %s%n", r.get("host"), r.get("temperatureC"), r.get("poolSize"), "skipped: " + r.get("skipped")));
                continue;
            }
            sb.append(String.format("  %-28s %-6s %-6s %-9s %-9s %-9s %s%n", r.get("host"), r.get("temperatureC"), r.get("poolSize"),
                    rounds.get("advisor"), rounds.get("estimateOnly"), rounds.get("random"), r.get("best")));
        }
        if (out instanceof Map<?, ?> m && m.containsKey("mean")) {
            sb.append("  mean over the hosts it can run on: ").append(m.get("mean")).append('\n');
        }
        Output.print(sb.toString());
    }

    private static Map<String, Object> campaignJson(org.nasse.advisor.bench.CampaignBenchmark.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("host", r.host());
        m.put("family", r.family());
        m.put("temperatureC", r.temperatureC());
        m.put("records", r.records());
        m.put("poolSize", r.poolSize());
        m.put("batchSize", r.batchSize());
        if (r.skipped() != null) {
            m.put("skipped", r.skipped());
            return m;
        }
        m.put("seeds", r.seeds());
        m.put("best", r.best());
        m.put("bestLog10Sigma", Math.round(r.bestLog10Sigma() * 1000) / 1000.0);
        Map<String, Object> rounds = new LinkedHashMap<>();
        rounds.put("advisor", r.rounds().advisor());
        rounds.put("estimateOnly", r.rounds().estimateOnly());
        rounds.put("random", Math.round(r.rounds().random() * 100) / 100.0);
        m.put("rounds", rounds);
        m.put("advisorPicks", r.advisorPicks());
        m.put("estimateOnlyPicks", r.estimateOnlyPicks());
        return m;
    }

    private static Map<String, Object> campaignSummary(List<Map<String, Object>> rows, int batch, int seeds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("batchSize", batch);
        out.put("seeds", seeds);
        double a = 0;
        double e = 0;
        double r = 0;
        int n = 0;
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> rounds = (Map<String, Object>) row.get("rounds");
            if (rounds != null) {
                a += ((Number) rounds.get("advisor")).doubleValue();
                e += ((Number) rounds.get("estimateOnly")).doubleValue();
                r += ((Number) rounds.get("random")).doubleValue();
                n++;
            }
        }
        Map<String, Object> mean = new LinkedHashMap<>();
        mean.put("hosts", n);
        mean.put("advisor", n == 0 ? null : Math.round(a / n * 100) / 100.0);
        mean.put("estimateOnly", n == 0 ? null : Math.round(e / n * 100) / 100.0);
        mean.put("random", n == 0 ? null : Math.round(r / n * 100) / 100.0);
        out.put("mean", mean);
        out.put("hosts", rows);
        return out;
    }

    @Command(command = "recommend", description = "Time `recommend` stage by stage on scenario files (default: every "
            + "file in scenarios/), cold then warm, after timing the advisor's load. Example: bench recommend --json")
    public void recommend(
            @Option(longNames = "scenario", arity = OptionArity.ZERO_OR_MORE, description = "scenario YAML files") String[] files,
            @Option(longNames = "json", arity = OptionArity.ZERO, description = "machine-readable JSON on stdout") boolean json) {
        List<Path> paths = new ArrayList<>();
        if (files == null || files.length == 0) {
            try (var listing = java.nio.file.Files.list(Path.of("scenarios"))) {
                listing.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(paths::add);
            } catch (IOException e) {
                throw new BadInputException("no scenario files given and no scenarios/ folder here: " + e.getMessage());
            }
        } else {
            for (String f : files) {
                paths.add(Path.of(f));
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (Path p : paths) {
            try {
                scenarios.add(ScenarioFile.read(p, workbench.knowledge()));
            } catch (KnowledgeLoadException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        RecommendBenchmark.Result r;
        try (TerminalProgress progress = TerminalProgress.start("loading rules")) {
            r = RecommendBenchmark.run(workbench::advisor, Recommender::new, scenarios);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("loadSeconds", r.loadSeconds());
        out.put("cold", r.cold());
        out.put("warm", r.warm());
        out.put("peakHeapMb", r.peakHeapMb());
        if (json) {
            Output.print(Json.pretty(out));
        } else {
            StringBuilder sb = new StringBuilder(String.format("bench recommend (advisor load %.2f s, peak heap %d MB)%n",
                    r.loadSeconds(), r.peakHeapMb()));
            for (int i = 0; i < r.cold().size(); i++) {
                RecommendBenchmark.Run c = r.cold().get(i);
                sb.append(String.format("  %-60s cold %6.2f s  warm %6.2f s  (%d candidates, %d stacks)%n", c.scenario(), c.seconds(),
                        r.warm().get(i).seconds(), c.candidates(), c.stacks()));
                c.stages().forEach((k, v) -> sb.append(String.format("      %-40s %6.2f s%n", k, v)));
            }
            Output.print(sb.toString());
        }
    }
}
