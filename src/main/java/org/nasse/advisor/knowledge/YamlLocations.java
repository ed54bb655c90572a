package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Line and column of every key and value in a YAML file, by JSON pointer (/hosts/3/formula), so a
 * problem found after mapping (a formula that does not balance) can still be reported as
 * file:line:column. Built only when an error needs locating.
 */
final class YamlLocations {
    private final Map<String, JsonLocation> byPointer = new HashMap<>();

    private YamlLocations() {
    }

    static YamlLocations index(String text) {
        YamlLocations index = new YamlLocations();
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (t == JsonToken.FIELD_NAME) {
                    continue; // locate values, which sit on the key's line
                }
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    pointer = p.getParsingContext().getParent() == null ? ""
                            : p.getParsingContext().getParent().pathAsPointer().toString();
                }
                index.byPointer.putIfAbsent(pointer, p.currentTokenLocation());
            }
        } catch (IOException e) {
            // the file already mapped once; an index failure only costs the location
        }
        return index;
    }

    /** The location of the pointer, or of its nearest located ancestor. */
    JsonLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation loc = byPointer.get(p);
            if (loc != null || p.isEmpty()) {
                return loc;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }
}
