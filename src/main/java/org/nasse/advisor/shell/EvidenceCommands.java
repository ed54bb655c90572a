package org.nasse.advisor.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nasse.advisor.knowledge.LiteratureRecord;
import org.nasse.advisor.report.Json;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/**
 * The shell session's evidence: a CSV of the lab's own measurements that every command then stands on, as
 * {@code --evidence F.csv} does for one command. Held in memory; never written into knowledge/.
 */
@Command(command = "evidence", group = "Evidence")
public class EvidenceCommands {
    private final Workbench workbench;

    public EvidenceCommands(Workbench workbench) {
        this.workbench = workbench;
    }

    @Command(command = "load", description = "Use a CSV of your own measurements (composition, sigma_S_per_cm, temperature_C"
            + "[, ea_eV, form, sample, note]) for the rest of the session. Example: evidence load scenarios/lab-results.csv")
    public void load(@OptionValues(provider = "tableFiles") @Option(longNames = "file", required = true, description = "evidence CSV") String file) {
        workbench.sessionEvidence(file);
        int n = workbench.evidenceAdvisor(file).userRows().size();
        Output.print("loaded " + n + " row" + (n == 1 ? "" : "s") + " of your data from " + file
                + " (in memory: estimates, the model and the planner now stand on them too)");
    }

    @Command(command = "show", description = "The session's evidence rows. Example: evidence show")
    public void show() {
        String file = workbench.sessionEvidence();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file);
        List<LiteratureRecord> rows = file == null ? List.of() : workbench.evidenceAdvisor(file).userRows();
        out.put("rows", rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("composition", r.composition());
            m.put("sigmaSPerCm", r.sigmaSPerCm());
            m.put("temperatureC", r.temperatureC());
            m.put("eaEV", r.eaEV());
            m.put("measured", r.measured());
            m.put("source", r.source());
            m.put("note", r.note());
            if (r.quote() != null) {
                m.put("sample", r.quote());
            }
            return m;
        }).toList());
        Output.print(Json.pretty(out));
    }

    @Command(command = "clear", description = "Stop using your evidence file in this session. Example: evidence clear")
    public void clear() {
        workbench.sessionEvidence(null);
        Output.print("evidence cleared: the knowledge base alone");
    }
}
