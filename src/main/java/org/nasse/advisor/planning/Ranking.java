package org.nasse.advisor.planning;

/**
 * Which end of an estimate the planner ranks by. By default the cautious one, log10 σ − u (the
 * 16th percentile of a normal error): a guess far from the evidence, with its wide u, cannot outrank a
 * doping the literature has shown. {@code --explore} ranks by the optimistic end, log10 σ + u, and lets
 * implausible substitutions in, for a researcher who wants to know what might be worth a first try.
 */
public enum Ranking {
    CAUTIOUS("cautious: lower bound, log10 σ − u"),
    EXPLORATORY("exploratory: upper bound, log10 σ + u, implausible substitutions included");

    private final String description;

    Ranking(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean exploratory() {
        return this == EXPLORATORY;
    }

    /** The figure ranked by: the estimate's end towards the chosen side. */
    public double figure(org.nasse.advisor.estimate.Estimate e) {
        return this == CAUTIOUS ? e.lowerBoundLog10() : e.upperBoundLog10();
    }

    public static Ranking of(boolean explore) {
        return explore ? EXPLORATORY : CAUTIOUS;
    }
}
