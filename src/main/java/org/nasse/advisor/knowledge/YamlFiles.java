package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // top: 2.5 is an error, not 2
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

    /** Reads {@code text} as a tree (for telling one kind of file from another), with the same limits and errors. */
    public static JsonNode readTree(String file, String text) {
        return read(file, text, JsonNode.class);
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
        String first = describe(e);
        String path = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? " (at " + keyPath(m) + ")" : "";
        int line = loc == null ? 0 : loc.getLineNr();
        int column = loc == null ? 0 : loc.getColumnNr();
        return KnowledgeLoadException.at(file, line, column, first + path);
    }

    /**
     * The problem in the file's own terms: which key, what it must hold and what it holds, never
     * Jackson's class names ("Cannot deserialize value of type `java.lang.Double`"). SnakeYAML's syntax
     * messages ("mapping values are not allowed here") are already in those terms.
     */
    static String describe(JsonProcessingException e) {
        String original = e.getOriginalMessage().lines().findFirst().orElse("").trim();
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            if (u.getKnownPropertyIds() != null) {
                u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            }
            Collections.sort(known);
            return "unknown key '" + u.getPropertyName() + "'" + (known.isEmpty() ? "" : "; expected keys: " + String.join(", ", known));
        }
        if (!(e instanceof MismatchedInputException m)) {
            return original;
        }
        Matcher missing = MISSING.matcher(original);
        if (missing.find()) {
            // the keys of the mapping the key is missing from (the path's last step), not of the key's own type
            Object from = m.getPath().isEmpty() ? null : m.getPath().get(m.getPath().size() - 1).getFrom();
            String keys = keysOf(from instanceof Class<?> c ? c : from == null ? null : from.getClass());
            return "missing key '" + missing.group(1) + "'" + (keys.isEmpty() ? "" : "; expected keys: " + keys);
        }
        Class<?> type = m.getTargetType();
        if (type == null) {
            return original;
        }
        Object value = m instanceof InvalidFormatException f ? f.getValue() : null;
        Matcher found = FOUND.matcher(original);
        if (value == null && found.find()) {
            if (found.group(1) != null) {
                value = found.group(1);
            } else {
                String what = switch (found.group(2)) {
                    case "Array" -> "a list";
                    case "Object" -> "a mapping";
                    case "Boolean" -> "true or false";
                    case "String" -> "a text value";
                    default -> "a number";
                };
                return "expected " + kind(type) + ", found " + what;
            }
        }
        if (original.contains("START_ARRAY")) {
            return "expected " + kind(type) + ", found a list";
        }
        if (original.contains("START_OBJECT")) {
            return "expected " + kind(type) + ", found a mapping";
        }
        return "expected " + kind(type) + (value == null ? "" : ", not '" + value + "'");
    }

    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");
    /** The value Jackson could not convert: from String "abc", or from Integer value / from Boolean value. */
    private static final Pattern FOUND = Pattern.compile("from String \"([^\"]*)\"|from (String|Integer|Boolean|Floating-point|Array|Object) value");

    /** What a value of this type is, in a YAML writer's words. */
    static String kind(Class<?> type) {
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || java.math.BigDecimal.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text value";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        String keys = keysOf(type);
        return keys.isEmpty() ? "a mapping" : "a mapping with keys " + keys;
    }

    /** The keys a record is read from, in their order ("" for other types). */
    static String keysOf(Class<?> type) {
        if (type == null || !type.isRecord()) {
            return "";
        }
        List<String> keys = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            JsonProperty p = c.getAnnotation(JsonProperty.class);
            keys.add(p != null && !p.value().isEmpty() ? p.value() : c.getName());
        }
        return String.join(", ", keys);
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
