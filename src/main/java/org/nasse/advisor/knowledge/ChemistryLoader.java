package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.chemistry.Chemistry;
import org.nasse.advisor.chemistry.ClusterUnit;
import org.nasse.advisor.chemistry.ClusterUnits;
import org.nasse.advisor.chemistry.PeriodicTable;

/** Loads the element data (elements/*.csv) and cluster units (clusters.yaml) of a knowledge directory. */
public final class ChemistryLoader {
    static final String ELEMENTS = "elements/elements.csv";
    static final String RADII = "elements/shannon_radii.csv";
    static final String OCCURRENCE = "elements/oxidation_state_occurrence.csv";
    public static final String CLUSTERS = "clusters.yaml";

    private ChemistryLoader() {
    }

    public static Chemistry load(SourceDirectory dir) {
        PeriodicTable table;
        try (Reader e = dir.open(ELEMENTS); Reader r = dir.open(RADII); Reader o = dir.open(OCCURRENCE)) {
            table = PeriodicTable.read(e, r, o);
        } catch (IOException | RuntimeException ex) {
            throw KnowledgeLoadException.at(dir.describe(ELEMENTS) + " / " + RADII + " / " + OCCURRENCE, 0, 0,
                    String.valueOf(ex.getMessage()));
        }
        String file = dir.describe(CLUSTERS);
        ClusterFile clusters;
        try {
            clusters = YamlFiles.read(file, dir.read(CLUSTERS), ClusterFile.class);
        } catch (IOException ex) {
            throw KnowledgeLoadException.at(file, 0, 0, ex.getMessage());
        }
        List<ClusterUnit> units = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < clusters.clusters().size(); i++) {
            ClusterEntry c = clusters.clusters().get(i);
            String where = "clusters[" + i + "]";
            if (!names.add(c.name())) {
                throw KnowledgeLoadException.at(file, 0, 0, "duplicate cluster name '" + c.name() + "' (at " + where + ")");
            }
            if (!c.name().matches("[A-Z][A-Za-z0-9]*\\d[A-Za-z0-9]*") || c.name().matches("[A-Z][a-z]?")) {
                throw KnowledgeLoadException.at(file, 0, 0, "cluster name '" + c.name()
                        + "' must contain a digit so it cannot be read as an element (at " + where + ".name)");
            }
            for (var e : c.composition().entrySet()) {
                if (table.element(e.getKey()).isEmpty() || e.getValue() <= 0) {
                    throw KnowledgeLoadException.at(file, 0, 0, "bad composition entry " + e.getKey() + ": "
                            + e.getValue() + " (at " + where + ".composition)");
                }
            }
            units.add(new ClusterUnit(c.name(), c.composition(), c.charge(), c.refs(), c.cites()));
        }
        return new Chemistry(table, new ClusterUnits(units));
    }

    record ClusterFile(@JsonProperty(required = true) List<ClusterEntry> clusters) {
    }

    record ClusterEntry(@JsonProperty(required = true) String name,
                        @JsonProperty(required = true) Map<String, Integer> composition,
                        @JsonProperty(required = true) Integer charge,
                        List<Integer> refs,
                        List<String> cites,
                        String note) {
    }
}
