package org.nasse.advisor.rules;

import java.util.List;

/**
 * The best reported level of a dopant on a host site, from the knowledge base's records: W on the
 * Sb site of Na3SbS4 at 0.12 (3.2×10⁻² S/cm) [116]. {@code points} is how many records the series has.
 */
public record DopantOptimum(String host, String site, String dopant, double bestFraction, double sigmaSPerCm,
                            double temperatureC, String composition, List<Integer> refs, List<String> cites, int points) {

    /** "[116]" for the review, "(hayashi2019)" for a paper outside it, for messages. */
    public String citation() {
        return (refs.isEmpty() ? "" : refs.toString()) + (cites.isEmpty() ? "" : (refs.isEmpty() ? "" : " ") + "(" + String.join(", ", cites) + ")");
    }
}
