package org.nasse.advisor.chemistry;

import java.util.Map;
import java.util.Set;

/**
 * Guesses the family from the anion chemistry, the way a chemist glances at a formula. The anion
 * carrying most of the negative charge decides: Na3OX with X a halide or a cluster anion (and Na4OI2)
 * is an anti-perovskite; hydride anions (H⁻, borohydride, closo/nido-borate, amide units) make a
 * complex hydride; halides a halide; S/Se/Te anions a sulfide (thioborates, argyrodites,
 * thio-LISICONs included); oxides split into β-alumina (Al-rich), NASICON (≈3 P/Si/Ge per 12 O) and
 * layered oxides. An oxo-anion's S or P is a cation here (S⁶⁺ in Na2SO4), or the anion is an oxo
 * unit (SO4), so sulfates are oxides, and Na3(SO4)F an anti-perovskite.
 */
public final class FamilyGuess {
    private static final Set<String> HALOGENS = Set.of("F", "Cl", "Br", "I");
    private static final Set<String> CHALCOGENS = Set.of("S", "Se", "Te");
    /** Non-metals that, as cations in an oxide, form oxo-anions (SO4, PO4, BO3, SiO4, NO3, CO3). */
    private static final Set<String> OXO_ANION_FORMERS = Set.of("B", "C", "N", "Si", "P", "S", "Se", "As", "Cl", "Br", "I");

    private FamilyGuess() {
    }

    public static Family of(Formula formula, ChargeBalance balance) {
        Map<String, Integer> states = balance.oxidationStates();
        double na = formula.amount("Na");
        // amounts of each kind of anion, and the negative charge each carries
        double monovalentAnions = 0;
        double oxide = 0;
        double chalcogenide = 0;
        double halideCharge = 0;
        double chalcogenideCharge = 0;
        double oxideCharge = 0;
        double hydrideCharge = 0;
        double cationsBesidesNa = 0;
        boolean metalCation = false;
        for (var e : formula.amounts().entrySet()) {
            String key = e.getKey();
            double amount = e.getValue().doubleValue();
            Integer state = states.get(key);
            if (key.equals(ClusterUnits.WATER) || state == null) {
                continue;
            }
            if (state > 0) {
                if (!key.equals("Na")) {
                    cationsBesidesNa += amount;
                    metalCation |= !OXO_ANION_FORMERS.contains(key);
                }
                continue;
            }
            if (state == 0) {
                continue;
            }
            double charge = -state * amount;
            if (state == -1) {
                monovalentAnions += amount;
            }
            if (HALOGENS.contains(key)) {
                halideCharge += charge;
            } else if (CHALCOGENS.contains(key)) {
                chalcogenide += amount;
                chalcogenideCharge += charge;
            } else if (key.equals("O")) {
                oxide += amount;
                oxideCharge += charge;
            } else if (key.equals("H") || formula.unitContains(key, "H")) {
                hydrideCharge += charge;
            } else if (formula.unitContains(key, "O")) {
                // an oxo-anion unit (SO4, NO2): an oxide, and as divalent anion the A site of an anti-perovskite
                oxideCharge += charge;
                if (state == -2) {
                    oxide += amount;
                }
            }
        }
        double divalentChalcogen = oxide + chalcogenide;
        if (divalentChalcogen > 0.7 && divalentChalcogen < 1.3 && monovalentAnions > 0.5
                && Math.abs(na - 2 * divalentChalcogen - monovalentAnions) < 0.35 && cationsBesidesNa < 0.35) {
            return Family.ANTI_PEROVSKITE;
        }
        double most = Math.max(Math.max(hydrideCharge, halideCharge), Math.max(chalcogenideCharge, oxideCharge));
        if (most <= 0) {
            return Family.UNKNOWN;
        }
        if (hydrideCharge == most) {
            return Family.COMPLEX_HYDRIDE;
        }
        if (halideCharge == most) {
            return Family.HALIDE;
        }
        if (chalcogenideCharge == most) {
            return Family.SULFIDE;
        }
        double al = formula.amount("Al");
        // Ge counts as tetrahedral only where P and Si leave room for it (NaGe2(PO4)3 has octahedral Ge)
        double tetrahedral = formula.amount("P") + formula.amount("Si");
        if (tetrahedral <= 2.4) {
            tetrahedral += formula.amount("Ge");
        }
        if (al >= 5 && al > 0.75 * cationsBesidesNa) {
            return Family.BETA_ALUMINA;
        }
        if (tetrahedral > 2.4 && tetrahedral < 3.6 && oxide > 10.5 && oxide < 13) {
            return Family.NASICON;
        }
        if (oxide <= 6.5 && metalCation) {
            return Family.LAYERED_OXIDE;
        }
        return Family.OXIDE;
    }
}
