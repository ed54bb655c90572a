package org.nasse.advisor.calibration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.estimate.Anchor;
import org.nasse.advisor.estimate.Anchors;
import org.nasse.advisor.estimate.ConductivityModel;
import org.nasse.advisor.estimate.ConductivityModel.Statistic;
import org.nasse.advisor.estimate.ConductivityModel.TermFit;
import org.nasse.advisor.estimate.Estimate;
import org.nasse.advisor.estimate.Estimator;
import org.nasse.advisor.estimate.Evidence;
import org.nasse.advisor.estimate.Holdout;
import org.nasse.advisor.estimate.Term;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.LiteratureRecord;
import org.nasse.advisor.progress.Progress;

/**
 * Fits the size of each term to the records and validates the model honestly. The rules set each
 * term's direction; the fit (sign-constrained: every coefficient ≥ 0 on the heuristic's sign) only
 * sets how big it is, so data that contradict a heuristic hold its term at zero instead of flipping
 * it. Validation leaves out every record of a composition (leave-one-out) or of a host
 * (leave-one-host-out) from the fit, the anchors and the look-up of reported values alike, then
 * predicts it; the uncertainty of each kind of estimate is the 68th percentile of those errors.
 */
public final class Calibration {
    public static final List<String> FAMILIES = List.of("sulfide", "nasicon", "halide", "complex-hydride",
            "anti-perovskite", "layered-oxide", "beta-alumina");
    /** Onsets tried for the defect shape (fraction of Na sites where the gain reaches log10 2). */
    static final double[] ONSETS = {0.002, 0.005, 0.01, 0.02, 0.05};
    /** Pseudo-records pulling a family's own coefficient towards the pooled one. */
    static final double SHRINK = 2;
    /** The share of validation errors the uncertainty should cover (one standard deviation of a normal). */
    static final double COVERAGE = 0.68;
    private static final Term[] TERMS = Term.values();

    private final KnowledgeBase knowledge;
    private final Anchors anchors;
    private final Estimator estimator;
    private final List<Row> rows = new ArrayList<>();
    private final TrainingSet training;
    /** The defect shape's onset held fixed (a refit with a lab's rows keeps the literature's), else chosen by the fit. */
    private Double fixedOnset;
    /** Applied to every model fitted for validation (a refit with a lab's rows keeps other families as they were). */
    private java.util.function.UnaryOperator<ConductivityModel> adjust = java.util.function.UnaryOperator.identity();

    /** One reported value the model can learn from, with the analysis of its composition. */
    public record Row(Evidence.Item item, Analysis analysis) {
        public LiteratureRecord record() {
            return item.record();
        }

        public double measured() {
            return item.log10Sigma();
        }

        public String hostOrSelf() {
            return item.host() != null ? item.host() : item.canonical();
        }
    }

    /**
     * A prediction next to its measurement, with the measured parent at the same temperature where
     * the host has one ({@code NaN} otherwise), for the direction of doping.
     */
    public record Prediction(Row row, Estimate estimate, double parentAtT) {
        public double predicted() {
            return estimate.log10Sigma();
        }

        public double residual() {
            return row.measured() - predicted();
        }
    }

    public Calibration(Advisor advisor) {
        this.knowledge = advisor.knowledge();
        this.anchors = advisor.estimator().anchors();
        this.estimator = advisor.estimator();
        for (Evidence.Item item : advisor.evidence().items()) {
            rows.add(new Row(item, advisor.analyzer().analyze(item.record().composition())));
        }
        this.training = new TrainingSet(knowledge, anchors, rows);
    }

    public List<Row> rows() {
        return rows;
    }

    // ------------------------------------------------------------------------------------- fitting

    private double[][] design(List<TrainingSet.Sample> used, double onset, Map<String, Map<String, Double>> optima,
                              Map<String, Double> defaults) {
        double[][] x = new double[used.size()][TERMS.length];
        for (int i = 0; i < used.size(); i++) {
            TrainingSet.Sample r = used.get(i);
            for (int j = 0; j < TERMS.length; j++) {
                Term t = TERMS[j];
                double raw = r.features().value(t);
                if (raw != 0) {
                    double opt = ConductivityModel.optimumOf(t, r.features().series(), r.host(), r.family(), optima, defaults);
                    x[i][j] = t.sign() * ConductivityModel.shapeOf(t, raw, opt, onset);
                }
            }
        }
        return x;
    }

    /** The model fitted on everything not excluded; uncertainty and validation as given. */
    ConductivityModel fit(Holdout excluded, ConductivityModel.Uncertainty u,
                          ConductivityModel.Validation validation, String date) {
        Map<String, Map<String, Double>> optima = new LinkedHashMap<>();
        Map<String, Double> defaults = new LinkedHashMap<>();
        optima(excluded, optima, defaults);
        TrainingSet.Training t = training.of(excluded);
        double[] y = t.targets().stream().mapToDouble(Double::doubleValue).toArray();
        double bestLoss = Double.POSITIVE_INFINITY;
        double onset = ONSETS[0];
        double[] beta = new double[TERMS.length];
        double[][] x = new double[0][];
        for (double o : fixedOnset != null ? new double[] {fixedOnset} : ONSETS) {
            double[][] xo = design(t.rows(), o, optima, defaults);
            double[] b = SignConstrainedFit.fit(xo, y);
            double loss = huberLoss(SignConstrainedFit.residuals(xo, y, b));
            if (loss < bestLoss - 1e-9) {
                bestLoss = loss;
                onset = o;
                beta = b;
                x = xo;
            }
        }
        double[] free = SignConstrainedFit.unconstrained(x, y);
        Map<String, TermFit> terms = new LinkedHashMap<>();
        for (int j = 0; j < TERMS.length; j++) {
            Term term = TERMS[j];
            int n = 0;
            for (double[] xi : x) {
                n += xi[j] != 0 ? 1 : 0;
            }
            String status;
            if (n == 0) {
                status = "no data: no training record carries it, so it adds nothing";
            } else if (beta[j] == 0 && free[j] < -0.05) {
                status = String.format("held at zero: the %d record%s carrying it would give %+.2f decades per unit, "
                        + "against %s; the rule's direction stands", n, n == 1 ? "" : "s", term.sign() * free[j], term.heuristic());
            } else if (beta[j] == 0) {
                status = String.format("fitted at zero: the %d record%s carrying it show no effect in %s's direction "
                        + "(unconstrained %+.2f)", n, n == 1 ? "" : "s", term.heuristic(), term.sign() * free[j]);
            } else {
                status = "fitted on " + n + " record" + (n == 1 ? "" : "s");
            }
            terms.put(term.key(), new TermFit(term.heuristic(), term.sign(), Anchors.round(beta[j]),
                    term.shaped() ? byFamily(t, x, y, beta, j) : null, n, status));
        }
        Map<String, Statistic> ea = new LinkedHashMap<>();
        for (String f : FAMILIES) {
            ea.put(f, anchors.familyEa(f, excluded));
        }
        int[] pairs = new int[1];
        double lambda = eaShiftPerDecade(excluded, pairs);
        ConductivityModel.Shape shape = new ConductivityModel.Shape(onset, optima, defaults,
                "optimum: the defect fraction (of Na sites) of the best reported composition of each doping series at one "
                        + "temperature, median per host and per family; onset chosen by the fit among " + java.util.Arrays.toString(ONSETS));
        int review = 0;
        int literature = 0;
        for (Row r : rows) {
            if (!excluded.excludes(r.record())) {
                if (r.record().fromReview()) {
                    review++;
                } else {
                    literature++;
                }
            }
        }
        return new ConductivityModel(date, "log10 σ = anchor (Arrhenius, σT form) + Σ sign·c·shape(feature), sign from "
                + "the heuristic, c ≥ 0 by coordinate-descent NNLS with Huber reweighting (k = " + SignConstrainedFit.HUBER_K
                + ") and ridge " + SignConstrainedFit.RIDGE + "; training targets: measured minus the host's measured parent "
                + "(the record's own composition left out)",
                "knowledge/records.yaml (" + review + " review records) and knowledge/literature-records.yaml (" + literature
                        + " literature records) with a stated temperature; " + t.rows().size() + " doped records train the terms",
                review + literature, terms, shape, Anchors.round(lambda), pairs[0], ea, anchors.familyEa("", excluded), u, validation);
    }

    /** A shaped term's own coefficient per family, pulled towards the pooled one by {@value #SHRINK} pseudo-records. */
    private Map<String, Double> byFamily(TrainingSet.Training t, double[][] x, double[] y, double[] beta, int j) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String family : FAMILIES) {
            double num = 0;
            double den = 0;
            int n = 0;
            for (int i = 0; i < x.length; i++) {
                if (x[i][j] == 0 || !family.equals(t.rows().get(i).family())) {
                    continue;
                }
                double r = y[i];
                for (int k = 0; k < beta.length; k++) {
                    if (k != j) {
                        r -= x[i][k] * beta[k];
                    }
                }
                num += x[i][j] * r;
                den += x[i][j] * x[i][j];
                n++;
            }
            if (n > 0) {
                double own = Math.max(0, num / den);
                out.put(family, Anchors.round((n * own + SHRINK * beta[j]) / (n + SHRINK)));
            }
        }
        return out;
    }

    private static double huberLoss(double[] r) {
        double scale = Math.max(0.05, 1.4826 * SignConstrainedFit.median(java.util.Arrays.stream(r).map(Math::abs).toArray()));
        double k = SignConstrainedFit.HUBER_K * scale;
        double loss = 0;
        for (double v : r) {
            double a = Math.abs(v);
            loss += a <= k ? 0.5 * a * a : k * (a - 0.5 * k);
        }
        return loss;
    }

    /**
     * Defect fractions of the best reported composition of each (host, site, dopant) series, measured at
     * one temperature: per series, the median per host and per family, and over all series for the rest.
     */
    private void optima(Holdout excluded, Map<String, Map<String, Double>> optima, Map<String, Double> defaults) {
        Map<String, Row> best = new LinkedHashMap<>();
        for (Row r : rows) {
            var match = r.analysis().match();
            if (excluded.excludes(r.record()) || match.isEmpty() || match.get().substitutions().size() != 1) {
                continue;
            }
            var s = match.get().substitutions().get(0);
            String key = match.get().host().id() + "|" + s.site() + "|" + s.dopant() + "|" + Math.round(r.record().temperatureC());
            best.merge(key, r, (a, b) -> a.measured() >= b.measured() ? a : b);
        }
        for (Term t : TERMS) {
            if (!t.shaped()) {
                continue;
            }
            List<Double> all = new ArrayList<>();
            Map<String, List<Double>> byKey = new LinkedHashMap<>();
            for (Row r : best.values()) {
                double f = r.item().features().value(t);
                if (f > 0) {
                    all.add(f);
                    byKey.computeIfAbsent(r.item().features().series(), k -> new ArrayList<>()).add(f);
                    byKey.computeIfAbsent(r.item().host(), k -> new ArrayList<>()).add(f);
                    byKey.computeIfAbsent(r.item().family(), k -> new ArrayList<>()).add(f);
                }
            }
            if (!all.isEmpty()) {
                defaults.put(t.key(), Anchors.round(median(all)));
            }
            byKey.forEach((key, v) -> optima.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(t.key(), Anchors.round(median(v))));
        }
    }

    private static double median(List<Double> v) {
        return SignConstrainedFit.median(v.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Ea change per decade of σ gain, from doped records whose Ea and whose host's Ea are both measured. */
    private double eaShiftPerDecade(Holdout excluded, int[] pairs) {
        List<Double> ratios = new ArrayList<>();
        for (Row row : rows) {
            if (excluded.excludes(row.record()) || excluded.ea(row.item()) == null || row.item().features().isEmpty()
                    || row.analysis().match().isEmpty()) {
                continue;
            }
            Holdout out = excluded.plus(training.sameComposition(row));
            Optional<Anchor> a = anchors.parent(row.analysis().match().get().host(), row.record().temperatureC(), null, out);
            if (a.isEmpty() || a.get().kind() != Anchor.Kind.PARENT || !a.get().eaMeasured()) {
                continue;
            }
            double dlog = row.measured() - a.get().log10SigmaAt(row.record().temperatureC(), a.get().eaEV());
            if (Math.abs(dlog) > 0.1) {
                ratios.add((a.get().eaEV() - excluded.ea(row.item())) / dlog);
            }
        }
        pairs[0] = ratios.size();
        return ratios.size() >= 2 ? SignConstrainedFit.median(ratios.stream().mapToDouble(Double::doubleValue).toArray()) : 0.0;
    }

    // ---------------------------------------------------------------------------------- validation

    private static final ConductivityModel.Uncertainty NONE = new ConductivityModel.Uncertainty(0.0, 0.0, 0.0, 0.0, 0.0,
            Map.of(), 0.0, 0.0);

    /**
     * Leave one measurement out: each record is left out of the fit, the anchors and the look-up of
     * reported values, then predicted, together with every report of the same composition within 15 °C
     * of it (a second paper's copy of the same value is no independent test). Reports of the composition
     * at other temperatures stay, since predicting from them is the Arrhenius extrapolation a user would
     * get; but where they come from the same source, their activation energy is withheld, because the
     * paper fitted it over the left-out point too. Only a pellet's total conductivity is predicted, as that is
     * what an estimate is of: bulk and single-crystal records stay in as evidence (and leave with their
     * composition), but a grain's conductivity is not scored against a pellet's.
     */
    public List<Prediction> leaveOneOut() {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : targets()) {
            groups.computeIfAbsent(r.item().reducedKey() + "@" + r.record().temperatureC(), k -> new ArrayList<>()).add(r);
        }
        List<Prediction> out = new ArrayList<>();
        for (List<Row> group : groups.values()) {
            Set<LiteratureRecord> excluded = new HashSet<>();
            Set<LiteratureRecord> eaWithheld = new HashSet<>();
            LiteratureRecord left = group.get(0).record();
            for (Row r : rows) {
                if (!r.item().reducedKey().equals(group.get(0).item().reducedKey())) {
                    continue;
                }
                if (Math.abs(r.record().temperatureC() - left.temperatureC()) <= 15) {
                    excluded.add(r.record());
                } else if (r.record().citationLabel().equals(left.citationLabel())) {
                    eaWithheld.add(r.record());
                }
            }
            out.addAll(predictLeftOut(group, new Holdout(excluded, eaWithheld)));
        }
        return out;
    }

    /**
     * Leave one host out: every record of a host (or, without a host, of a composition) left out, then its
     * pellet totals predicted.
     */
    public List<Prediction> leaveOneHostOut() {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : targets()) {
            groups.computeIfAbsent(r.hostOrSelf(), k -> new ArrayList<>()).add(r);
        }
        List<Prediction> out = new ArrayList<>();
        for (List<Row> group : groups.values()) {
            Set<LiteratureRecord> excluded = new HashSet<>();
            for (Row r : rows) {
                if (r.hostOrSelf().equals(group.get(0).hostOrSelf())) {
                    excluded.add(r.record());
                }
            }
            out.addAll(predictLeftOut(group, Holdout.of(excluded)));
        }
        return out;
    }

    /** The rows validation predicts: a pellet's total conductivity, what an estimate is of. */
    private List<Row> targets() {
        return rows.stream().filter(r -> r.item().total()).toList();
    }

    /**
     * Refits the terms on every row (the knowledge base's records and a lab's own), keeping the literature
     * model's onset, uncertainty and validation: the model of {@code UserEvidence}, before it is merged.
     */
    public ConductivityModel refit(ConductivityModel literature) {
        fixedOnset = literature.shape().onsetFraction();
        return fit(Holdout.NONE, literature.uncertainty(), literature.validation(), literature.fittedOn());
    }

    /**
     * Leave one measurement out, only for the rows chosen (each with the chosen rows of its composition within 15 °C;
     * the others stay in),
     * every fitted model passed through {@code adjust} first; the onset held at {@code onset} when given.
     */
    public List<Prediction> leaveOneOut(java.util.function.Predicate<Row> which, Double onset,
                                        java.util.function.UnaryOperator<ConductivityModel> adjust) {
        this.fixedOnset = onset;
        this.adjust = adjust;
        List<Prediction> all = new ArrayList<>();
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            if (which.test(r)) {
                groups.computeIfAbsent(r.item().canonical() + "@" + r.record().temperatureC(), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<Row> group : groups.values()) {
            Set<LiteratureRecord> excluded = new HashSet<>();
            Set<LiteratureRecord> eaWithheld = new HashSet<>();
            LiteratureRecord left = group.get(0).record();
            for (Row r : rows) {
                if (!which.test(r) || !r.item().canonical().equals(group.get(0).item().canonical())) {
                    continue; // the other rows, the literature's reports of the composition included, stay in
                }
                if (Math.abs(r.record().temperatureC() - left.temperatureC()) <= 15) {
                    excluded.add(r.record());
                } else if (r.record().citationLabel().equals(left.citationLabel())) {
                    eaWithheld.add(r.record());
                }
            }
            for (Prediction p : predictLeftOut(group, new Holdout(excluded, eaWithheld))) {
                if (which.test(p.row())) {
                    all.add(p);
                }
            }
        }
        return all;
    }

    private List<Prediction> predictLeftOut(List<Row> group, Holdout excluded) {
        Progress.Cancelled.checkpoint(); // one refit per group: the place to stop at Ctrl-C
        ConductivityModel m = adjust.apply(fit(excluded, NONE, null, ""));
        List<Prediction> out = new ArrayList<>();
        for (Row r : group) {
            predict(r, m, excluded).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Prediction> predict(Row r, ConductivityModel m, Holdout excluded) {
        double t = r.record().temperatureC();
        return estimator.estimate(r.analysis(), r.item().features(), t, m, excluded).map(e -> {
            double parent = Double.NaN;
            if (r.analysis().match().isPresent()) {
                Optional<Anchor> a = anchors.parent(r.analysis().match().get().host(), t, null, excluded);
                if (a.isPresent() && a.get().kind() == Anchor.Kind.PARENT) {
                    parent = a.get().log10SigmaAt(t, a.get().eaEV());
                }
            }
            return new Prediction(r, e, parent);
        });
    }

    /** Fits on everything, validates by leaving compositions and hosts out, and sizes the uncertainty from those errors. */
    public ConductivityModel calibrate(String date) {
        List<Prediction> loo = leaveOneOut();
        List<Prediction> loho = leaveOneHostOut();
        ConductivityModel.Uncertainty u = Scorecard.uncertainty(loo, loho, rows);
        List<Prediction> review = loo.stream().filter(p -> p.row().record().fromReview()).toList();
        List<Prediction> literature = loo.stream().filter(p -> !p.row().record().fromReview()).toList();
        ConductivityModel.Validation v = new ConductivityModel.Validation(Scorecard.metrics(loo, u), Scorecard.metrics(loho, u),
                Scorecard.metrics(review, u), Scorecard.metrics(literature, u));
        return fit(Holdout.NONE, u, v, date);
    }

}
