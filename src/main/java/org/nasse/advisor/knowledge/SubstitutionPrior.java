package org.nasse.advisor.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

/**
 * The data-mined ionic substitution model of Hautier et al., Inorg. Chem. 50 (2011) 656, as carried
 * in knowledge/elements/substitution_lambda.csv: λ for a pair of ions, larger = the two substitute
 * for each other in known structures more often. A prior for ranking dopants, never a filter.
 */
public final class SubstitutionPrior {
    static final String FILE = "elements/substitution_lambda.csv";
    private final Map<String, Double> lambda = new HashMap<>();
    private double least = 0;

    /** The table as read, keyed "Sb5+|Sn4+" (for the knowledge cache). */
    SubstitutionPrior(Map<String, Double> table) {
        lambda.putAll(table);
        for (double v : table.values()) {
            least = Math.min(least, v);
        }
    }

    Map<String, Double> table() {
        return java.util.Collections.unmodifiableMap(lambda);
    }

    public SubstitutionPrior(SourceDirectory dir) {
        try (BufferedReader r = new BufferedReader(new StringReader(dir.read(FILE)))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",");
                if (f.length == 3) {
                    double v = Double.parseDouble(f[2]);
                    lambda.put(f[0] + "|" + f[1], v);
                    least = Math.min(least, v);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(dir.describe(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** "Sb5+", "Cl-", "S2-": the species notation of the table. */
    public static String species(String element, int charge) {
        int a = Math.abs(charge);
        return element + (a == 1 ? "" : String.valueOf(a)) + (charge > 0 ? "+" : "-");
    }

    /**
     * λ of the pair; a pair absent from the table was never seen substituting in the data the model
     * was mined from, so it ranks with the table's least likely pair.
     */
    public double lambdaOrLeast(String hostElement, int hostCharge, String dopant, int dopantCharge) {
        double v = lambda(hostElement, hostCharge, dopant, dopantCharge);
        return Double.isNaN(v) ? least : v;
    }

    /** λ of the pair, or NaN when the table has none (it stores each pair once, in either order). */
    public double lambda(String hostElement, int hostCharge, String dopant, int dopantCharge) {
        String a = species(hostElement, hostCharge);
        String b = species(dopant, dopantCharge);
        Double v = lambda.get(a + "|" + b);
        if (v == null) {
            v = lambda.get(b + "|" + a);
        }
        return v == null ? Double.NaN : v;
    }
}
