package org.nasse.advisor.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nasse.advisor.bench.ScoreBenchmark;
import org.nasse.advisor.report.Json;
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
            @Option(longNames = "seed", defaultValue = "42", description = "generator seed") long seed,
            @Option(longNames = "json", description = "machine-readable JSON on stdout") boolean json) throws Exception {
        if (count < 1 || count > 100_000_000L) {
            throw new BadInputException("--count must be between 1 and 100000000");
        }
        ScoreBenchmark.Result r = ScoreBenchmark.run(workbench.advisor(), count, seed);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", r.count());
        out.put("seconds", r.seconds());
        out.put("compositionsPerSecond", r.compositionsPerSecond());
        out.put("peakHeapMb", r.peakHeapMb());
        out.put("threads", r.threads());
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
}
