package org.nasse.advisor.shell;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
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
            @Option(longNames = "json", arity = OptionArity.ZERO, description = "one JSON array") boolean json,
            @Option(longNames = "jsonl", arity = OptionArity.ZERO, description = "JSON lines: one object per row") boolean jsonl,
            @Option(longNames = "csv", arity = OptionArity.ZERO, description = "CSV, input columns carried through") boolean csv,
            @Option(longNames = "out", description = "write to this file (atomically, when complete); - for stdout") String out) {
        Temperatures.check(temperature);
        if ((json ? 1 : 0) + (jsonl ? 1 : 0) + (csv ? 1 : 0) > 1) {
            throw new BadInputException("choose one of --json, --jsonl and --csv");
        }
        ScoreWriter.Format format = json ? ScoreWriter.Format.JSON : jsonl ? ScoreWriter.Format.JSONL
                : csv ? ScoreWriter.Format.CSV : ScoreWriter.Format.TEXT;
        boolean toStdout = out == null || out.isBlank() || out.equals("-");
        try (ScoreInput input = ScoreInput.open(formulas == null ? List.of() : formulas, file == null ? null : Path.of(file))) {
            ScoreRow first = input.next();
            if (first == null) {
                throw new BadInputException("nothing to score: give compositions or --file F.csv");
            }
            input.pushBack(first);
            ScoreWriter<?> written;
            try (TerminalProgress progress = TerminalProgress.start("loading rules")) {
                BatchScorer scorer = new BatchScorer(workbench.advisor());
                written = toStdout ? toStdout(scorer, input, temperature, format, progress)
                        : toFile(scorer, input, temperature, format, Path.of(out), progress);
            }
            if (written.failed() > 0 && format == ScoreWriter.Format.TEXT && toStdout) {
                System.err.println(written.failed() + " of " + written.rows() + " rows could not be scored (see their rows)");
            }
        } catch (IOException | CsvTable.CsvException | KnowledgeLoadException e) {
            throw new BadInputException(e.getMessage());
        } catch (WriteFailed e) {
            throw new BadInputException("cannot write " + (toStdout ? "to stdout" : out) + ": " + e.getCause().getMessage());
        }
    }

    private static ScoreWriter<?> toStdout(BatchScorer scorer, ScoreInput input, double temperature, ScoreWriter.Format format,
                                           TerminalProgress progress) throws IOException {
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
        ScoreWriter<?> writer = open(format, stdout, input);
        run(scorer, input, temperature, writer, stdout, progress);
        return writer;
    }

    private static ScoreWriter<?> toFile(BatchScorer scorer, ScoreInput input, double temperature, ScoreWriter.Format format,
                                         Path target, TerminalProgress progress) throws IOException {
        AtomicFile.Pending file;
        try {
            file = AtomicFile.open(target);
        } catch (IOException e) {
            throw new WriteFailed(e);
        }
        try (file) { // not committed (an error, Ctrl-C): the temp file goes, the target is untouched
            ScoreWriter<?> writer = open(format, file.stream(), input);
            run(scorer, input, temperature, writer, file.stream(), progress);
            try {
                file.commit();
            } catch (IOException e) {
                throw new WriteFailed(e);
            }
            return writer;
        }
    }

    private static ScoreWriter<?> open(ScoreWriter.Format format, OutputStream out, ScoreInput input) {
        try {
            return ScoreWriter.of(format, out, input.carriedColumns());
        } catch (IOException e) {
            throw new WriteFailed(e);
        }
    }

    /** Reads, scores on every core and writes; read errors come out as IOException, write errors as WriteFailed. */
    private static <R> void run(BatchScorer scorer, ScoreInput input, double temperature, ScoreWriter<R> writer,
                                OutputStream out, TerminalProgress progress) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        scorer.stream(input, temperature, threads, writer::render, chunk -> {
            try {
                writer.write(chunk);
            } catch (IOException e) {
                throw new WriteFailed(e);
            }
        }, progress);
        try {
            writer.finish();
            out.flush();
        } catch (IOException e) {
            throw new WriteFailed(e);
        }
    }

    /** The output could not be written (disk full, stdout closed): not the input's fault. */
    private static final class WriteFailed extends RuntimeException {
        WriteFailed(IOException cause) {
            super(cause);
        }
    }
}
