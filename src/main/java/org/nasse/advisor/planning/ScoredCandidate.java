package org.nasse.advisor.planning;

import java.util.List;
import org.nasse.advisor.advice.Assessment;

/**
 * A candidate with what the advisor says about it, judged against one scenario's targets: the
 * planner's problem fact. Hard verdicts are booleans; soft terms are already weighted (×1000).
 */
public record ScoredCandidate(
        int id,
        Candidate candidate,
        Assessment assessment,
        String host,
        String family,
        double log10Sigma,
        double log10Uncertainty,
        String airStability,
        String naMetal,
        double oxidationLimitV,
        double processingC,
        List<String> excludedPresent,
        boolean chargeBalanced,
        List<Integer> evidenceRefs,
        List<String> evidenceCites,
        // hard verdicts
        boolean belowFloor,
        boolean airRequiredButUnstable,
        boolean processedTooHot,
        // soft terms, weighted
        long marginReward,
        long airReward,
        long naMetalReward,
        long dopantPenalty,
        long evidenceReward,
        long likelihoodReward,
        long cathodeWindowPenalty,
        // reported | supported | exploratory, and the figure ranked by (the ranking's end of the estimate)
        String support,
        double rankLog10) {

    public String composition() {
        return candidate.composition();
    }

    public boolean hasExcludedElement() {
        return !excludedPresent.isEmpty();
    }

    /** The soft total of this candidate alone: for ranking the chosen ones. */
    public long softAlone() {
        return marginReward + airReward + naMetalReward - dopantPenalty + evidenceReward + likelihoodReward - cathodeWindowPenalty;
    }

    public int hardViolations() {
        return (belowFloor ? 1 : 0) + (airRequiredButUnstable ? 1 : 0) + (processedTooHot ? 1 : 0)
                + (hasExcludedElement() ? 1 : 0) + (chargeBalanced ? 0 : 1);
    }

    /** No hard target broken. */
    public boolean meetsTargets() {
        return hardViolations() == 0;
    }

    /**
     * The hard targets broken, by the names of CompositionConstraints' constraints, in their order there:
     * what `recommend` lists as violations (ScenarioScoreTest holds the two to the same names).
     */
    public List<String> breaks() {
        if (meetsTargets()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>(2);
        if (belowFloor) {
            out.add("Conductivity below the target");
        }
        if (airRequiredButUnstable) {
            out.add("Air stability required");
        }
        if (processedTooHot) {
            out.add("Processing above the temperature limit");
        }
        if (hasExcludedElement()) {
            out.add("Excluded element");
        }
        if (!chargeBalanced) {
            out.add("Not charge balanced");
        }
        return out;
    }

    /** Identity is the id: the solver hashes facts constantly, and a record's hash would walk the whole assessment. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ScoredCandidate other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(id);
    }

    @Override
    public String toString() {
        return candidate.composition();
    }
}
