package org.nasse.advisor.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.KnowledgeLoadException;
import org.nasse.advisor.planning.CandidateGenerator;
import org.nasse.advisor.planning.CandidateScorer;
import org.nasse.advisor.planning.Recommender;
import org.nasse.advisor.planning.Scenario;
import org.nasse.advisor.planning.ScenarioFile;
import org.nasse.advisor.planning.ScoredCandidate;
import org.nasse.advisor.planning.SubstitutionPrior;
import org.nasse.advisor.planning.Targets;
import org.nasse.advisor.report.Json;
import org.nasse.advisor.report.RecommendationReport;
import org.nasse.advisor.rules.Finding;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

@Command
public class PlanningCommands {
    /** What `recommend --format` takes. */
    static final List<String> FORMATS = List.of("md", "html", "json", "text");

    private final Workbench workbench;
    private final SessionTargets session;

    public PlanningCommands(Workbench workbench, SessionTargets session) {
        this.workbench = workbench;
        this.session = session;
    }

    @Command(command = "recommend", description = "Ranked compositions and cell stacks for a scenario's targets "
            + "(OptaPlanner). Without a file, the session's targets (see `target`). "
            + "Example: recommend scenarios/na-metal-polyanion.yaml --format md --out report.md")
    public void recommend(
            @OptionValues(provider = "scenarioFiles") @Option(longNames = "scenario", description = "scenario YAML") String file,
            @Option(longNames = "top", defaultValue = "0", description = "how many of each (default: the scenario's, else 5)") int top,
            @OptionValues(provider = "reportFormats") @Option(longNames = "format", defaultValue = "text", description = "text|md|json") String format,
            @Option(longNames = "json", arity = OptionArity.ZERO, description = "same as --format json") boolean json,
            @Option(longNames = "out", description = "write the report to this file (atomically)") String out) {
        String fmt = json ? "json" : format;
        if (!FORMATS.contains(fmt)) {
            throw new BadInputException("--format must be md, html, json or text, not '" + format + "'");
        }
        if (top < 0 || top > 50) {
            throw new BadInputException("--top must be between 1 and 50");
        }
        try (TerminalProgress progress = TerminalProgress.start("loading rules")) {
            recommend(file, top, fmt, out, progress);
        }
    }

    private void recommend(String file, int top, String fmt, String out, TerminalProgress progress) {
        Advisor advisor = workbench.advisor();
        Scenario scenario;
        if (file != null) {
            try {
                scenario = ScenarioFile.read(Path.of(file), advisor.knowledge());
            } catch (KnowledgeLoadException e) {
                throw new BadInputException(e.getMessage());
            }
        } else {
            scenario = session.scenario();
        }
        if (top > 0) {
            scenario = new Scenario(scenario.name(), scenario.targets(), scenario.candidates(), top, scenario.seed());
        }
        Recommender.Recommendation r = new Recommender(advisor, workbench.knowledgeDirectory()).recommend(scenario, progress);
        progress.close(); // the report goes out on a clean line
        String text = switch (fmt) {
            case "json" -> Json.pretty(RecommendationReport.json(r));
            case "html" -> org.nasse.advisor.report.HtmlReport.render(r, advisor.knowledge());
            default -> RecommendationReport.markdown(r, advisor.knowledge());
        };
        Output.emit(text, out);
    }

    @Command(command = "suggest", description = "Dopants for a host, by site and fraction, ranked by estimated "
            + "conductivity, stability, evidence and likelihood. Example: suggest Na3SbS4 --top 10")
    public void suggest(
            @OptionValues(provider = "hostIds") @Option(longNames = "host", required = true, description = "a host id (see `knowledge hosts`)") String hostId,
            @Option(longNames = "top", defaultValue = "10", description = "how many") int top,
            @Option(longNames = "temperature", defaultValue = "25", description = "°C") double temperature,
            @Option(longNames = "json", arity = OptionArity.ZERO, description = "machine-readable JSON on stdout") boolean json) {
        Temperatures.check(temperature);
        Advisor advisor = workbench.advisor();
        Host host = advisor.knowledge().host(hostId).orElseThrow(() -> new BadInputException("no host '" + hostId
                + "' in the knowledge base (see `knowledge hosts`)"));
        Targets t = session.targets().with("temperatureC", temperature);
        CandidateScorer scorer = new CandidateScorer(advisor, t);
        var generator = new CandidateGenerator(advisor.knowledge(), new SubstitutionPrior(workbench.knowledgeDirectory()), advisor.optima());
        List<ScoredCandidate> scored = new ArrayList<>(scorer.score(generator.forHost(host, t)));
        scored.sort(Comparator.comparingInt(ScoredCandidate::hardViolations).thenComparing(ScoredCandidate::softAlone, Comparator.reverseOrder()));
        List<Map<String, Object>> out = new ArrayList<>();
        int rank = 1;
        for (ScoredCandidate c : scored.subList(0, Math.min(top, scored.size()))) {
            var d = c.candidate().dopings().get(0);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", rank++);
            m.put("site", d.site());
            m.put("hostElement", d.hostElement());
            m.put("dopant", d.dopant());
            m.put("dopantOxidationState", d.charge());
            m.put("fraction", d.fraction());
            m.put("composition", c.composition());
            m.put("log10Sigma", Double.isNaN(c.log10Sigma()) ? null : c.log10Sigma());
            m.put("log10Uncertainty", Double.isNaN(c.log10Uncertainty()) ? null : c.log10Uncertainty());
            m.put("substitutionLikelihood", Double.isNaN(c.candidate().prior()) ? null : c.candidate().prior());
            m.put("evidence", c.evidenceRefs());
            List<Map<String, Object>> findings = new ArrayList<>();
            for (Finding f : c.assessment().findings()) {
                if (f.heuristic() != null && List.of("H1", "H2", "H3", "H4", "H5", "H6", "H12").contains(f.heuristic())) {
                    Map<String, Object> fm = new LinkedHashMap<>(); // Map.of's order changes from run to run
                    fm.put("rule", f.rule());
                    fm.put("heuristic", f.heuristic());
                    fm.put("effect", f.effect());
                    fm.put("message", f.message());
                    fm.put("refs", f.refs());
                    findings.add(fm);
                }
            }
            m.put("findings", findings);
            out.add(m);
        }
        if (json) {
            Output.print(Json.pretty(out));
            return;
        }
        StringBuilder sb = new StringBuilder(String.format("dopants for %s at %s °C (%d options considered)%n", host.id(),
                temperature, scored.size()));
        sb.append(String.format("%-4s %-8s %-7s %-6s %-8s %-34s %-12s %s%n", "#", "site", "dopant", "q", "x", "composition", "σ (S/cm)", "λ / evidence"));
        for (Map<String, Object> m : out) {
            Double log = (Double) m.get("log10Sigma");
            sb.append(String.format("%-4s %-8s %-7s %-6s %-8s %-34s %-12s %s%n", m.get("rank"), m.get("site"), m.get("dopant"),
                    m.get("dopantOxidationState"), m.get("fraction"), m.get("composition"),
                    log == null ? "-" : String.format("%.1e", Math.pow(10, log)),
                    (m.get("substitutionLikelihood") == null ? "-" : String.format("%.2f", (Double) m.get("substitutionLikelihood")))
                            + (((List<?>) m.get("evidence")).isEmpty() ? "" : " " + m.get("evidence"))));
        }
        Output.print(sb.toString());
    }
}
