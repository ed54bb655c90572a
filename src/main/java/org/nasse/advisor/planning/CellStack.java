package org.nasse.advisor.planning;

import java.util.List;

/**
 * A whole cell: cathode, optional catholyte, electrolyte, optional anode interlayer, anode; with
 * its verdicts against the scenario (hard) and weighted soft terms (×1000). Energy is per kg of
 * cathode active material (capacity × voltage): a stack-level figure would need the electrolyte's
 * density, which the review does not give.
 */
public record CellStack(
        int id,
        String cathode,
        double cathodeVoltageV,
        double capacityMAhPerG,
        String catholyte,
        ScoredCandidate electrolyte,
        String anodeInterlayer,
        String anode,
        double energyWhPerKg,
        List<String> evidenceCells,
        List<Integer> evidenceRefs,
        boolean oxidationUncovered,
        boolean anodeUnstable,
        boolean electrolyteTooSlow,
        long energyReward,
        long evidenceReward,
        long processingPenalty,
        long componentPenalty,
        long electrolyteReward,
        long unknownLimitPenalty) {

    public String pairKey() {
        return cathode + "|" + electrolyte.composition();
    }

    public long softAlone() {
        return energyReward + evidenceReward - processingPenalty - componentPenalty + electrolyteReward - unknownLimitPenalty;
    }

    public int hardViolations() {
        return (oxidationUncovered ? 1 : 0) + (anodeUnstable ? 1 : 0) + (electrolyteTooSlow ? 1 : 0);
    }

    /** Identity is the id: the solver hashes facts constantly, and a record's hash would walk the whole assessment. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CellStack other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(id);
    }

    @Override
    public String toString() {
        return cathode + (catholyte == null ? "" : "+" + catholyte) + " | " + electrolyte.composition() + " | "
                + (anodeInterlayer == null ? "" : anodeInterlayer + " | ") + anode;
    }
}
