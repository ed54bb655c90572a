package org.nasse.advisor.shell;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.batch.ScenarioJudge;
import org.nasse.advisor.batch.ScoreLayout;
import org.nasse.advisor.batch.TopRows;
import org.nasse.advisor.planning.Recommender;
import org.nasse.advisor.planning.Scenario;
import org.nasse.advisor.planning.ScenarioFile;
import org.nasse.advisor.planning.ScoredCandidate;
import org.nasse.advisor.report.AnalysisText;
import org.nasse.advisor.batch.BatchScorer;
import org.nasse.advisor.batch.CsvTable;
import org.nasse.advisor.batch.ScoreInput;
import org.nasse.advisor.batch.ScoreRow;
import org.nasse.advisor.knowledge.KnowledgeLoadException;
import org.nasse.advisor.report.AtomicFile;
import org.nasse.advisor.batch.ScoreWriter;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/**
 * {@code score}: rows are read, scored in chunks on every core and written as they go, so memory stays
 * flat whatever the size of the input; output order is input order. With {@code --out F} the file
 * appears only when complete; {@code --out -} (or no {@code --out}) streams to stdout.
 */
@Command
public class ScoreCommand {
    /** --top holds its rows in memory, rendered: a shortlist, not a copy of the input. */
    static final int MAX_TOP = 100_000;

    private final Workbench workbench;
    private final SessionTargets session;

    public ScoreCommand(Workbench workbench, SessionTargets session) {
        this.workbench = workbench;
        this.session = session;
    }

    @Command(command = "score", description = "Score many compositions, one row each; with a scenario, judge each row "
            + "against its targets. Example: score Na3PS4 Na2.88Sb0.88W0.12S4 --json, "
            + "or score --file candidates.csv --scenario scenarios/na-metal-polyanion.yaml --top 100 --csv --out best.csv")
    public void score(
            @OptionValues(provider = "formulas") @Option(longNames = "formulas", arityMin = 0, arityMax = Integer.MAX_VALUE,
                    description = "compositions to score") List<String> formulas,
            @OptionValues(provider = "tableFiles") @Option(longNames = "file", description = "a CSV with a 'composition' column, or YAML 'compositions: [...]'")
            String file,
            @OptionValues(provider = "scenarioFiles") @Option(longNames = "scenario", description = "judge each row against this scenario's "
                    + "targets, at its temperature (without --file or compositions: its candidates)") String scenarioFile,
            @Option(longNames = "temperature", description = "°C for the conductivity estimates (default 25; a scenario sets its own)") Double temperature,
            @Option(longNames = "top", description = "keep only the K best rows that meet the scenario's targets, best first") Integer top,
            @Option(longNames = "fields", description = "the columns (CSV) or keys (JSON) to write, comma-separated") String fields,
            @Option(longNames = "rank", arity = OptionArity.ZERO, description = "each row's rank among the planner's candidates for the scenario") boolean rank,
            @Option(longNames = "explain", arity = OptionArity.ZERO, description = "JSON lines with the findings' full text") boolean explain,
            @Option(longNames = "json", arity = OptionArity.ZERO, description = "one JSON array") boolean json,
            @Option(longNames = "jsonl", arity = OptionArity.ZERO, description = "JSON lines: one object per row") boolean jsonl,
            @Option(longNames = "csv", arity = OptionArity.ZERO, description = "CSV, input columns carried through") boolean csv,
            @Option(longNames = "out", description = "write to this file (atomically, when complete); - for stdout") String out,
            @OptionValues(provider = "tableFiles") @Option(longNames = "evidence", description = "CSV of your own measurements "
                    + "(composition, sigma_S_per_cm, temperature_C[, ea_eV, form, sample, note]): used as evidence, in memory") String evidence) {
        if (temperature != null) {
            Temperatures.check(temperature);
        }
        if ((json ? 1 : 0) + (jsonl ? 1 : 0) + (csv ? 1 : 0) > 1) {
            throw new BadInputException("choose one of --json, --jsonl and --csv");
        }
        ScoreWriter.Format format = json ? ScoreWriter.Format.JSON : jsonl ? ScoreWriter.Format.JSONL
                : csv ? ScoreWriter.Format.CSV : ScoreWriter.Format.TEXT;
        if (explain && format != ScoreWriter.Format.JSONL) {
            throw new BadInputException("--explain adds the findings' full text to --jsonl rows (--json always has it)");
        }
        if (top != null && (top < 1 || top > MAX_TOP)) {
            throw new BadInputException("--top " + top + " is out of range: it keeps 1 to " + MAX_TOP + " rows");
        }
        Path rowsFile = file == null ? null : Path.of(file);
        if (rowsFile != null && ScoreInput.isScenario(rowsFile)) {
            if (scenarioFile != null) {
                throw new BadInputException(file + " is a scenario (it has targets): score reads scenarios with --scenario; "
                        + "--file takes a CSV with a 'composition' column or YAML 'compositions: [...]'");
            }
            scenarioFile = file; // score --file scenario.yaml scores its candidates against its targets
            rowsFile = null;
        }
        Scenario scenario = scenario(scenarioFile);
        try (Workbench.EvidenceScope scope = workbench.useEvidence(evidence != null ? evidence
                : scenario != null ? scenario.evidence() : null)) {
            score(formulas, rowsFile, scenario, temperature, top, fields, rank, explain, format, out);
        }
    }

    private void score(List<String> formulas, Path rowsFile, Scenario scenario, Double temperature, Integer top, String fields,
                       boolean rank, boolean explain, ScoreWriter.Format format, String out) {
        if (scenario != null && temperature != null) {
            throw new BadInputException("--temperature: rows are judged at the scenario's temperature ("
                    + AnalysisText.num(scenario.targets().temperature()) + " °C, targets.temperatureC); change it there");
        }
        if (scenario == null && (top != null || rank)) {
            throw new BadInputException((top != null ? "--top keeps the best rows that meet the targets" : "--rank ranks rows among the planner's candidates")
                    + ": give --scenario F.yaml (or, in the shell, set targets with `target`)");
        }
        double t = scenario != null ? scenario.targets().temperature() : temperature != null ? temperature : 25;
        List<String> given = formulas == null ? List.of() : formulas;
        if (given.isEmpty() && rowsFile == null && scenario != null) {
            given = scenario.candidates();
        }
        List<String> chosen = fields == null ? null : Arrays.stream(fields.split(",")).map(String::trim).filter(f -> !f.isEmpty()).toList();
        boolean toStdout = out == null || out.isBlank() || out.equals("-");
        try (ScoreInput input = ScoreInput.open(given, rowsFile)) {
            ScoreLayout layout = new ScoreLayout(input.carriedColumns(), scenario != null, rank, chosen, explain);
            try {
                layout.chosen(format); // before anything is written
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            ScoreRow first = input.next();
            if (first == null) {
                throw new BadInputException(scenario != null && scenario.candidates().isEmpty() && given.isEmpty() && rowsFile == null
                        ? "nothing to score: the scenario has no candidates; give compositions or --file F.csv"
                        : "nothing to score: give compositions or --file F.csv");
            }
            input.pushBack(first);
            Run run;
            try (TerminalProgress progress = TerminalProgress.start("loading rules")) {
                BatchScorer scorer = new BatchScorer(workbench.advisor());
                if (scenario != null) {
                    scorer = scorer.judging(judge(scenario, rank, progress));
                }
                run = new Run(scorer, input, t, format, layout, top, progress);
                if (toStdout) {
                    run.toStdout();
                } else {
                    run.toFile(Path.of(out));
                }
            }
            if (run.failed > 0 && format == ScoreWriter.Format.TEXT && toStdout) {
                System.err.println(run.failed + " of " + run.rows + " rows could not be scored (see their rows)");
            }
        } catch (IOException | CsvTable.CsvException | KnowledgeLoadException e) {
            throw new BadInputException(e.getMessage());
        } catch (WriteFailed e) {
            throw new BadInputException("cannot write " + (toStdout ? "to stdout" : out) + ": " + e.getCause().getMessage());
        }
    }

    /** The scenario of --scenario, else the shell session's targets when set, else none. */
    private Scenario scenario(String file) {
        if (file != null) {
            try {
                return ScenarioFile.read(Path.of(file), workbench.knowledge());
            } catch (KnowledgeLoadException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        return session.hasTargets() ? session.scenario() : null;
    }

    /** The planner's own judgement; with --rank, over the candidates `recommend` would choose from. */
    private ScenarioJudge judge(Scenario scenario, boolean rank, TerminalProgress progress) {
        Advisor advisor = workbench.advisor();
        ScenarioJudge judge = ScenarioJudge.of(advisor, scenario.targets());
        if (!rank) {
            return judge;
        }
        List<ScoredCandidate> pool = new Recommender(advisor)
                .pool(scenario, judge.scorer(), new ArrayList<>(), progress);
        return judge.rankedAmong(pool);
    }

    /** One score run: where the rows go and how many were written. */
    private static final class Run {
        private final BatchScorer scorer;
        private final ScoreInput input;
        private final double temperature;
        private final ScoreWriter.Format format;
        private final ScoreLayout layout;
        private final Integer top;
        private final TerminalProgress progress;
        long rows;
        long failed;

        Run(BatchScorer scorer, ScoreInput input, double temperature, ScoreWriter.Format format, ScoreLayout layout, Integer top,
            TerminalProgress progress) {
            this.scorer = scorer;
            this.input = input;
            this.temperature = temperature;
            this.format = format;
            this.layout = layout;
            this.top = top;
            this.progress = progress;
        }

        void toStdout() throws IOException {
            System.out.flush();
            // System.out flushes at every write: buffer in front of it, and stop when the reader has gone
            OutputStream stdout = new BufferedOutputStream(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    System.out.write(b, off, len);
                    if (System.out.checkError()) {
                        throw new IOException("stdout is closed");
                    }
                }
            }, 1 << 16);
            write(stdout);
        }

        void toFile(Path target) throws IOException {
            AtomicFile.Pending file;
            try {
                file = AtomicFile.open(target);
            } catch (IOException e) {
                throw new WriteFailed(e);
            }
            try (file) { // not committed (an error, Ctrl-C): the temp file goes, the target is untouched
                write(file.stream());
                try {
                    file.commit();
                } catch (IOException e) {
                    throw new WriteFailed(e);
                }
            }
        }

        private void write(OutputStream out) throws IOException {
            ScoreWriter<?> writer;
            try {
                writer = ScoreWriter.of(format, out, layout);
            } catch (IOException e) {
                throw new WriteFailed(e);
            }
            write(writer, out);
        }

        /** Reads, scores on every core and writes; read errors come out as IOException, write errors as WriteFailed. */
        private <R> void write(ScoreWriter<R> writer, OutputStream out) throws IOException {
            int threads = Runtime.getRuntime().availableProcessors();
            if (top == null) {
                scorer.stream(input, temperature, threads, writer::render, chunk -> {
                    try {
                        writer.write(chunk);
                    } catch (IOException e) {
                        throw new WriteFailed(e);
                    }
                }, progress);
                rows = writer.rows();
                failed = writer.failed();
            } else {
                TopRows<R> best = new TopRows<>(top);
                scorer.stream(input, temperature, threads, chunk -> best.keep(chunk, writer), best::offer, progress);
                try {
                    writer.write(new ScoreWriter.Chunk<>(best.best(), 0));
                } catch (IOException e) {
                    throw new WriteFailed(e);
                }
                rows = best.rows();
                failed = best.failed();
            }
            try {
                writer.finish();
                out.flush();
            } catch (IOException e) {
                throw new WriteFailed(e);
            }
        }
    }

    /** The output could not be written (disk full, stdout closed): not the input's fault. */
    private static final class WriteFailed extends RuntimeException {
        WriteFailed(IOException cause) {
            super(cause);
        }
    }
}
