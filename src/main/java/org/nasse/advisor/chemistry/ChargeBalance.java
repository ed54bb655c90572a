package org.nasse.advisor.chemistry;

import java.util.Map;

/**
 * An oxidation-state assignment. When no assignment is neutral, {@code oxidationStates} is the one
 * closest to neutral among common states and {@code residualCharge} says by how much it misses
 * (positive: too few anions or too many cations).
 */
public record ChargeBalance(boolean balanced, Map<String, Integer> oxidationStates, double residualCharge) {
    public ChargeBalance {
        oxidationStates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(oxidationStates));
    }

    public int stateOf(String constituent) {
        Integer s = oxidationStates.get(constituent);
        if (s == null) {
            throw new IllegalArgumentException("no oxidation state for " + constituent);
        }
        return s;
    }
}
