package org.nasse.advisor.planning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A named set of targets, the user's own candidate compositions, and how many answers to give; {@code evidence}
 * names a CSV of the lab's own measurements (relative to the scenario's folder, as read: resolved).
 */
public record Scenario(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) Targets targets,
        List<String> candidates,
        Integer top,
        Long seed,
        String evidence) {

    public Scenario {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public Scenario(String name, Targets targets, List<String> candidates, Integer top, Long seed) {
        this(name, targets, candidates, top, seed, null);
    }

    /** The same scenario with its evidence file (a lab's own measurements, CSV) named as read. */
    public Scenario withEvidence(String file) {
        return new Scenario(name, targets, candidates, top, seed, file);
    }

    public int topN() {
        return top == null ? 5 : top;
    }

    public long randomSeed() {
        return seed == null ? 42L : seed;
    }
}
