package org.nasse.advisor.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nasse.advisor.batch.BatchScorer;
import org.nasse.advisor.batch.CsvTable;
import org.nasse.advisor.batch.ScoreInput;
import org.nasse.advisor.batch.ScoreRow;
import org.nasse.advisor.batch.ScoredRow;
import org.nasse.advisor.knowledge.KnowledgeLoadException;
import org.nasse.advisor.report.ScoreReport;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

@Command
public class ScoreCommand {
    private final Workbench workbench;

    public ScoreCommand(Workbench workbench) {
        this.workbench = workbench;
    }

    @Command(command = "score", description = "Score many compositions, one row each. "
            + "Example: score Na3PS4 Na2.88Sb0.88W0.12S4 --json, or score --file candidates.csv --csv --out scored.csv")
    public void score(
            @OptionValues(provider = "formulas") @Option(longNames = "formulas", arityMin = 0, arityMax = Integer.MAX_VALUE,
                    description = "compositions to score") List<String> formulas,
            @OptionValues(provider = "tableFiles") @Option(longNames = "file", description = "a CSV with a 'composition' column, or YAML 'compositions: [...]'")
            String file,
            @Option(longNames = "temperature", defaultValue = "25", description = "°C for the conductivity estimates") double temperature,
            @Option(longNames = "json", description = "JSON array on stdout") boolean json,
            @Option(longNames = "csv", description = "CSV on stdout, input columns carried through") boolean csv,
            @Option(longNames = "out", description = "write to this file (atomically) instead of stdout") String out) {
        Temperatures.check(temperature);
        if (json && csv) {
            throw new BadInputException("choose one of --json and --csv");
        }
        List<ScoreRow> rows = new ArrayList<>();
        List<String> carried = List.of();
        if (formulas != null) {
            formulas.forEach(f -> rows.add(ScoreRow.of(f)));
        }
        if (file != null) {
            try {
                ScoreInput.Result input = ScoreInput.read(Path.of(file));
                rows.addAll(input.rows());
                carried = input.carriedColumns();
            } catch (IOException | CsvTable.CsvException | KnowledgeLoadException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        if (rows.isEmpty()) {
            throw new BadInputException("nothing to score: give compositions or --file F.csv");
        }
        List<ScoredRow> scored;
        try (TerminalProgress progress = TerminalProgress.start("loading rules")) {
            scored = new BatchScorer(workbench.advisor()).score(rows, temperature, progress);
        }
        String text = json ? ScoreReport.json(scored) : csv ? ScoreReport.csv(scored, carried) : ScoreReport.text(scored);
        Output.emit(text, out);
        long bad = scored.stream().filter(ScoredRow::failed).count();
        if (bad > 0 && !json && !csv && out == null) {
            System.err.println(bad + " of " + scored.size() + " rows could not be scored (see their rows)");
        }
    }
}
