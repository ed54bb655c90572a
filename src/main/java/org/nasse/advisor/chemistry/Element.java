package org.nasse.advisor.chemistry;

import java.util.List;

/**
 * One element as pymatgen's periodic table describes it (knowledge/elements/elements.csv).
 * {@code commonOxidationStates} are pymatgen's short list of usual states, {@code icsdOxidationStates}
 * those observed in the ICSD; {@code oxidationStates} is every known state.
 */
public record Element(
        String symbol,
        int atomicNumber,
        String name,
        double atomicMass,
        Double electronegativity,
        List<Integer> commonOxidationStates,
        List<Integer> icsdOxidationStates,
        List<Integer> oxidationStates) {

    public Element {
        commonOxidationStates = List.copyOf(commonOxidationStates);
        icsdOxidationStates = List.copyOf(icsdOxidationStates);
        oxidationStates = List.copyOf(oxidationStates);
    }

    public boolean hasElectronegativity() {
        return electronegativity != null;
    }
}
