package org.nasse.advisor.planning;

import java.util.List;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * A whole cell, layer by layer: cathode (+ catholyte mixed into it) | separator electrolyte |
 * (anode interlayer) | anode. With its interfaces judged from the evidence, the demonstrated cells
 * closest to it, its energy as far as the data allow, the targets it breaks (hard) and its weighted
 * soft terms (×1000).
 */
public record CellStack(
        int id,
        String cathode,
        double cathodeVoltageV,
        String cathodeNote,
        String catholyte,
        ScoredCandidate electrolyte,
        String anodeInterlayer,
        String anode,
        StackEnergy energy,
        List<Contact> contacts,
        List<ClosestCell> closestCells,
        List<String> violations,
        boolean electrolyteTooSlow,
        long energyReward,
        long evidenceReward,
        long noPrecedentPenalty,
        long processingPenalty,
        long componentPenalty,
        long electrolyteReward) {

    public CellStack {
        contacts = List.copyOf(contacts);
        closestCells = List.copyOf(closestCells);
        violations = List.copyOf(violations);
    }

    public String pairKey() {
        return cathode + "|" + electrolyte.composition();
    }

    public long softAlone() {
        return energyReward + evidenceReward - noPrecedentPenalty - processingPenalty - componentPenalty + electrolyteReward;
    }

    /** Contacts the review shows or states to fail. */
    public long incompatibleContacts() {
        return contacts.stream().filter(c -> c.status() == Contact.Status.INCOMPATIBLE).count();
    }

    /** Targets a layer breaks (excluded element, family, processing, air), each a line in {@link #violations}. */
    public long targetBreaks() {
        return violations.size() - incompatibleContacts() - (electrolyteTooSlow ? 1 : 0);
    }

    public int hardViolations() {
        return violations.size();
    }

    /** The stack's score on its own, as StackConstraints gives it: each violation one hard point. */
    public HardSoftLongScore alone() {
        return HardSoftLongScore.of(-hardViolations(), softAlone());
    }

    public List<Contact> withoutPrecedent() {
        return contacts.stream().filter(c -> c.status() == Contact.Status.NO_PRECEDENT).toList();
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
        return cathode + (catholyte == null ? "" : " + " + catholyte) + " | " + electrolyte.composition() + " | "
                + (anodeInterlayer == null ? "" : anodeInterlayer + " | ") + anode;
    }
}
