package org.nasse.advisor.chemistry;

import java.util.Map;
import java.util.Set;

/**
 * Guesses the family from the anion chemistry, the way a chemist glances at a formula:
 * Na3OX with X a monovalent anion is an anti-perovskite; hydride clusters make a complex hydride;
 * only halide anions make a halide; S/Se/Te anions a sulfide; oxides split into β-alumina
 * (Al-rich), NASICON (≈3 P/Si/Ge per 12 O) and layered oxides.
 */
public final class FamilyGuess {
    private static final Set<String> HYDRIDE_UNITS = Set.of("BH4", "NH2", "B12H12", "B10H10", "CB11H12", "CB9H10");
    private static final Set<String> HALOGENS = Set.of("F", "Cl", "Br", "I");
    private static final Set<String> CHALCOGENS = Set.of("S", "Se", "Te");

    private FamilyGuess() {
    }

    public static Family of(Formula formula, ChargeBalance balance) {
        Map<String, Integer> states = balance.oxidationStates();
        double na = formula.amount("Na");
        double halide = 0;
        double monovalentAnions = 0;
        double chalcogenide = 0;
        double oxide = 0;
        double otherAnions = 0;
        double cationsBesidesNa = 0;
        boolean hydride = false;
        for (var e : formula.amounts().entrySet()) {
            String key = e.getKey();
            double amount = e.getValue().doubleValue();
            Integer state = states.get(key);
            if (key.equals(ClusterUnits.WATER)) {
                continue;
            }
            if (HYDRIDE_UNITS.contains(key) || (key.equals("H") && state != null && state < 0)) {
                hydride = true;
            }
            if (state == null) {
                continue;
            }
            if (state < 0) {
                if (HALOGENS.contains(key)) {
                    halide += amount;
                } else if (CHALCOGENS.contains(key)) {
                    chalcogenide += amount;
                } else if (key.equals("O")) {
                    oxide += amount;
                } else {
                    otherAnions += amount;
                }
                if (state == -1) {
                    monovalentAnions += amount;
                }
            } else if (!key.equals("Na")) {
                cationsBesidesNa += amount;
            }
        }
        double divalentChalcogen = oxide + chalcogenide;
        if (divalentChalcogen > 0.7 && divalentChalcogen < 1.3 && monovalentAnions > 0.5
                && Math.abs(na - 2 * divalentChalcogen - monovalentAnions) < 0.35 && cationsBesidesNa < 0.35) {
            return Family.ANTI_PEROVSKITE;
        }
        if (hydride) {
            return Family.COMPLEX_HYDRIDE;
        }
        if (halide > 0 && chalcogenide == 0 && oxide == 0 && otherAnions == 0) {
            return Family.HALIDE;
        }
        if (chalcogenide > 0 && chalcogenide >= oxide) {
            return Family.SULFIDE;
        }
        if (oxide > 0) {
            double al = formula.amount("Al");
            double tetrahedral = formula.amount("P") + formula.amount("Si") + formula.amount("Ge");
            if (al >= 5 && al > 0.75 * cationsBesidesNa) {
                return Family.BETA_ALUMINA;
            }
            if (tetrahedral > 2.4 && tetrahedral < 3.6 && oxide > 10.5 && oxide < 13) {
                return Family.NASICON;
            }
            if (oxide <= 6.5 && cationsBesidesNa > 0) {
                return Family.LAYERED_OXIDE;
            }
            return Family.OXIDE;
        }
        if (halide > 0) {
            return Family.HALIDE;
        }
        return Family.UNKNOWN;
    }
}
