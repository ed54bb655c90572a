package org.nasse.advisor.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.nasse.advisor.knowledge.YamlFiles;

/**
 * The rows of a {@code score}: compositions given on the command line, then those of {@code --file},
 * read as they are needed. A CSV needs a {@code composition} column; the other columns are carried
 * through; it is streamed, so its size is not limited. YAML ({@code compositions: [...]}) is read whole.
 */
public final class ScoreInput implements Closeable {
    /** YAML inputs are read into memory: bigger ones are refused (a CSV has no limit). */
    public static final long MAX_YAML_BYTES = 256L * 1024 * 1024;

    private final Iterator<ScoreRow> leading;
    private final CsvRows csv;
    private final List<String> header;
    private final int compositionColumn;
    private final List<String> carried;
    private ScoreRow pushedBack;

    private ScoreInput(Iterator<ScoreRow> leading, CsvRows csv, List<String> header, int compositionColumn) {
        this.leading = leading;
        this.csv = csv;
        this.header = header;
        this.compositionColumn = compositionColumn;
        List<String> other = new java.util.ArrayList<>(header);
        if (compositionColumn >= 0) {
            other.remove(compositionColumn);
        }
        this.carried = List.copyOf(other);
    }

    /** The command-line compositions, then the file's rows ({@code file} may be null). */
    public static ScoreInput open(List<String> compositions, Path file) throws IOException {
        List<ScoreRow> given = compositions == null ? List.of() : compositions.stream().map(ScoreRow::of).toList();
        if (file == null) {
            return new ScoreInput(given.iterator(), null, List.of(), -1);
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            if (Files.size(file) > MAX_YAML_BYTES) {
                throw new IOException(file + ": larger than " + MAX_YAML_BYTES / (1024 * 1024) + " MiB (give a CSV instead)");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode root = YamlFiles.readTree(file.toString(), text);
            if (!root.isObject() || !root.has("compositions")) {
                throw new IOException(file + ": not a list of compositions: score --file reads YAML `compositions: [Na3PS4, ...]`"
                        + (root.isObject() ? ", found keys " + fieldNames(root) : ", found " + kind(root))
                        + " (a scenario, with `targets`, is read by score --scenario and recommend)");
            }
            CompositionList list = YamlFiles.read(file.toString(), text, CompositionList.class);
            Iterator<ScoreRow> rows = java.util.stream.Stream.concat(given.stream(),
                    list.compositions().stream().map(ScoreRow::of)).iterator();
            return new ScoreInput(rows, null, List.of(), -1);
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        CsvRows csv = null;
        try {
            csv = CsvRows.open(file.toString(), in);
            String[] first = csv.next();
            if (first == null) {
                throw new CsvTable.CsvException(file + ":1: the file is empty (a header with a 'composition' column is needed)");
            }
            List<String> header = Arrays.stream(first).map(String::trim).toList();
            int col = header.indexOf("composition");
            if (col < 0) {
                throw new IOException(file + ":1: no 'composition' column in the header " + header);
            }
            return new ScoreInput(given.iterator(), csv, header, col);
        } catch (IOException | RuntimeException e) {
            if (csv != null) {
                csv.close();
            } else {
                in.close();
            }
            throw e;
        }
    }

    /** A YAML file holding a scenario (a mapping with `targets`): what score --scenario and recommend read. */
    public static boolean isScenario(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase();
        try {
            if (!(name.endsWith(".yaml") || name.endsWith(".yml")) || !Files.isRegularFile(file) || Files.size(file) > YamlFiles.MAX_BYTES) {
                return false;
            }
            JsonNode root = YamlFiles.readTree(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            return root.isObject() && root.has("targets");
        } catch (IOException | RuntimeException e) {
            return false; // not readable as a scenario: reading it as compositions reports why
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "a list" : node.isMissingNode() || node.isNull() ? "nothing" : "a single value";
    }

    /** The input columns other than {@code composition}, in their order: carried through to the output. */
    public List<String> carriedColumns() {
        return carried;
    }

    /** The next row, or null when there are no more. */
    public ScoreRow next() throws IOException {
        if (pushedBack != null) {
            ScoreRow r = pushedBack;
            pushedBack = null;
            return r;
        }
        if (leading.hasNext()) {
            return leading.next();
        }
        if (csv == null) {
            return null;
        }
        String[] r = csv.next();
        if (r == null) {
            return null;
        }
        String[] other = new String[carried.size()];
        for (int c = 0, k = 0; c < header.size(); c++) {
            if (c != compositionColumn) {
                other[k++] = c < r.length ? r[c] : "";
            }
        }
        String composition = compositionColumn < r.length ? r[compositionColumn].trim() : "";
        return new ScoreRow(composition, new ScoreRow.Columns(carried, other));
    }

    /** Makes {@code row} the next one again (one row at most). */
    public void pushBack(ScoreRow row) {
        pushedBack = row;
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        }
    }

    record CompositionList(@JsonProperty(required = true) List<String> compositions) {
    }
}
