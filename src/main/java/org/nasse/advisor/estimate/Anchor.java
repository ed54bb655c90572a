package org.nasse.advisor.estimate;

import java.util.List;
import org.nasse.advisor.knowledge.LiteratureRecord;

/**
 * Where an estimate starts ({@code measured}: what its reports are of, "total" for a pellet's total
 * conductivity): a conductivity at a temperature with an activation energy, and what it
 * is: the composition's own reports, its host's parent reports, a parent derived from the host's
 * doped records, or the nearest reported compositions of its family.
 */
public record Anchor(double log10Sigma, double temperatureC, double eaEV, boolean eaMeasured, String source,
                     List<Integer> refs, List<String> cites, Kind kind, String measured, double borrowedReach) {

    static final double BOLTZMANN_EV = 8.617333262e-5;

    /** What the anchor rests on, best first. */
    public enum Kind {
        REPORTED, OWN_REPORT, PARENT, DERIVED_PARENT, NEIGHBOURS;

        public boolean familyLevel() {
            return this == NEIGHBOURS;
        }
    }

    public Anchor {
        refs = List.copyOf(refs);
        cites = List.copyOf(cites);
    }

    /** An anchor whose reports were not brought along an Arrhenius line of a borrowed Ea to reach it. */
    public Anchor(double log10Sigma, double temperatureC, double eaEV, boolean eaMeasured, String source,
                  List<Integer> refs, List<String> cites, Kind kind, String measured) {
        this(log10Sigma, temperatureC, eaEV, eaMeasured, source, refs, cites, kind, measured, 0);
    }

    public boolean familyLevel() {
        return kind.familyLevel();
    }

    /** Whether the anchor is a pellet's total conductivity, as estimates are; else it rests on single crystals or bulk values. */
    public boolean total() {
        return LiteratureRecord.TOTAL.equals(measured);
    }

    /** Arrhenius for σT: log10 σ(T) = log10 σa + log10(Ta/T) − Ea/(k ln10) (1/T − 1/Ta). */
    public double log10SigmaAt(double temperatureC, double eaEV) {
        return shift(log10Sigma, this.temperatureC, temperatureC, eaEV);
    }

    /** Decades per eV of Ea between two temperatures on an Arrhenius line: |1/T − 1/Ta| / (k ln 10). */
    static double reach(double fromC, double toC) {
        return Math.abs(1 / (toC + 273.15) - 1 / (fromC + 273.15)) / (BOLTZMANN_EV * Math.log(10));
    }

    /** The Ea of the σT Arrhenius line through two reports (the inverse of {@link #shift}). */
    static double slope(double log10SigmaA, double aC, double log10SigmaB, double bC) {
        double ta = aC + 273.15;
        double tb = bC + 273.15;
        return (log10SigmaA + Math.log10(ta) - log10SigmaB - Math.log10(tb)) * BOLTZMANN_EV * Math.log(10) / (1 / tb - 1 / ta);
    }

    static double shift(double log10Sigma, double fromC, double toC, double eaEV) {
        double t = toC + 273.15;
        double ta = fromC + 273.15;
        return log10Sigma + Math.log10(ta / t) - eaEV / (BOLTZMANN_EV * Math.log(10)) * (1 / t - 1 / ta);
    }
}
