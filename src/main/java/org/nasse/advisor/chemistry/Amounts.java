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

    Formula toFormula(ClusterUnits clusters) {
        return new Formula(amounts, errors, clusters);
    }
}
