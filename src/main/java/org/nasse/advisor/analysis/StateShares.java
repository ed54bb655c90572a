package org.nasse.advisor.analysis;

import java.util.Map;
import org.nasse.advisor.chemistry.Element;
import org.nasse.advisor.chemistry.PeriodicTable;

/**
 * How often an element is found in a state among its ICSD compounds of the same sign (cations among
 * cations): Pb⁴⁺ is 9 % of lead's cationic occurrences, Pb²⁺ 91 %. From the occurrence counts of
 * knowledge/elements/oxidation_state_occurrence.csv (pymatgen's icsd_bv.yaml); NaN for an element
 * without counts.
 */
public final class StateShares {
    private StateShares() {
    }

    public static SubstitutionJudge.StateShare of(PeriodicTable table) {
        return (element, q) -> table.element(element).map(e -> share(e, q)).orElse(Double.NaN);
    }

    static double share(Element e, int q) {
        Map<Integer, Integer> counts = e.stateOccurrence();
        if (counts.isEmpty() || q == 0) {
            return Double.NaN;
        }
        double same = 0;
        for (var c : counts.entrySet()) {
            if (Integer.signum(c.getKey()) == Integer.signum(q)) {
                same += c.getValue();
            }
        }
        return same == 0 ? Double.NaN : counts.getOrDefault(q, 0) / same;
    }
}
