package org.nasse.advisor.shell;

import org.nasse.advisor.advice.Assessment;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.estimate.Estimate;
import org.nasse.advisor.report.AnalysisJson;
import org.nasse.advisor.report.AnalysisText;
import org.nasse.advisor.report.Json;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;


@Command
public class AnalyzeCommand {
    /** Exit status of a composition that parses but does not balance. */
    static final int EXIT_NOT_BALANCED = 4;

    private final Workbench workbench;

    public AnalyzeCommand(Workbench workbench) {
        this.workbench = workbench;
    }

    @Command(command = "analyze", description = "Explain one composition. Example: analyze Na2.88Sb0.88W0.12S4 --json")
    public void analyze(
            @OptionValues(provider = "formulas") @Option(longNames = "formula", required = true, description = "the composition, e.g. Na3.4Sc0.4Zr1.6Si2PO12")
            String formula,
            @Option(longNames = "temperature", defaultValue = "25", description = "°C for the conductivity estimate") double temperature,
            @Option(longNames = "json", arity = OptionArity.ZERO, description = "machine-readable JSON on stdout") boolean json,
            @OptionValues(provider = "tableFiles") @Option(longNames = "evidence", description = "CSV of your own measurements "
                    + "(composition, sigma_S_per_cm, temperature_C[, ea_eV, form, sample, note]): used as evidence, in memory") String evidence,
            @Option(longNames = "measured", defaultValue = Estimate.OF_TOTAL, description = "what the estimate is of: total (a dense pellet, "
                    + "grain boundaries included) or grain (bulk or single crystal)") String measured) {
        Temperatures.check(temperature);
        boolean grain = switch (measured) {
            case Estimate.OF_TOTAL -> false;
            case Estimate.OF_GRAIN, "bulk", "single-crystal" -> true;
            default -> throw new BadInputException("--measured " + measured + " is not one of: total (a dense pellet), "
                    + "grain (bulk or single crystal)");
        };
        try (Workbench.EvidenceScope scope = workbench.useEvidence(evidence)) {
            analyze(formula, temperature, json, grain);
        }
    }

    private void analyze(String formula, double temperature, boolean json, boolean grain) {
        Assessment a;
        try {
            a = workbench.advisor().assess(formula, temperature, grain);
        } catch (FormulaSyntaxException e) {
            throw new BadInputException(e.getMessage());
        }
        Output.print(json ? Json.pretty(AnalysisJson.of(a)) : AnalysisText.of(a));
        if (!a.analysis().chargeBalanced()) {
            throw new BadInputException(a.analysis().problem(), EXIT_NOT_BALANCED);
        }
    }
}
