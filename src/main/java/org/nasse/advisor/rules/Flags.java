package org.nasse.advisor.rules;

/** The verdicts a user scans first: air stability, behaviour against Na metal, oxidation limit (V, NaN unknown). */
public record Flags(String airStability, String naMetal, double oxidationLimitV) {
    public static final Flags UNKNOWN = new Flags("unknown", "unknown", Double.NaN);
}
