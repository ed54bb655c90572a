package org.nasse.advisor.estimate;

import java.util.List;

/**
 * Where an estimate starts: a measured conductivity at a temperature with an activation energy.
 * {@code source} says which (the host entry, a parent record, or the family).
 */
public record Anchor(double log10Sigma, double temperatureC, double eaEV, boolean eaMeasured, String source,
                     List<Integer> refs, boolean familyLevel) {

    static final double BOLTZMANN_EV = 8.617333262e-5;

    /** Arrhenius for σT: log10 σ(T) = log10 σa + log10(Ta/T) − Ea/(k ln10) (1/T − 1/Ta). */
    public double log10SigmaAt(double temperatureC, double eaEV) {
        double t = temperatureC + 273.15;
        double ta = this.temperatureC + 273.15;
        return log10Sigma + Math.log10(ta / t) - eaEV / (BOLTZMANN_EV * Math.log(10)) * (1 / t - 1 / ta);
    }
}
