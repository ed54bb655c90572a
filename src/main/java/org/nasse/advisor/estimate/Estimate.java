package org.nasse.advisor.estimate;

import java.util.List;

/**
 * log10 σ at a temperature with an uncertainty in decades, and how it was reached: the basis
 * ({@code reported} when the knowledge base reports the composition at that temperature, else
 * {@code model} from its host's parent, else {@code family} from its nearest reported neighbours),
 * the anchor, the Ea used, each term's contribution with the finding it comes from, and notes.
 */
public record Estimate(double temperatureC, double log10Sigma, double log10Uncertainty, double eaEV, String basis,
                       Anchor anchor, List<Contribution> contributions, List<String> notes, boolean upperBound) {

    public static final String REPORTED = "reported";
    public static final String MODEL = "model";
    public static final String FAMILY = "family";

    public double sigmaSPerCm() {
        return Math.pow(10, log10Sigma);
    }

    /** The decades the terms add to the anchor. */
    public double delta() {
        return contributions.stream().mapToDouble(Contribution::decades).sum();
    }

    public boolean reported() {
        return REPORTED.equals(basis);
    }
}
