package org.nasse.advisor.chemistry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values filed by composition whatever formula unit it is written per: Na2(CB9H10)(CB11H12) and
 * Na(CB11H12)0.5(CB9H10)0.5 are one salt. Looked up first by constituents (a hash), then by each
 * constituent's share of all, so a batch that scores millions of compositions pays almost nothing for
 * the many that no record shares constituents with.
 */
public final class CompositionIndex<T> {
    /** Shares equal to within this are the same composition (amounts are printed to a few decimals). */
    private static final double SAME_SHARE = 1e-6;

    private record Entry<T>(String[] keys, double[] shares, List<T> values) {
    }

    /** Entries by {@link Formula#constituentSignature()}: how many constituents, and the sum of their hashes. */
    private final Map<Long, List<Entry<T>>> byConstituents = new HashMap<>();

    public void add(Formula formula, T value) {
        List<Entry<T>> entries = byConstituents.computeIfAbsent(formula.constituentSignature(), k -> new ArrayList<>());
        Entry<T> same = find(entries, formula);
        if (same == null) {
            String[] keys = formula.amounts().keySet().toArray(new String[0]);
            same = new Entry<>(keys, shares(formula, keys), new ArrayList<>());
            entries.add(same);
        }
        same.values().add(value);
    }

    /** Everything filed under this composition, in the order it was added; empty when nothing is. */
    public List<T> get(Formula formula) {
        List<Entry<T>> entries = byConstituents.get(formula.constituentSignature());
        if (entries == null) {
            return List.of();
        }
        Entry<T> e = find(entries, formula);
        return e == null ? List.of() : e.values();
    }

    private static <T> Entry<T> find(List<Entry<T>> entries, Formula formula) {
        for (Entry<T> e : entries) {
            if (e.keys().length != formula.amounts().size() || !hasAll(formula, e.keys())) {
                continue;
            }
            double[] mine = shares(formula, e.keys());
            boolean same = true;
            for (int i = 0; i < mine.length && same; i++) {
                same = Math.abs(mine[i] - e.shares()[i]) < SAME_SHARE;
            }
            if (same) {
                return e;
            }
        }
        return null;
    }

    private static boolean hasAll(Formula formula, String[] keys) {
        for (String k : keys) {
            if (!formula.amounts().containsKey(k)) {
                return false;
            }
        }
        return true;
    }

    private static double[] shares(Formula formula, String[] keys) {
        double total = 0;
        for (BigDecimal a : formula.amounts().values()) {
            total += a.doubleValue();
        }
        double[] out = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = total == 0 ? 0 : formula.amount(keys[i]) / total;
        }
        return out;
    }
}
