package org.nasse.advisor.estimate;

import java.util.List;
import java.util.Map;

/**
 * log10 σ at a temperature with an uncertainty in decades, and how it was reached: the anchor,
 * the Ea used, each feature's contribution, and notes on where the model is on thin ice.
 */
public record Estimate(double temperatureC, double log10Sigma, double log10Uncertainty, double eaEV, Anchor anchor,
                       Map<String, Double> contributions, List<String> notes, boolean upperBound) {

    public double sigmaSPerCm() {
        return Math.pow(10, log10Sigma);
    }
}
