package org.nasse.advisor.chemistry;

import java.util.List;
import java.util.Map;

/**
 * One element as pymatgen's periodic table describes it (knowledge/elements/elements.csv).
 * {@code commonOxidationStates} are pymatgen's short list of usual states, {@code icsdOxidationStates}
 * those observed in the ICSD; {@code oxidationStates} is every known state. {@code stateOccurrence}
 * counts how often each state occurs in ICSD structures (oxidation_state_occurrence.csv, pymatgen's
 * prior for oxidation states); empty where pymatgen has no counts for the element (Pt, Au ...).
 */
public record Element(
        String symbol,
        int atomicNumber,
        String name,
        double atomicMass,
        Double electronegativity,
        List<Integer> commonOxidationStates,
        List<Integer> icsdOxidationStates,
        List<Integer> oxidationStates,
        Map<Integer, Integer> stateOccurrence) implements java.io.Serializable {

    public Element {
        commonOxidationStates = List.copyOf(commonOxidationStates);
        icsdOxidationStates = List.copyOf(icsdOxidationStates);
        oxidationStates = List.copyOf(oxidationStates);
        stateOccurrence = Map.copyOf(stateOccurrence);
    }

    public boolean hasElectronegativity() {
        return electronegativity != null;
    }

    /**
     * ln of the share of this element's ICSD occurrences that are in {@code state} (state 0 counts in
     * the total, as in pymatgen's table); −∞ for a state never counted. Without counts for the element
     * every state scores 0: no preference. (Loading checks that every common and ICSD state of an
     * element with counts has one, so the charge balancer never meets −∞.)
     */
    public double logStateShare(int state) {
        if (stateOccurrence.isEmpty()) {
            return 0.0;
        }
        double total = 0;
        for (int n : stateOccurrence.values()) {
            total += n;
        }
        Integer n = stateOccurrence.get(state);
        return n == null ? Double.NEGATIVE_INFINITY : Math.log(n / total);
    }
}
