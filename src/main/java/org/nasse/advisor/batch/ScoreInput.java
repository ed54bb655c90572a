package org.nasse.advisor.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nasse.advisor.knowledge.YamlFiles;

/** Reads the rows of a `score --file`: a CSV with a `composition` column, or YAML `compositions: [...]`. */
public final class ScoreInput {
    /** Bigger inputs are refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private ScoreInput() {
    }

    public static List<String> carriedColumns(CsvTable table) {
        return table.header().stream().filter(h -> !h.equals("composition")).toList();
    }

    public static Result read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException(file + ": larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
        }
        String name = file.getFileName().toString().toLowerCase();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            CompositionList list = YamlFiles.read(file.toString(), text, CompositionList.class);
            return new Result(list.compositions().stream().map(ScoreRow::of).toList(), List.of());
        }
        CsvTable table = CsvTable.parse(file.toString(), text);
        int col = table.header().indexOf("composition");
        if (col < 0) {
            throw new IOException(file + ":1: no 'composition' column in the header " + table.header());
        }
        List<String> carried = carriedColumns(table);
        List<ScoreRow> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> r = table.rows().get(i);
            Map<String, String> other = new LinkedHashMap<>();
            for (int c = 0; c < table.header().size(); c++) {
                if (c != col) {
                    other.put(table.header().get(c), c < r.size() ? r.get(c) : "");
                }
            }
            String composition = col < r.size() ? r.get(col).trim() : "";
            rows.add(new ScoreRow(composition, other));
        }
        return new Result(rows, carried);
    }

    public record Result(List<ScoreRow> rows, List<String> carriedColumns) {
    }

    record CompositionList(@JsonProperty(required = true) List<String> compositions) {
    }
}
