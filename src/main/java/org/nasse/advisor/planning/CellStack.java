package org.nasse.advisor.planning;

import java.util.List;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * A whole cell, layer by layer: cathode (+ catholyte mixed into it) | separator electrolyte |
 * (anode interlayer) | anode. With its interfaces judged from the evidence, the demonstrated cells
 * closest to it, its energy as far as the data allow, the targets it breaks (hard) and its weighted
 * soft terms (×1000). {@code separatorVariants} are the other compositions of the separator's host that
 * make the same cell architecture, best first (see {@link StackBuilder#onePerArchitecture}).
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
        long electrolyteReward,
        List<String> separatorVariants) {

    public CellStack {
        contacts = List.copyOf(contacts);
        closestCells = List.copyOf(closestCells);
        violations = List.copyOf(violations);
        separatorVariants = List.copyOf(separatorVariants);
    }

    /** The separator's framework: its host, or the composition itself where it has none. */
    public String separatorHost() {
        return electrolyte.host() == null || electrolyte.host().isEmpty() || electrolyte.host().equals("(no host)")
                ? electrolyte.composition() : electrolyte.host();
    }

    /**
     * The physical cell: cathode, catholyte, separator host, anode interlayer, anode. Stacks that differ
     * only in the separator's doping level are one architecture.
     */
    public String architecture() {
        return cathode + (catholyte == null ? "" : " + " + catholyte) + " | " + separatorHost() + " | "
                + (anodeInterlayer == null ? "" : anodeInterlayer + " | ") + anode;
    }

    public CellStack withSeparatorVariants(List<String> variants) {
        return new CellStack(id, cathode, cathodeVoltageV, cathodeNote, catholyte, electrolyte, anodeInterlayer, anode, energy,
                contacts, closestCells, violations, electrolyteTooSlow, energyReward, evidenceReward, noPrecedentPenalty,
                processingPenalty, componentPenalty, electrolyteReward, variants);
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
