package org.nasse.advisor.calibration;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.nasse.advisor.estimate.ConductivityModel;
import org.nasse.advisor.knowledge.CacheDirectory;
import org.nasse.advisor.knowledge.KnowledgeLoadException;
import org.nasse.advisor.knowledge.SerializedFile;
import org.nasse.advisor.knowledge.SourceDirectory;
import org.nasse.advisor.knowledge.YamlFiles;
import org.nasse.advisor.report.AtomicFile;

/** Reads and writes knowledge/conductivity-model.yaml. */
public final class ModelFile {
    public static final String NAME = "conductivity-model.yaml";
    /** Made only by `calibrate`: every other command only reads the file. */
    private static final class Writer {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    }

    private ModelFile() {
    }

    public static Optional<ConductivityModel> read(SourceDirectory dir) {
        return read(dir, CacheDirectory.get());
    }

    /** The same, with the binary copy kept in {@code cacheDir}. */
    static Optional<ConductivityModel> read(SourceDirectory dir, Path cacheDir) {
        if (!dir.exists(NAME)) {
            return Optional.empty();
        }
        try {
            String text = dir.read(NAME);
            Path cached = cacheFile(cacheDir, text);
            Optional<ConductivityModel> fromCache = SerializedFile.read(cached, ConductivityModel.class);
            if (fromCache.isPresent()) {
                return fromCache;
            }
            ConductivityModel model = YamlFiles.read(dir.describe(NAME), text, Wrapper.class).model();
            SerializedFile.write(cached, model);
            return Optional.of(model);
        } catch (IOException e) {
            throw KnowledgeLoadException.at(dir.describe(NAME), 0, 0, e.getMessage());
        }
    }

    /**
     * The model as read before, in binary beside the knowledge cache: parsing the YAML costs a one-shot
     * command's start 60-100 ms of YAML machinery it needs for nothing else. Keyed by the file's text, the
     * advisor's version and the model's classes.
     */
    private static Path cacheFile(Path cacheDir, String text) {
        return cacheDir.resolve("model-" + CacheDirectory.key(List.of(ConductivityModel.class, ModelFile.class), List.of(text))
                + ".bin");
    }

    public static void write(Path file, ConductivityModel model) throws IOException {
        String header = """
                # The conductivity model's coefficients, written by `advisor calibrate` (do not edit by hand:
                # run it again). Fitted on the records of knowledge/records.yaml and literature-records.yaml that state a
                # temperature; see README "Conductivity estimate" for the model and the features.
                """;
        try {
            AtomicFile.write(file, header + Writer.MAPPER.writeValueAsString(new Wrapper(model)));
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
    }

    record Wrapper(@JsonProperty(required = true) ConductivityModel model) {
    }
}
