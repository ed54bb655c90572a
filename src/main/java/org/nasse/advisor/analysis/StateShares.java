package org.nasse.advisor.analysis;

import org.nasse.advisor.chemistry.PeriodicTable;

/**
 * How often an element is found in a state among its ICSD compounds of the same sign (cations among
 * cations): Pb⁴⁺ is 9 % of lead's cationic occurrences, Pb²⁺ 91 %. From the occurrence counts of
 * knowledge/elements/oxidation_state_occurrence.csv (pymatgen's icsd_bv.yaml).
 */
public final class StateShares {
    private StateShares() {
    }

    public static SubstitutionJudge.StateShare of(PeriodicTable table) {
        return (element, q) -> Double.NaN; // wired to the occurrence counts once they load
    }
}
