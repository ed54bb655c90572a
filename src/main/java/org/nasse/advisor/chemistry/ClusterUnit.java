package org.nasse.advisor.chemistry;

import java.util.List;
import java.util.Map;

/**
 * A polyatomic ion the review treats as one unit ([BH4]⁻, [B12H12]²⁻ ...), or a neutral adduct
 * molecule (H2O). Recognised in a formula only when written as a group: Na2(B12H12).
 */
public record ClusterUnit(String name, Map<String, Integer> composition, int charge, List<Integer> refs) {
    public ClusterUnit {
        composition = Map.copyOf(composition);
        refs = refs == null ? List.of() : List.copyOf(refs);
    }

    public boolean isNeutral() {
        return charge == 0;
    }
}
