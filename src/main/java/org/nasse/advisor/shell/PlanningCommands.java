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
import org.nasse.advisor.planning.DopantSuggestions;
import org.nasse.advisor.planning.Recommender;
import org.nasse.advisor.planning.Scenario;
import org.nasse.advisor.planning.ScenarioFile;
import org.nasse.advisor.planning.ScoredCandidate;
import org.nasse.advisor.planning.Ranking;
import org.nasse.advisor.planning.Targets;
import org.nasse.advisor.report.AnalysisJson;
import org.nasse.advisor.report.AnalysisText;
import org.nasse.advisor.report.Json;
import org.nasse.advisor.report.RecommendationReport;
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
            @Option(longNames = "out", description = "write the report to this file (atomically)") String out,
            @Option(longNames = "explore", arity = OptionArity.ZERO, description = "rank by the optimistic end of each estimate "
                    + "(log10 σ + u) and include implausible substitutions; default: the cautious end (log10 σ − u)") boolean explore,
            @OptionValues(provider = "tableFiles") @Option(longNames = "evidence", description = "CSV of your own measurements "
                    + "(composition, sigma_S_per_cm, temperature_C[, ea_eV, form, sample, note]): used as evidence, in memory") String evidence,
            @Option(longNames = "batch", defaultValue = "0", description = "also pick the next N syntheses as one diverse set "
                    + "(expected improvement and what each would teach)") int batch,
            @Option(longNames = "same-doping", arity = OptionArity.ZERO, description = "with --batch: let two picks put the "
                    + "same dopant on the same site") boolean sameDoping) {
        String fmt = json ? "json" : format;
        Temperatures.checkCount("--batch", batch, 0, 20);
        if (sameDoping && batch == 0) {
            throw new BadInputException("--same-doping is about the picks of --batch N: give --batch");
        }
        if (!FORMATS.contains(fmt)) {
            throw new BadInputException("--format must be md, html, json or text, not '" + format + "'");
        }
        if (top < 0 || top > 50) {
            throw new BadInputException("--top " + top + " is out of range: it takes 1 to 50 (without it, the scenario's top, else 5)");
        }
        Scenario scenario;
        if (file != null) {
            try {
                scenario = ScenarioFile.read(Path.of(file), workbench.knowledge());
            } catch (KnowledgeLoadException e) {
                throw new BadInputException(e.getMessage());
            }
        } else {
            scenario = session.scenario();
        }
        if (top > 0) {
            scenario = new Scenario(scenario.name(), scenario.targets(), scenario.candidates(), top, scenario.seed(), scenario.evidence());
        }
        try (Workbench.EvidenceScope scope = workbench.useEvidence(evidence != null ? evidence : scenario.evidence());
             TerminalProgress progress = TerminalProgress.start("loading rules")) {
            recommend(scenario, fmt, out, Ranking.of(explore), batch, sameDoping, progress);
        }
    }

    private void recommend(Scenario scenario, String fmt, String out, Ranking ranking, int batch, boolean sameDoping,
                           TerminalProgress progress) {
        Advisor advisor = workbench.advisor();
        Recommender.Recommendation r = new Recommender(advisor).recommend(scenario, progress, ranking, batch,
                sameDoping);
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
            @Option(longNames = "json", arity = OptionArity.ZERO, description = "machine-readable JSON on stdout") boolean json,
            @Option(longNames = "explore", arity = OptionArity.ZERO, description = "rank by the optimistic end of each estimate "
                    + "(log10 σ + u) and include implausible substitutions; default: the cautious end (log10 σ − u)") boolean explore,
            @OptionValues(provider = "tableFiles") @Option(longNames = "evidence", description = "CSV of your own measurements "
                    + "(composition, sigma_S_per_cm, temperature_C[, ea_eV, form, sample, note]): used as evidence, in memory") String evidence) {
        Temperatures.check(temperature);
        Temperatures.checkCount("--top", top, 1, 1000);
        try (Workbench.EvidenceScope scope = workbench.useEvidence(evidence)) {
            suggest(hostId, top, temperature, json, explore);
        }
    }

    private void suggest(String hostId, int top, double temperature, boolean json, boolean explore) {
        Advisor advisor = workbench.advisor();
        Host host = advisor.knowledge().host(hostId).orElseThrow(() -> new BadInputException("no host '" + hostId
                + "' in the knowledge base (see `knowledge hosts`)"));
        Targets t = session.targets().with("temperatureC", temperature);
        Ranking ranking = Ranking.of(explore);
        CandidateScorer scorer = new CandidateScorer(advisor, t, ranking);
        List<ScoredCandidate> scored = scorer.score(CandidateGenerator.of(advisor).forHost(host, t, ranking.exploratory()));
        List<DopantSuggestions.Option> options = DopantSuggestions.of(scored, advisor.judge(), host);
        List<Map<String, Object>> out = new ArrayList<>();
        for (DopantSuggestions.Option o : options.subList(0, Math.min(top, options.size()))) {
            var d = o.doping();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", o.rank());
            if (o.tied()) {
                m.put("tiedWith", o.tiedWith());
            }
            m.put("site", d.site());
            m.put("hostElement", d.hostElement());
            m.put("dopant", d.dopant());
            m.put("dopantOxidationState", d.charge());
            m.put("fraction", d.fraction());
            m.put("fractionRange", List.of(o.fractionMin(), o.fractionMax()));
            m.put("composition", o.best().composition());
            m.put("log10Sigma", o.log10Sigma());
            m.put("log10Uncertainty", Double.isNaN(o.best().log10Uncertainty()) ? null : o.best().log10Uncertainty());
            m.put("basis", o.basis());
            m.put("support", o.support());
            m.put("rankedBy", ranking.name().toLowerCase(java.util.Locale.ROOT));
            m.put("rankLog10", Math.round(o.best().rankLog10() * 1000) / 1000.0);
            m.put("plausibility", o.plausibility().verdict().label());
            m.put("evidence", o.plausibility().evidence().words());
            m.put("mechanism", o.mechanism());
            if (o.note() != null) {
                m.put("note", o.note());
            }
            m.put("refs", o.refs());
            m.put("cites", o.cites());
            m.put("substitutionLikelihood", Double.isNaN(o.best().candidate().prior()) ? null : o.best().candidate().prior());
            m.put("findings", AnalysisJson.findings(o.findings()));
            out.add(m);
        }
        if (json) {
            Output.print(Json.pretty(out));
            return;
        }
        StringBuilder sb = new StringBuilder(String.format("dopants for %s at %s °C (%d site/dopant options from %d "
                + "compositions), ranked %s%n", host.id(), temperature, options.size(), scored.size(), ranking.description()));
        sb.append(String.format("%-4s %-8s %-7s %-4s %-6s %-11s %-34s %-15s %-12s %-19s %s%n", "#", "site", "dopant", "q", "x",
                "try x", "composition", "σ (S/cm) ± dec", "support", "mechanism", "refs"));
        for (Map<String, Object> m : out) {
            @SuppressWarnings("unchecked")
            List<Double> range = (List<Double>) m.get("fractionRange");
            Double u = (Double) m.get("log10Uncertainty");
            String rank = m.containsKey("tiedWith") ? "=" + m.get("tiedWith") : String.valueOf(m.get("rank"));
            sb.append(String.format("%-4s %-8s %-7s %-4s %-6s %-11s %-34s %-15s %-12s %-19s %s%n", rank, m.get("site"), m.get("dopant"),
                    m.get("dopantOxidationState"), m.get("fraction"), AnalysisText.num(range.get(0)) + "-" + AnalysisText.num(range.get(1)), m.get("composition"),
                    String.format("%.1e ± %s", Math.pow(10, (Double) m.get("log10Sigma")), u == null ? "?" : String.format("%.1f", u)),
                    m.get("support") + ("plausible".equals(m.get("plausibility")) ? "" : "*"), m.get("mechanism"), m.get("refs") + (((List<?>) m.get("cites")).isEmpty() ? "" : " " + m.get("cites"))));
            if (m.get("note") != null) {
                sb.append("       ").append(m.get("note")).append('\n');
            }
        }
        if (out.stream().anyMatch(m -> !"plausible".equals(m.get("plausibility")))) {
            sb.append("* doubtful or implausible as a substitution (size, charge or state against the site): see its findings\n");
        }
        if (out.stream().anyMatch(m -> m.containsKey("tiedWith"))) {
            sb.append("=n: tied with rank n; nothing in the evidence or the model separates them\n");
        }
        Output.print(sb.toString());
    }
}
