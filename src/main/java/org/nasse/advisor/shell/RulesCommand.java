package org.nasse.advisor.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nasse.advisor.report.AnalysisText;
import org.nasse.advisor.report.Json;
import org.nasse.advisor.rules.RuleBuildException;
import org.nasse.advisor.rules.RuleInfo;
import org.nasse.advisor.rules.RuleLoader;
import org.nasse.advisor.rules.RuleSet;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

@Command(command = "rules", group = "Rules")
public class RulesCommand {
    private final Workbench workbench;

    public RulesCommand(Workbench workbench) {
        this.workbench = workbench;
    }

    @Command(command = "list", description = "The loaded rules with their heuristic and refs. Example: rules list --json")
    public void list(@Option(longNames = "json", arity = OptionArity.ZERO, description = "machine-readable JSON on stdout") boolean json) {
        RuleSet rules = workbench.rules();
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (RuleInfo r : rules.rules()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", r.name());
                m.put("file", r.file());
                m.put("heuristic", r.heuristic());
                m.put("effect", r.effect());
                m.put("refs", r.refs());
                m.put("cites", r.cites());
                m.put("message", r.message());
                out.add(m);
            }
            Output.print(Json.pretty(out));
            return;
        }
        StringBuilder sb = new StringBuilder(String.format("%-36s %-22s %-5s %-20s %s%n", "rule", "file", "heur.", "effect", "refs"));
        for (RuleInfo r : rules.rules()) {
            sb.append(String.format("%-36s %-22s %-5s %-20s %s%n", r.name(), r.file(), r.heuristic(), r.effect(),
                    r.refs().isEmpty() && r.cites().isEmpty() ? "-" : AnalysisText.citation(r.refs(), r.cites()).strip()));
        }
        sb.append(rules.rules().size()).append(" rules from ").append(rules.source().isPackaged()
                ? "the copy packaged in the jar" : rules.source().path()).append('\n');
        Output.print(sb.toString());
    }

    @Command(command = "check", description = "Compile rules/ (or $ADVISOR_RULES_DIR) afresh and report each DRL error "
            + "with file, line and column. Example: rules check")
    public void check() {
        try {
            RuleSet rules = RuleLoader.compile(workbench.rulesDirectory());
            Output.print("rules OK: " + rules.rules().size() + " rules compiled from "
                    + (rules.source().isPackaged() ? "the copy packaged in the jar" : rules.source().path()));
        } catch (RuleBuildException e) {
            throw new BadInputException(e.issues().size() + " rule error(s):\n" + e.getMessage(), BadInputException.EXIT_BAD_KNOWLEDGE);
        }
    }

    @Command(command = "reload", description = "Recompile the rules for this shell session; on errors the last good "
            + "rule set stays in use. Example: rules reload")
    public void reload() {
        try {
            RuleSet rules = workbench.reloadRules();
            Output.print("reloaded " + rules.rules().size() + " rules");
        } catch (RuleBuildException e) {
            throw new BadInputException(e.issues().size() + " rule error(s), keeping the previous rules:\n" + e.getMessage(),
                    BadInputException.EXIT_BAD_KNOWLEDGE);
        }
    }
}
