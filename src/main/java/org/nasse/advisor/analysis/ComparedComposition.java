package org.nasse.advisor.analysis;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.chemistry.ChargeBalance;
import org.nasse.advisor.chemistry.ClusterUnits;
import org.nasse.advisor.chemistry.Family;
import org.nasse.advisor.chemistry.Formula;

/**
 * A composition as the host matcher compares it with every host, worked out once: its amounts without
 * water of hydration, its anion count and main anions, and the doping limits it is held to.
 * {@code anionElements}: the elements it holds in a negative state, which every host frame compares against;
 * {@code candidateKey}: what decides which hosts could explain it ({@link HostCandidates#key}).
 */
record ComparedComposition(Formula formula, Map<String, Double> amounts, double anions, ChargeBalance balance,
                           Family family, Set<String> mainAnions, HostMatcher.Limits limits, Set<String> anionElements,
                           String candidateKey) {

    static ComparedComposition of(Formula formula, ChargeBalance balance, Family family, HostMatcher.Limits limits) {
        Map<String, Double> amounts = formula.amountsAsDoubles();
        if (amounts.containsKey(ClusterUnits.WATER)) { // water of hydration is no part of the framework
            amounts = new LinkedHashMap<>(amounts);
            amounts.remove(ClusterUnits.WATER);
        }
        Map<String, Double> anionCharge = new LinkedHashMap<>();
        double anions = 0;
        for (var e : amounts.entrySet()) {
            double v = e.getValue();
            Integer q = balance.oxidationStates().get(e.getKey());
            if (q != null && q < 0) {
                anions += v;
                anionCharge.put(e.getKey(), -q * v);
            }
        }
        Set<String> main = mainAnions(anionCharge);
        Set<String> anionElements = anionElements(balance, amounts);
        return new ComparedComposition(formula, amounts, anions, balance, family, main, limits, anionElements,
                HostCandidates.key(family, amounts.keySet(), anionElements, main));
    }

    ComparedComposition withLimits(HostMatcher.Limits other) {
        return new ComparedComposition(formula, amounts, anions, balance, family, mainAnions, other, anionElements,
                candidateKey);
    }

    private static Set<String> anionElements(ChargeBalance balance, Map<String, Double> amounts) {
        Set<String> out = new HashSet<>();
        balance.oxidationStates().forEach((k, q) -> {
            if (q < 0 && amounts.containsKey(k)) {
                out.add(k);
            }
        });
        return out;
    }

    /** The anion(s) carrying the most negative charge: S in Na3PS3.9O0.1, O in Na3OBr, O and I in Na4OI2. */
    static Set<String> mainAnions(Map<String, Double> anionCharge) {
        double most = 0;
        for (double q : anionCharge.values()) {
            most = Math.max(most, q);
        }
        Set<String> main = new HashSet<>();
        for (var e : anionCharge.entrySet()) {
            if (e.getValue() > most - 1e-9) {
                main.add(e.getKey());
            }
        }
        return main;
    }
}
