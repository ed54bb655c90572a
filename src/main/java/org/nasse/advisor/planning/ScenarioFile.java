package org.nasse.advisor.planning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.nasse.advisor.chemistry.Family;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.KnowledgeLoadException;
import org.nasse.advisor.knowledge.YamlFiles;

/**
 * Reads a scenario: strict YAML (unknown or duplicate keys, deep nesting, files over 1 MB are
 * refused before they cost memory), then the values are checked against the knowledge base.
 * Errors name the file, line and column, and the key.
 */
public final class ScenarioFile {
    private ScenarioFile() {
    }

    public static Scenario read(Path file, KnowledgeBase kb) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw KnowledgeLoadException.at(name, 0, 0, "no such file");
            }
            if (Files.size(file) > YamlFiles.MAX_BYTES) {
                throw KnowledgeLoadException.at(name, 0, 0, "file is larger than " + YamlFiles.MAX_BYTES / 1024 + " KiB");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Scenario s = YamlFiles.read(name, text, Scenario.class);
            validate(name, text, s, kb);
            if (s.evidence() != null) {
                check(name, text, !s.evidence().isBlank(), "evidence", "is empty: name a CSV of your measurements");
                Path beside = file.toAbsolutePath().getParent() == null ? Path.of(s.evidence())
                        : file.getParent() == null ? Path.of(s.evidence()) : file.getParent().resolve(s.evidence());
                Path chosen = Files.isRegularFile(beside) ? beside : Path.of(s.evidence());
                check(name, text, Files.isRegularFile(chosen), "evidence", "'" + s.evidence()
                        + "': no such file (beside the scenario or in the working directory)");
                s = s.withEvidence(chosen.toString());
            }
            return s;
        } catch (IOException e) {
            throw KnowledgeLoadException.at(name, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /** The target checks alone, for targets set one by one in the shell. */
    public static void validateTargets(String source, Targets t, KnowledgeBase kb) {
        validate(source, "", new Scenario(source, t, null, null, null), kb);
    }

    static void validate(String file, String text, Scenario s, KnowledgeBase kb) {
        Targets t = s.targets();
        check(file, text, t.temperatureC() == null || (t.temperatureC() >= -100 && t.temperatureC() <= 1000),
                "targets.temperatureC", "must be between -100 and 1000 °C");
        check(file, text, t.minConductivity() == null || (t.minConductivity() > 0 && t.minConductivity() <= 10),
                "targets.minConductivity", "must be a conductivity in S/cm (0 < σ ≤ 10)");
        check(file, text, t.airStable() == null || Targets.AIR.contains(t.airStable()), "targets.airStable",
                "must be one of " + Targets.AIR);
        check(file, text, t.anode() == null || Targets.ANODES.contains(t.anode()), "targets.anode", "must be one of " + Targets.ANODES);
        check(file, text, t.cathodeVoltageV() == null || (t.cathodeVoltageV() > 0 && t.cathodeVoltageV() < 10),
                "targets.cathodeVoltageV", "must be a voltage vs Na+/Na (0-10 V)");
        check(file, text, t.cathode() == null || kb.cathodes().stream().anyMatch(c -> c.name().equals(t.cathode())),
                "targets.cathode", "'" + t.cathode() + "' is not a cathode of the knowledge base (see `knowledge cathodes`)");
        check(file, text, t.maxProcessingTemperatureC() == null || t.maxProcessingTemperatureC() > 0, "targets.maxProcessingTemperatureC",
                "must be positive");
        Set<String> symbols = kb.chemistry().table().symbols();
        for (String e : t.excludeElements()) {
            check(file, text, symbols.contains(e), "targets.excludeElements", "'" + e + "' is not an element symbol");
        }
        for (String f : t.families()) {
            check(file, text, Family.fromLabel(f).isPresent(), "targets.families", "'" + f + "' is not a family");
        }
        for (String w : t.weights().keySet()) {
            check(file, text, CompositionConstraints.SOFT_WEIGHTS.containsKey(w) || StackConstraints.SOFT_WEIGHTS.containsKey(w),
                    "targets.weights", "unknown weight '" + w + "' (known: " + CompositionConstraints.SOFT_WEIGHTS.keySet()
                            + ", " + StackConstraints.SOFT_WEIGHTS.keySet() + ")");
        }
        check(file, text, s.top() == null || (s.top() >= 1 && s.top() <= 50), "top", "must be between 1 and 50");
        for (String c : s.candidates()) {
            check(file, text, c != null && !c.isBlank(), "candidates", "empty candidate");
        }
    }

    private static void check(String file, String text, boolean ok, String key, String problem) {
        if (!ok) {
            throw YamlFiles.at(file, text, "/" + key.replace('.', '/'), key + " " + problem);
        }
    }
}
