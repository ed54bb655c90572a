package org.nasse.advisor.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.estimate.ConductivityModel;
import org.nasse.advisor.estimate.Estimate;
import org.nasse.advisor.estimate.Evidence;
import org.nasse.advisor.estimate.Term;
import org.nasse.advisor.knowledge.LiteratureRecord;

/**
 * A lab's own measurements put to work, in memory only: an advisor whose evidence holds the knowledge base's
 * records and the rows ({@code source: user}), and whose model is refitted on both by the same
 * sign-constrained fit as {@code calibrate}. What the rows may move is their own family: the refit's
 * coefficients are taken for the families the rows are in (as each family's own coefficient) and its shape
 * optima for their series, hosts and families; every other family keeps the literature's fit, so a sulfide
 * measurement cannot move a NASICON estimate. Anchors, family ceilings, family Ea and the judge's evidence are
 * per host or per family already.
 */
public final class UserEvidence {
    private UserEvidence() {
    }

    /** The advisor with the rows; the base itself when there are none. */
    public static Advisor apply(Advisor base, List<LiteratureRecord> rows, String file) {
        if (rows.isEmpty()) {
            return base;
        }
        Advisor withRows = new Advisor(base.knowledge(), base.rules(), base.estimator().model(), rows);
        ConductivityModel literature = base.estimator().model();
        if (literature == null) {
            return withRows;
        }
        Calibration c = new Calibration(withRows);
        Scope scope = scope(c);
        ConductivityModel merged = merge(literature, c.refit(literature), scope, rows.size(), file);
        return withRows.withModel(merged, literature, "your data (" + rows.size() + " row" + (rows.size() == 1 ? "" : "s")
                + " of " + file + ": " + scope.families() + ")");
    }

    /** The families, and the series, hosts and families of shape optima, the user's rows are in. */
    record Scope(Set<String> families, Set<String> shapeKeys) {
    }

    static Scope scope(Calibration c) {
        Set<String> families = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Calibration.Row r : c.rows()) {
            if (!r.record().fromUser()) {
                continue;
            }
            Evidence.Item i = r.item();
            families.add(i.family());
            keys.add(i.family());
            if (i.host() != null) {
                keys.add(i.host());
            }
            if (i.features().series() != null) {
                keys.add(i.features().series());
            }
        }
        return new Scope(families, keys);
    }

    /** The literature's model with the refit's numbers for the user's families (and their shape optima) only. */
    static ConductivityModel merge(ConductivityModel literature, ConductivityModel refit, Scope scope, int rows, String file) {
        Map<String, ConductivityModel.TermFit> terms = new LinkedHashMap<>();
        for (var e : literature.terms().entrySet()) {
            ConductivityModel.TermFit l = e.getValue();
            Term term = Term.ofKey(e.getKey()).orElse(null);
            Map<String, Double> byFamily = new LinkedHashMap<>(l.byFamily() == null ? Map.of() : l.byFamily());
            List<String> moved = new ArrayList<>();
            if (term != null) {
                for (String f : scope.families()) {
                    double now = refit.coefficient(term, f);
                    double was = literature.coefficient(term, f);
                    if (Math.abs(now - was) > 1e-9) {
                        byFamily.put(f, now);
                        moved.add(f);
                    }
                }
            }
            ConductivityModel.TermFit r = refit.terms().get(e.getKey());
            terms.put(e.getKey(), new ConductivityModel.TermFit(l.heuristic(), l.sign(), l.coefficient(),
                    byFamily.isEmpty() ? null : byFamily, r == null ? l.records() : r.records(),
                    moved.isEmpty() ? l.status() : l.status() + "; refitted with your data for " + String.join(", ", moved)));
        }
        Map<String, Map<String, Double>> optima = new LinkedHashMap<>();
        literature.shape().optimum().forEach((k, v) -> optima.put(k, new LinkedHashMap<>(v)));
        refit.shape().optimum().forEach((k, v) -> {
            if (scope.shapeKeys().contains(k)) {
                optima.put(k, new LinkedHashMap<>(v));
            }
        });
        ConductivityModel.Shape shape = new ConductivityModel.Shape(literature.shape().onsetFraction(), optima,
                literature.shape().defaultOptimum(), literature.shape().note());
        Map<String, ConductivityModel.Statistic> ea = new LinkedHashMap<>(literature.familyEaEV());
        for (String f : scope.families()) {
            if (refit.familyEaEV().containsKey(f)) {
                ea.put(f, refit.familyEaEV().get(f));
            }
        }
        return new ConductivityModel(literature.fittedOn(), literature.method() + "; refitted in memory with " + rows
                + " row" + (rows == 1 ? "" : "s") + " of your data (" + file + ") for " + scope.families(),
                literature.source() + " and " + rows + " row" + (rows == 1 ? "" : "s") + " of " + file + " (source: user)",
                literature.dataCount() + rows, terms, shape, literature.eaShiftPerDecade(), literature.eaShiftPairs(), ea,
                literature.defaultEaEV(), literature.uncertainty(), literature.validation());
    }

    /** One of the user's rows predicted before (the literature alone) and after (the others of your rows in). */
    public record Check(LiteratureRecord record, double measured, Estimate before, Estimate after) {
    }

    /**
     * Leave-one-out on the user's rows: each row predicted by the literature alone (before) and by the literature
     * and the user's other rows, the model refitted without it and merged as {@link #apply} merges (after).
     */
    public static List<Check> leaveOneOut(Advisor base, Advisor withRows) {
        ConductivityModel literature = base.estimator().model();
        Calibration c = new Calibration(withRows);
        Scope scope = scope(c);
        List<Calibration.Prediction> after = literature == null ? List.of()
                : c.leaveOneOut(r -> r.record().fromUser(), literature.shape().onsetFraction(),
                        m -> merge(literature, m, scope, 0, ""));
        Map<LiteratureRecord, Estimate> byRecord = new LinkedHashMap<>();
        after.forEach(p -> byRecord.put(p.row().record(), p.estimate()));
        List<Check> out = new ArrayList<>();
        for (LiteratureRecord r : withRows.userRows()) {
            Estimate before = base.assess(r.composition(), r.temperatureC()).estimate().orElse(null);
            out.add(new Check(r, Math.log10(r.sigmaSPerCm()), before, byRecord.get(r)));
        }
        return out;
    }
}
