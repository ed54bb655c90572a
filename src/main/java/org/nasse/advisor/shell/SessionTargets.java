package org.nasse.advisor.shell;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nasse.advisor.knowledge.KnowledgeLoadException;
import org.nasse.advisor.planning.Scenario;
import org.nasse.advisor.planning.ScenarioFile;
import org.nasse.advisor.planning.Targets;
import org.nasse.advisor.report.Json;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** The targets of this shell session: `recommend` without a file uses them. */
@Command(command = "target", group = "Targets")
public class SessionTargets {
    static final Map<String, String> KEYS = Map.of(
            "temperatureC", "number", "minConductivity", "number", "airStable", "required|preferred|ignore",
            "anode", "Na|Na-Sn|hard-carbon|any", "cathodeVoltageV", "number", "cathode", "a cathode name",
            "maxProcessingTemperatureC", "number", "excludeElements", "comma-separated symbols",
            "families", "comma-separated families", "allowVariableValence", "true|false");

    private final Workbench workbench;
    private Targets targets = Targets.none();
    private String name = "session targets";
    private List<String> candidates = List.of();

    public SessionTargets(Workbench workbench) {
        this.workbench = workbench;
    }

    public synchronized Targets targets() {
        return targets;
    }

    /** Targets were set or loaded in this session (a one-shot run has none). */
    public synchronized boolean hasTargets() {
        return !targets.equals(Targets.none());
    }

    public synchronized Scenario scenario() {
        return new Scenario(name, targets, candidates, null, null);
    }

    @Command(command = "set", description = "Set one target. Example: target set minConductivity 1e-3")
    public void set(@OptionValues(provider = "targetKeys") @Option(longNames = "key", required = true, description = "the target") String key,
                    @OptionValues(provider = "targetValues") @Option(longNames = "value", required = true, description = "its value") String value) {
        if (!KEYS.containsKey(key)) {
            throw new BadInputException("unknown target '" + key + "'; known: " + KEYS.keySet().stream().sorted().toList());
        }
        Object v;
        try {
            v = switch (KEYS.get(key)) {
                case "number" -> Double.valueOf(value);
                case "true|false" -> Boolean.valueOf(value);
                case "comma-separated symbols", "comma-separated families" ->
                        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
                default -> value;
            };
        } catch (NumberFormatException e) {
            throw new BadInputException(key + " needs a number, not '" + value + "'");
        }
        Targets next = targets.with(key, v);
        try {
            ScenarioFile.validateTargets("(session)", next, workbench.knowledge());
        } catch (KnowledgeLoadException e) {
            throw new BadInputException(e.getMessage());
        }
        synchronized (this) {
            targets = next;
        }
        Output.print(key + " = " + value);
    }

    @Command(command = "show", description = "Show the session's targets. Example: target show")
    public void show() {
        Output.print(Json.pretty(Map.of("name", name, "targets", targets, "candidates", candidates)));
    }

    @Command(command = "clear", description = "Forget the session's targets. Example: target clear")
    public synchronized void clear() {
        targets = Targets.none();
        name = "session targets";
        candidates = List.of();
        Output.print("targets cleared");
    }

    @Command(command = "load", description = "Load a scenario file's targets into the session. Example: target load scenarios/air-processable-sulfide.yaml")
    public void load(@OptionValues(provider = "scenarioFiles") @Option(longNames = "file", required = true, description = "scenario YAML") String file) {
        try {
            Scenario s = ScenarioFile.read(Path.of(file), workbench.knowledge());
            if (s.evidence() != null) {
                workbench.sessionEvidence(s.evidence());
            }
            synchronized (this) {
                targets = s.targets();
                name = s.name();
                candidates = s.candidates();
            }
            Output.print("loaded '" + s.name() + "'");
        } catch (KnowledgeLoadException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
