package org.nasse.advisor.chemistry;

import java.math.BigDecimal;
import java.util.LinkedHashMap;

/** Ordered amounts with their rounding errors, summed as constituents repeat (the parser's working sums). */
final class Amounts {
    final LinkedHashMap<String, BigDecimal> amounts = new LinkedHashMap<>();
    final LinkedHashMap<String, Double> errors = new LinkedHashMap<>();

    Amounts copy() {
        Amounts c = new Amounts();
        c.amounts.putAll(amounts);
        c.errors.putAll(errors);
        return c;
    }

    /** Adds {@code a} to {@code key}; a sum over the limit is an error at {@code at} of the scanned text. */
    void add(String key, Amount a, int at, FormulaScanner text) {
        BigDecimal sum = amounts.getOrDefault(key, BigDecimal.ZERO).add(a.value());
        if (sum.compareTo(FormulaParser.MAX_AMOUNT) > 0) {
            throw text.error(at, "amount of " + key + " exceeds " + FormulaParser.MAX_AMOUNT.toPlainString()
                    + " per formula unit");
        }
        amounts.put(key, sum);
        if (a.error() > 0) {
            errors.merge(key, a.error(), Double::sum);
        }
    }

    /** Adds other × m; errors propagate as for a product of two rounded numbers. */
    void addAll(Amounts other, Amount m, int at, FormulaScanner text) {
        for (var e : other.amounts.entrySet()) {
            double err = other.errors.getOrDefault(e.getKey(), 0.0);
            double v = e.getValue().doubleValue();
            double mv = m.value().doubleValue();
            add(e.getKey(), new Amount(e.getValue().multiply(m.value()),
                    err * mv + v * m.error() + err * m.error()), at, text);
        }
    }

    /** The elements that are the anions of a sum of binary parts (Na2O·5Al2O3, 0.75Na2S·0.25P2S5). */
    private static final java.util.Set<String> ANION_ELEMENTS = java.util.Set.of("N", "O", "S", "Se", "Te", "F", "Cl", "Br", "I");

    /**
     * The same amounts with the anion elements moved after everything else, each group in the order written:
     * summed parts meet their anion first (Na, O, Al for Na2O·5Al2O3), and a chemist writes Na2Al10O16.
     */
    Amounts anionsLast() {
        Amounts out = new Amounts();
        for (int pass = 0; pass < 2; pass++) {
            for (var e : amounts.entrySet()) {
                if (ANION_ELEMENTS.contains(e.getKey()) == (pass == 1)) {
                    out.amounts.put(e.getKey(), e.getValue());
                }
            }
        }
        out.errors.putAll(errors);
        return out;
    }

    Formula toFormula(ClusterUnits clusters) {
        return new Formula(amounts, errors, clusters);
    }
}
