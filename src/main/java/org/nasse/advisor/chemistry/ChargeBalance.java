package org.nasse.advisor.chemistry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An oxidation-state assignment. {@code residualCharge} is what the assignment misses neutrality by
 * (positive: too few anions or too many cations). A formula is balanced when the residual is zero, or
 * no larger than {@code roundingAllowance}, the most that rounding its amounts as written can leave
 * (Na[Ni0.33Fe0.33Mn0.33]O2). When nothing balances, the states are the closest assignment among
 * common states. {@code commonStates} is false when the balance needs a state outside the common list
 * (N⁻² in Na2NH2B12H12); {@code zeroValent} marks an element or intermetallic (Na, S, Na15Sn4), every
 * state 0.
 */
public record ChargeBalance(boolean balanced, Map<String, Integer> oxidationStates, double residualCharge,
                            double roundingAllowance, boolean commonStates, boolean zeroValent) {
    public ChargeBalance {
        // states the balancer assigned for this balance alone are taken as they are; any others are copied
        oxidationStates = Collections.unmodifiableMap(oxidationStates instanceof Assigned
                ? oxidationStates : new LinkedHashMap<>(oxidationStates));
    }

    /** The states {@link OxidationStates} assigns, in a map made for one balance and never written after it. */
    static final class Assigned extends LinkedHashMap<String, Integer> {
        private static final long serialVersionUID = 1L;

        Assigned(int constituents) {
            super(2 * constituents);
        }
    }

    public ChargeBalance(boolean balanced, Map<String, Integer> oxidationStates, double residualCharge) {
        this(balanced, oxidationStates, residualCharge, 0.0, true, false);
    }


    /** Balanced only because the amounts are rounded: the residual is not zero but within the allowance. */
    public boolean balancedWithinRounding() {
        return balanced && Math.abs(residualCharge) > 1e-6;
    }

    public int stateOf(String constituent) {
        Integer s = oxidationStates.get(constituent);
        if (s == null) {
            throw new IllegalArgumentException("no oxidation state for " + constituent);
        }
        return s;
    }
}
