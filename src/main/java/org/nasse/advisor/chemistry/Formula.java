package org.nasse.advisor.chemistry;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A composition: amounts per formula unit of elements and cluster units, in the order they were
 * first written. Amounts are exact decimals, so Na3.57[Sn0.67Si0.33]0.67 gives Sn 0.4489, not a float.
 * Keys are element symbols (Na, Sb) or cluster-unit names (B12H12, BH4, H2O), which can never collide.
 */
public final class Formula {
    private final Map<String, BigDecimal> amounts;
    /** The canonical text, made once: it keys look-ups of reported compositions on every analysis. */
    private String text;

    public Formula(Map<String, BigDecimal> amounts) {
        LinkedHashMap<String, BigDecimal> copy = new LinkedHashMap<>();
        amounts.forEach((k, v) -> {
            if (!k.equals(ClusterUnits.WATER)) {
                copy.put(k, v.stripTrailingZeros());
            }
        });
        if (amounts.containsKey(ClusterUnits.WATER)) { // water of hydration is always written last
            copy.put(ClusterUnits.WATER, amounts.get(ClusterUnits.WATER).stripTrailingZeros());
        }
        this.amounts = Collections.unmodifiableMap(copy);
    }

    /** True for a cluster or molecular unit such as B12H12 or H2O, false for an element symbol. */
    public static boolean isUnit(String key) {
        int n = key.length();
        boolean symbol = (n == 1 || n == 2) && Character.isUpperCase(key.charAt(0))
                && (n == 1 || Character.isLowerCase(key.charAt(1)));
        return !symbol;
    }

    public Map<String, BigDecimal> amounts() {
        return amounts;
    }

    public double amount(String key) {
        BigDecimal a = amounts.get(key);
        return a == null ? 0.0 : a.doubleValue();
    }

    public BigDecimal exactAmount(String key) {
        return amounts.getOrDefault(key, BigDecimal.ZERO);
    }

    public boolean contains(String key) {
        return amounts.containsKey(key);
    }

    /** The amounts as doubles, in order, for JSON. */
    public Map<String, Double> asDoubles() {
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        amounts.forEach((k, v) -> out.put(k, v.doubleValue()));
        return out;
    }

    /**
     * Canonical text: constituents in order, amount 1 omitted, cluster units in parentheses, neutral
     * adduct molecules (water of hydration) after a middle dot: Na3SbS4·9H2O, Na2(B12H12)0.5(B10H10)0.5.
     */
    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = canonicalText();
            text = t;
        }
        return t;
    }

    private String canonicalText() {
        StringBuilder main = new StringBuilder();
        StringBuilder adducts = new StringBuilder();
        amounts.forEach((key, amount) -> {
            String n = format(amount);
            if (key.equals(ClusterUnits.WATER) && amounts.size() > 1) {
                adducts.append('·').append(n.equals("1") ? "" : n).append(key);
            } else if (isUnit(key)) {
                main.append('(').append(key).append(')').append(n.equals("1") ? "" : n);
            } else {
                main.append(key).append(n.equals("1") ? "" : n);
            }
        });
        return main.append(adducts).toString();
    }

    static String format(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Formula f && amountsEqual(f);
    }

    private boolean amountsEqual(Formula f) {
        if (!amounts.keySet().equals(f.amounts.keySet())) {
            return false;
        }
        for (var e : amounts.entrySet()) {
            if (e.getValue().compareTo(f.amounts.get(e.getKey())) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return amounts.keySet().hashCode();
    }
}
