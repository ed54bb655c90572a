package org.nasse.advisor.planning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A named set of targets, the user's own candidate compositions, and how many answers to give. */
public record Scenario(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) Targets targets,
        List<String> candidates,
        Integer top,
        Long seed) {

    public Scenario {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public int topN() {
        return top == null ? 5 : top;
    }

    public long randomSeed() {
        return seed == null ? 42L : seed;
    }
}
