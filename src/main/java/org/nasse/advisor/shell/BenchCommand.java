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
            @Option(longNames = "warmup", defaultValue = "500000", description = "compositions scored untimed first, "
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
            r = RecommendBenchmark.run(workbench::advisor, a -> new Recommender(a, workbench.knowledgeDirectory()), scenarios);
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
