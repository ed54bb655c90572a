package org.nasse.advisor.estimate;

import java.util.List;

/**
 * log10 σ at a temperature with an uncertainty in decades, and how it was reached: the basis
 * ({@code reported} when the knowledge base reports the composition at that temperature, else
 * {@code model} from its host's parent, else {@code family} from its nearest reported neighbours),
 * the anchor, the Ea used, each term's contribution with the finding it comes from, and notes.
 * {@code upperBound}: a pellet's total asked for, only grains' values to stand on; {@code lowerBound}: a grain's
 * asked for, only pellets' totals to stand on. {@code log10Uncertainty} is the symmetric u; {@code downwardUncertainty} the part of it below the estimate
 * (smaller only where a gain was held at the family's best report).
 */
public record Estimate(double temperatureC, double log10Sigma, double log10Uncertainty, double downwardUncertainty,
                       double eaEV, String basis,
                       Anchor anchor, List<Contribution> contributions, List<String> notes, boolean upperBound,
                       boolean lowerBound, String of, String support, java.util.Map<String, Double> uncertaintyParts, Ceiling ceiling) {

    public static final String REPORTED = "reported";
    /** What an estimate is of ({@code of}): a dense pellet's total conductivity, the default. */
    public static final String OF_TOTAL = "total";
    /** ... or a grain's (bulk or single crystal), when asked. */
    public static final String OF_GRAIN = "grain";
    public static final String MODEL = "model";
    public static final String FAMILY = "family";

    /** The composition itself is reported. */
    public static final String SUPPORT_REPORTED = "reported";
    /** Its host is measured and every dopant has been seen on such a site in the family. */
    public static final String SUPPORTED = "supported";
    /** Anything further from the evidence: an unmeasured host, a dopant new to the family, an implausible substitution. */
    public static final String EXPLORATORY = "exploratory";

    /**
     * The best report of the composition's family at the temperature, which a modelled gain may not
     * carry the estimate above: {@code capped} when it would have, with the uncapped value.
     */
    public record Ceiling(double log10Sigma, String composition, List<Integer> refs, List<String> cites, boolean capped,
                          double uncappedLog10Sigma) {
    }

    public Estimate {
        uncertaintyParts = uncertaintyParts == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(uncertaintyParts));
    }

    /**
     * The cautious end, log10 σ − u↓: what the planner ranks by unless asked to explore. u↓ is u except where a
     * gain was held at the family's best report: the reach back up to the uncapped value ({@code aboveEvidence})
     * widens the estimate upwards only, and the doubt about the gain's size reaches down only as far as the gain
     * was kept, so a larger modelled gain never makes the cautious end lower.
     */
    public double lowerBoundLog10() {
        return log10Sigma - downwardUncertainty;
    }

    /** The optimistic end, log10 σ + u: what {@code --explore} ranks by. */
    public double upperBoundLog10() {
        return log10Sigma + log10Uncertainty;
    }

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
