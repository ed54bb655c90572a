package org.nasse.advisor.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nasse.advisor.analysis.Analysis;

/** The JSON of one analysed composition, field names and order as in the command contract. */
public final class AnalysisJson {
    private AnalysisJson() {
    }

    public static Map<String, Object> of(Analysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", a.input());
        m.put("formula", a.formula().asDoubles());
        m.put("canonical", a.formula().toString());
        m.put("chargeBalanced", a.chargeBalanced());
        if (!a.chargeBalanced()) {
            double r = a.chargeBalance().residualCharge();
            m.put("residualCharge", Double.isNaN(r) ? null : r);
        }
        m.put("oxidationStates", a.chargeBalance().oxidationStates());
        m.put("family", a.family().label());
        if (a.problem() != null) {
            m.put("error", a.problem());
        }
        return m;
    }

    /** A row that could not be read at all. */
    public static Map<String, Object> error(String input, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("error", message);
        return m;
    }
}
