package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Strict YAML reading for knowledge and scenario files: unknown keys, duplicate keys, deep nesting
 * and oversized files are errors, reported as file:line:column with the key path (../shared/STACK.md §5).
 */
public final class YamlFiles {
    /** Files larger than this are refused before parsing (hostile or accidental). */
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_NESTING = 40;

    private static final ObjectMapper MAPPER = build();

    private YamlFiles() {
    }

    private static ObjectMapper build() {
        LoaderOptions lo = new LoaderOptions();
        lo.setCodePointLimit(MAX_BYTES * 2);
        lo.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(lo)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_BYTES).build())
                .build();
        return YAMLMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .build();
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads {@code text} (named {@code file} in errors) as {@code type}. */
    public static <T> T read(String file, String text, Class<T> type) {
        if (text.length() > MAX_BYTES) {
            throw KnowledgeLoadException.at(file, 0, 0,
                    "file is larger than " + MAX_BYTES / 1024 + " KiB (" + text.length() / 1024 + " KiB)");
        }
        try (Reader r = new StringReader(text)) {
            T value = MAPPER.readValue(r, type);
            if (value == null) {
                throw KnowledgeLoadException.at(file, 1, 1, "the file is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw located(file, text, e);
        } catch (IOException e) {
            throw KnowledgeLoadException.at(file, 0, 0, e.getMessage());
        }
    }

    /** A problem found after reading, located at the JSON pointer's key (/targets/airStable). */
    public static KnowledgeLoadException at(String file, String text, String pointer, String problem) {
        JsonLocation loc = YamlLocations.index(text).locate(pointer);
        String key = pointer.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.');
        return KnowledgeLoadException.at(file, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                problem + " (at " + key + ")");
    }

    static KnowledgeLoadException located(String file, String text, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            // Jackson places record-mapping errors at the end of the mapping; the key itself is more useful
            JsonLocation key = YamlLocations.index(text).locate(pointer(m));
            if (key != null) {
                loc = key;
            }
        }
        String first = e.getOriginalMessage().lines().findFirst().orElse("").trim();
        if (e instanceof UnrecognizedPropertyException u) {
            first = "unknown key '" + u.getPropertyName() + "'";
        }
        String path = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? " (at " + keyPath(m) + ")" : "";
        int line = loc == null ? 0 : loc.getLineNr();
        int column = loc == null ? 0 : loc.getColumnNr();
        return KnowledgeLoadException.at(file, line, column, first + path);
    }

    private static String pointer(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : m.getPath()) {
            sb.append('/').append(ref.getIndex() >= 0 ? String.valueOf(ref.getIndex()) : ref.getFieldName());
        }
        return sb.toString();
    }

    /** hosts[3].sites[0].element rather than Jackson's class-qualified reference. */
    static String keyPath(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : m.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            }
        }
        return sb.toString();
    }
}
