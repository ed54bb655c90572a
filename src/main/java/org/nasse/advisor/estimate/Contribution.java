package org.nasse.advisor.estimate;

/**
 * What one term adds to an estimate, and where it comes from: the heuristic and the rule finding it
 * was read from, the raw value (a vacancy fraction, a site-weighted radius change), the value as the
 * model weighs it, the coefficient, and the result in decades. {@code note} says when the term is
 * capped at the optimum or held at zero.
 */
public record Contribution(String term, String heuristic, String finding, double value, double weighted,
                           double coefficient, double decades, String note) {
}
