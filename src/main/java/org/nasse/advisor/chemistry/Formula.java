package org.nasse.advisor.chemistry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A composition: amounts per formula unit of elements and cluster units, in the order they were
 * first written. Amounts are exact decimals, so Na3.57[Sn0.67Si0.33]0.67 gives Sn 0.4489, not a float.
 * Keys are element symbols (Na, Sb) or cluster-unit names (B12H12, BH4, H2O), which can never collide.
 * Amounts written with two or more decimals carry a rounding error (see {@link FormulaParser}).
 */
public final class Formula {
    private final Map<String, BigDecimal> amounts;
    /** The rounding errors of the constituents that have one, as parallel arrays: a formula has a handful. */
    private final String[] errorKeys;
    private final double[] errors;
    /** The element make-up of each unit present, so that units can be counted out into elements. */
    private final Map<String, Map<String, Integer>> unitCompositions;
    /** The canonical text, made once: it keys look-ups of reported compositions on every analysis. */
    private String text;
    /** The amounts as doubles, made once: the host matcher and the rules' facts both read them. */
    private volatile Map<String, Double> doubles;
    /** How many constituents, and the sum of their names' hashes: a cheap first key for report look-ups. */
    private final long constituents;

    /** A formula of elements only (a unit key without a known composition stays as it is in elements()). */
    public Formula(Map<String, BigDecimal> amounts) {
        this(amounts, Map.of(), null);
    }

    public Formula(Map<String, BigDecimal> amounts, Map<String, Double> roundingErrors, ClusterUnits units) {
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
        Map<String, Double> checked = Map.copyOf(roundingErrors); // no null keys or errors
        this.errorKeys = new String[checked.size()];
        this.errors = new double[checked.size()];
        int i = 0;
        for (var e : checked.entrySet()) {
            errorKeys[i] = e.getKey();
            errors[i++] = e.getValue();
        }
        LinkedHashMap<String, Map<String, Integer>> made = new LinkedHashMap<>();
        if (units != null) {
            for (String k : copy.keySet()) {
                if (isUnit(k)) {
                    units.byName(k).ifPresent(u -> made.put(k, u.composition()));
                }
            }
        }
        this.unitCompositions = Collections.unmodifiableMap(made);
        this.constituents = signature(copy.keySet());
    }

    /**
     * Elements only, as {@link PlainFormulaReader} makes them: amounts already stripped of trailing zeros,
     * in the order written, no water, no units; the rounding errors of those that have one, the canonical
     * text and {@link #constituentSignature}. The map and arrays are the formula's own from here on
     * (never written again, never handed out).
     */
    static Formula ofStrippedElements(LinkedHashMap<String, BigDecimal> amounts, String[] errorKeys, double[] errors,
                                      String canonicalText, long constituentSignature) {
        return new Formula(amounts, errorKeys, errors, canonicalText, constituentSignature);
    }

    private Formula(LinkedHashMap<String, BigDecimal> strippedElements, String[] errorKeys, double[] errors,
                    String canonicalText, long constituentSignature) {
        this.amounts = Collections.unmodifiableMap(strippedElements);
        this.errorKeys = errorKeys;
        this.errors = errors;
        this.unitCompositions = Map.of();
        this.constituents = constituentSignature;
        this.text = canonicalText;
    }

    private static long signature(java.util.Set<String> keys) {
        long sum = 0;
        for (String k : keys) {
            sum += k.hashCode();
        }
        return signature(sum, keys.size());
    }

    /** {@link #constituentSignature} of constituents whose names' hashes sum to {@code hashSum}. */
    static long signature(long hashSum, int constituents) {
        return hashSum * 64 + constituents;
    }

    /** Equal for formulas of the same constituents whatever their amounts (rarely for others). */
    public long constituentSignature() {
        return constituents;
    }

    /** The amounts as doubles, in the order written (water last, as in {@link #amounts()}). */
    public Map<String, Double> amountsAsDoubles() {
        Map<String, Double> d = doubles;
        if (d == null) {
            LinkedHashMap<String, Double> m = new LinkedHashMap<>();
            amounts.forEach((k, v) -> m.put(k, v.doubleValue()));
            d = Collections.unmodifiableMap(m);
            doubles = d;
        }
        return d;
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

    /** Half a unit of the last written digit of this constituent's amount(s), propagated; 0 if exact. */
    public double roundingError(String key) {
        java.util.Objects.requireNonNull(key);
        for (int i = 0; i < errorKeys.length; i++) {
            if (errorKeys[i].equals(key)) {
                return errors[i];
            }
        }
        return 0.0;
    }

    /** The cluster and molecular units and their amounts (B12H12: 1, H2O: 9), in order; empty for plain salts. */
    public Map<String, BigDecimal> units() {
        LinkedHashMap<String, BigDecimal> out = new LinkedHashMap<>();
        amounts.forEach((k, v) -> {
            if (isUnit(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * Element amounts with every unit counted out: Na4(CB11H12)2(B12H12) is Na 4, C 2, B 34, H 36;
     * Na3SbS4·9H2O is Na 3, Sb 1, S 4, H 18, O 9. Elements in order of first appearance.
     */
    public Map<String, BigDecimal> elements() {
        LinkedHashMap<String, BigDecimal> out = new LinkedHashMap<>();
        amounts.forEach((k, v) -> {
            Map<String, Integer> made = unitCompositions.get(k);
            if (made == null) {
                out.merge(k, v, BigDecimal::add);
            } else {
                for (String element : elementsOf(k, made)) {
                    out.merge(element, v.multiply(BigDecimal.valueOf(made.get(element))), BigDecimal::add);
                }
            }
        });
        out.replaceAll((k, v) -> v.stripTrailingZeros());
        return out;
    }

    /** The elements of a unit in the order its name writes them (CB11H12: C, B, H). */
    private static List<String> elementsOf(String name, Map<String, Integer> made) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                int j = i + 1;
                while (j < name.length() && Character.isLowerCase(name.charAt(j))) {
                    j++;
                }
                String symbol = name.substring(i, j);
                if (made.containsKey(symbol) && !order.contains(symbol)) {
                    order.add(symbol);
                }
            }
        }
        for (String s : made.keySet()) {
            if (!order.contains(s)) {
                order.add(s);
            }
        }
        return order;
    }

    /** True when {@code unit} is a unit of this formula made (partly) of {@code element}: H in B12H12. */
    public boolean unitContains(String unit, String element) {
        Map<String, Integer> made = unitCompositions.get(unit);
        return made != null && made.containsKey(element);
    }

    public boolean contains(String key) {
        return amounts.containsKey(key);
    }

    /** The element amounts (units counted out) as doubles, in order, for JSON. */
    public Map<String, Double> elementsAsDoubles() {
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        elements().forEach((k, v) -> out.put(k, v.doubleValue()));
        return out;
    }

    /** The unit amounts as doubles, in order, for JSON. */
    public Map<String, Double> unitsAsDoubles() {
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        units().forEach((k, v) -> out.put(k, v.doubleValue()));
        return out;
    }

    /**
     * Canonical text: constituents in order, amount 1 omitted, cluster units in parentheses, neutral
     * adduct molecules (water of hydration) after a middle dot: Na3SbS4·9H2O, Na2(B12H12)0.5(B10H10)0.5.
     */
    private volatile String reduced;

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

    /**
     * The composition whatever the formula unit: each constituent's share of all, in millionths, in
     * alphabetical order. Na2(CB9H10)(CB11H12) and Na(CB11H12)0.5(CB9H10)0.5 are the same salt, and a report
     * of one is a report of the other (pymatgen's reduced composition serves the same end).
     */
    public String reducedKey() {
        String k = reduced;
        if (k == null) {
            // doubles, not BigDecimal division: this runs once per composition on the scoring path
            String[] keys = amounts.keySet().toArray(new String[0]);
            java.util.Arrays.sort(keys);
            double total = 0;
            for (BigDecimal a : amounts.values()) {
                total += a.doubleValue();
            }
            StringBuilder sb = new StringBuilder(16 * keys.length);
            for (String key : keys) {
                long share = total == 0 ? 0 : Math.round(amounts.get(key).doubleValue() / total * 1e6);
                sb.append(key).append(':').append(share).append(' ');
            }
            k = sb.toString();
            reduced = k;
        }
        return k;
    }

    /**
     * An amount as written: decimals, or p/q for a fraction read with twelve decimals (Na4/3). The amount
     * is one of the formula's, stored stripped of trailing zeros already.
     */
    private static String format(BigDecimal a) {
        if (a.scale() >= FormulaParser.FRACTION_DIGITS) {
            for (int q = 3; q <= 12; q++) {
                BigDecimal p = a.multiply(BigDecimal.valueOf(q));
                BigDecimal whole = p.setScale(0, java.math.RoundingMode.HALF_UP);
                if (p.subtract(whole).abs().compareTo(new BigDecimal("1e-9")) < 0
                        && whole.divide(BigDecimal.valueOf(q), FormulaParser.FRACTION_DIGITS, java.math.RoundingMode.HALF_UP)
                        .compareTo(a) == 0) {
                    return whole.toPlainString() + "/" + q;
                }
            }
        }
        return a.toPlainString();
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
