package org.nasse.advisor.chemistry;

import java.util.Arrays;
import java.util.Optional;

/** Electrolyte families of the review (§2.2), with the spelling used in knowledge/ and JSON. */
public enum Family {
    SULFIDE("sulfide"),
    NASICON("nasicon"),
    HALIDE("halide"),
    COMPLEX_HYDRIDE("complex-hydride"),
    ANTI_PEROVSKITE("anti-perovskite"),
    LAYERED_OXIDE("layered-oxide"),
    BETA_ALUMINA("beta-alumina"),
    OXIDE("oxide"),
    UNKNOWN("unknown");

    private final String label;

    Family(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Family> fromLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
