package org.nasse.advisor.batch;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nasse.advisor.report.Json;

/**
 * {@code score} output written as chunks of rows arrive, in input order, so nothing but the current
 * chunk is held: CSV (jackson-dataformat-csv), one JSON array, JSON lines, or the text table.
 * {@link #render} runs on the worker that scored the chunk (it turns assessments into text or cells,
 * the costly part); {@link #write} and {@link #finish} on the one thread that owns the stream.
 */
public abstract class ScoreWriter<R> {
    /** Strict quoting: a value is quoted only when it holds a comma, a quote or a line break, as before. */
    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private long rows;
    private long failed;

    /** A chunk turned into output rows, with how many of them carry an error. */
    public record Chunk<R>(List<R> rows, int failed) {
    }

    public enum Format { TEXT, CSV, JSON, JSONL }

    public static ScoreWriter<?> of(Format format, OutputStream out, List<String> carriedColumns) throws IOException {
        return of(format, out, ScoreLayout.plain(carriedColumns));
    }

    /** A writer of rows under {@code layout}; an unknown field is an IllegalArgumentException naming the accepted ones. */
    public static ScoreWriter<?> of(Format format, OutputStream out, ScoreLayout layout) throws IOException {
        List<String> fields = layout.chosen(format);
        return switch (format) {
            case CSV -> new CsvOut(out, layout, fields);
            case JSON -> new JsonArrayOut(out, layout, fields);
            case JSONL -> new JsonLinesOut(out, layout, fields);
            case TEXT -> new TextOut(out, layout);
        };
    }

    /** One row rendered (thread-safe): for the rows --top keeps. */
    public final R renderOne(ScoredRow row) {
        return renderRow(row);
    }

    /** Thread-safe: called on the worker threads. */
    public final Chunk<R> render(List<ScoredRow> chunk) {
        List<R> out = new ArrayList<>(chunk.size());
        int bad = 0;
        for (ScoredRow r : chunk) {
            out.add(renderRow(r));
            if (r.failed()) {
                bad++;
            }
        }
        return new Chunk<>(out, bad);
    }

    public final void write(Chunk<R> chunk) throws IOException {
        rows += chunk.rows().size();
        failed += chunk.failed();
        writeRows(chunk.rows());
    }

    /** Writes what closes the output (the array's bracket) and flushes; the stream stays open. */
    public abstract void finish() throws IOException;

    public long rows() {
        return rows;
    }

    /** Rows that could not be scored, or are not charge balanced. */
    public long failed() {
        return failed;
    }

    protected abstract R renderRow(ScoredRow row);

    protected abstract void writeRows(List<R> rows) throws IOException;

    /** The header, then one record per row; input columns carried through after the advisor's. */
    private static final class CsvOut extends ScoreWriter<String[]> {
        private final CsvGenerator csv;
        private final ScoreLayout layout;
        /** Indices of the chosen columns among all, or null for all. */
        private final int[] pick;

        CsvOut(OutputStream out, ScoreLayout layout, List<String> fields) throws IOException {
            this.csv = CSV.createGenerator(out);
            this.layout = layout;
            List<String> all = layout.allCsvColumns();
            this.pick = fields == null ? null : fields.stream().mapToInt(all::indexOf).toArray();
            record((fields == null ? all : fields).toArray(String[]::new));
        }

        @Override
        protected String[] renderRow(ScoredRow row) {
            String[] cells = ScoreReport.csvCells(row, layout);
            if (pick == null) {
                return cells;
            }
            String[] chosen = new String[pick.length];
            for (int i = 0; i < pick.length; i++) {
                chosen[i] = cells[pick[i]];
            }
            return chosen;
        }

        @Override
        protected void writeRows(List<String[]> rows) throws IOException {
            for (String[] r : rows) {
                record(r);
            }
        }

        private void record(String[] cells) throws IOException {
            csv.writeStartArray();
            for (String c : cells) {
                if (c.indexOf('\r') >= 0 && c.indexOf('\n') < 0) {
                    // the strict check quotes line feeds but not a lone carriage return; quote it as RFC 4180 says
                    csv.writeRawValue('"' + c.replace("\"", "\"\"") + '"');
                } else {
                    csv.writeString(c);
                }
            }
            csv.writeEndArray();
        }

        @Override
        public void finish() throws IOException {
            csv.flush();
        }
    }

    /**
     * One array, as {@code Json.pretty} prints a list: {@code [ {...}, {...} ]}, each object pretty-printed
     * on its worker; the array's own separators are written here.
     */
    private static final class JsonArrayOut extends ScoreWriter<String> {
        private final Writer out;
        private final ScoreLayout layout;
        private final List<String> fields;
        private boolean first = true;

        JsonArrayOut(OutputStream out, ScoreLayout layout, List<String> fields) {
            this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            this.layout = layout;
            this.fields = fields;
        }

        @Override
        protected String renderRow(ScoredRow row) {
            return Json.pretty(ScoreReport.select(ScoreReport.jsonObject(row, layout, false), fields));
        }

        @Override
        protected void writeRows(List<String> rows) throws IOException {
            for (String r : rows) {
                out.write(first ? "[ " : ", ");
                out.write(r);
                first = false;
            }
        }

        @Override
        public void finish() throws IOException {
            out.write(first ? "[ ]\n" : " ]\n");
            out.flush();
        }
    }

    /** One compact JSON object per line. */
    private static final class JsonLinesOut extends ScoreWriter<String> {
        private final Writer out;
        private final ScoreLayout layout;
        private final List<String> fields;

        JsonLinesOut(OutputStream out, ScoreLayout layout, List<String> fields) {
            this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            this.layout = layout;
            this.fields = fields;
        }

        /** One line per row: findings as rule ids and refs unless --explain (the full text is kilobytes a row). */
        @Override
        protected String renderRow(ScoredRow row) {
            return Json.compact(ScoreReport.select(ScoreReport.jsonObject(row, layout, !layout.explain()), fields));
        }

        @Override
        protected void writeRows(List<String> rows) throws IOException {
            for (String r : rows) {
                out.write(r);
                out.write('\n');
            }
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }

    /** The table for people; the composition column is as wide as the first chunk needs (11 to 48). */
    private static final class TextOut extends ScoreWriter<String[]> {
        private final Writer out;
        private final ScoreLayout layout;
        private int width;

        TextOut(OutputStream out, ScoreLayout layout) {
            this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            this.layout = layout;
        }

        @Override
        protected String[] renderRow(ScoredRow row) {
            return layout.scenario() ? ScoreReport.textCells(row, layout.rank()) : ScoreReport.textCells(row);
        }

        @Override
        protected void writeRows(List<String[]> rows) throws IOException {
            if (width == 0) {
                int w = ScoreReport.MIN_WIDTH;
                for (String[] r : rows) {
                    w = Math.max(w, r[0].length());
                }
                width = Math.min(w, ScoreReport.MAX_WIDTH);
                out.write(layout.scenario()
                        ? ScoreReport.scenarioTextLine(width, layout.rank(), "composition", "host", "σ (S/cm) ± dec.", "margin", "meets", "rank",
                                "breaks / verdicts")
                        : ScoreReport.textLine(width, "composition", "family", "host", "σ (S/cm) ± dec.", "flags / error"));
            }
            for (String[] r : rows) {
                out.write(layout.scenario() ? ScoreReport.scenarioTextLine(width, layout.rank(), r) : ScoreReport.textLine(width, r));
            }
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }
}
