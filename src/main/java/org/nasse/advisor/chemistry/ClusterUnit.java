package org.nasse.advisor.chemistry;

import java.util.List;
import java.util.Map;

/**
 * A polyatomic ion the review treats as one unit ([BH4]⁻, [B12H12]²⁻ ...), or a neutral adduct
 * molecule (H2O). Charged units are recognised written as a group, Na2(B12H12), or plainly, Na2B12H12.
 */
public record ClusterUnit(String name, Map<String, Integer> composition, int charge, List<Integer> refs,
                          List<String> cites) implements java.io.Serializable {
    public ClusterUnit {
        composition = Map.copyOf(composition);
        refs = refs == null ? List.of() : List.copyOf(refs);
        cites = cites == null ? List.of() : List.copyOf(cites);
    }

    /** A charged unit containing hydrogen: a borohydride, closo/nido-borate or amide anion. */
    public boolean isHydrideAnion() {
        return charge < 0 && composition.containsKey("H");
    }

    public boolean isNeutral() {
        return charge == 0;
    }
}
