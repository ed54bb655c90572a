package org.nasse.advisor.chemistry;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cluster anions and adduct molecules the parser recognises when written as a group. */
public final class ClusterUnits {
    /** Water of hydration, the one neutral adduct the review writes (Na3SbS4·9H2O). */
    public static final String WATER = "H2O";

    private final Map<String, ClusterUnit> byName = new LinkedHashMap<>();
    private final Map<Map<String, Integer>, ClusterUnit> byComposition = new HashMap<>();

    public ClusterUnits(Collection<ClusterUnit> units) {
        for (ClusterUnit u : units) {
            byName.put(u.name(), u);
            byComposition.put(u.composition(), u);
        }
    }

    public Optional<ClusterUnit> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The unit whose composition is exactly this one, if any. */
    public Optional<ClusterUnit> matching(Map<String, Integer> composition) {
        return Optional.ofNullable(byComposition.get(composition));
    }

    public List<ClusterUnit> all() {
        return List.copyOf(byName.values());
    }
}
