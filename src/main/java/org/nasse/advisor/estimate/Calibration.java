package org.nasse.advisor.estimate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.advice.Assessment;
import org.nasse.advisor.estimate.ConductivityModel.Statistic;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.LiteratureRecord;
import org.nasse.advisor.progress.Progress;

/**
 * Fits the model to the knowledge base's records and validates it by leave-one-out: for each
 * record, the coefficients are refitted without it and no anchor may use it, then it is predicted.
 */
public final class Calibration {
    private final Advisor advisor;
    private final Anchors anchors;
    private final Estimator estimator;
    private final List<Row> rows = new ArrayList<>();

    /** One record the model can learn from: its assessment, features and measured log10 σ. */
    public record Row(LiteratureRecord record, Assessment assessment, Features features, double measured) {
    }

    /** A prediction next to its measurement. */
    public record Prediction(Row row, double predicted, double anchorAtT, boolean familyLevel) {
        public double residual() {
            return row.measured() - predicted;
        }
    }

    public Calibration(Advisor advisor, Anchors anchors) {
        this.advisor = advisor;
        this.anchors = anchors;
        this.estimator = new Estimator(anchors, null);
        List<LiteratureRecord> usable = advisor.knowledge().records().stream().filter(LiteratureRecord::hasTemperature).toList();
        List<Assessment> assessed = advisor.assessAll(usable.stream().map(r -> advisor.analyzer().analyze(r.composition())).toList());
        for (int i = 0; i < usable.size(); i++) {
            LiteratureRecord r = usable.get(i);
            rows.add(new Row(r, assessed.get(i), Features.of(assessed.get(i).analysis(), assessed.get(i).findings()), Math.log10(r.sigmaSPerCm())));
        }
    }

    public List<Row> rows() {
        return rows;
    }

    /** The anchor-only prediction (no feature effects) of a row, with some records kept out. */
    private Optional<Estimate> baseline(Row row, Set<LiteratureRecord> excluded) {
        return estimator.estimate(row.assessment().analysis(), row.assessment().findings(), row.record().temperatureC(), null, excluded);
    }

    /** Coefficients fitted on all rows except {@code leftOut}, whose record also anchors nothing. */
    double[] fitCoefficients(Row leftOut) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (Row row : rows) {
            if (row == leftOut) {
                continue;
            }
            Set<LiteratureRecord> excluded = new HashSet<>();
            excluded.add(row.record());
            if (leftOut != null) {
                excluded.add(leftOut.record());
            }
            Optional<Estimate> b = baseline(row, excluded);
            if (b.isPresent() && !b.get().anchor().familyLevel()) {
                x.add(row.features().vector());
                y.add(row.measured() - b.get().log10Sigma());
            }
        }
        return RobustFit.fit(x.toArray(new double[0][]), y.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Ea change per decade of σ change, from records whose Ea and whose host's Ea are both measured. */
    double eaShiftPerDecade(List<double[]> pairsOut) {
        List<Double> ratios = new ArrayList<>();
        for (Row row : rows) {
            if (row.record().eaEV() == null || row.assessment().analysis().match().isEmpty()) {
                continue;
            }
            Host host = row.assessment().analysis().match().get().host();
            Optional<Anchor> a = anchors.forHost(host, Set.of(row.record()));
            if (a.isEmpty() || !a.get().eaMeasured()) {
                continue;
            }
            double dlog = row.measured() - a.get().log10SigmaAt(row.record().temperatureC(), a.get().eaEV());
            if (Math.abs(dlog) > 0.1) {
                ratios.add((a.get().eaEV() - row.record().eaEV()) / dlog);
                pairsOut.add(new double[] {dlog, a.get().eaEV() - row.record().eaEV()});
            }
        }
        return ratios.size() >= 2 ? RobustFit.median(ratios.stream().mapToDouble(Double::doubleValue).toArray()) : 0.0;
    }

    private ConductivityModel model(double[] beta, double lambda, int pairs, ConductivityModel.Uncertainty u,
                                    ConductivityModel.Residuals res, String date) {
        Map<String, Double> coefficients = new LinkedHashMap<>();
        for (int i = 0; i < beta.length; i++) {
            coefficients.put(Features.NAMES.get(i), Anchors.round(beta[i]));
        }
        Map<String, Statistic> ea = new LinkedHashMap<>();
        Map<String, Statistic> sigma = new LinkedHashMap<>();
        for (String family : List.of("sulfide", "nasicon", "halide", "complex-hydride", "anti-perovskite",
                "layered-oxide", "beta-alumina")) {
            ea.put(family, anchors.familyEa(family, Set.of()));
            Statistic s = anchors.familyLog10Sigma25(family, Set.of());
            if (s.count() > 0) {
                sigma.put(family, s);
            }
        }
        return new ConductivityModel(date, "log10 σ = anchor (Arrhenius, σT form) + Σ cᵢ·featureᵢ; cᵢ by Huber IRLS "
                + "(k = " + RobustFit.HUBER_K + ") over Hipparchus Levenberg-Marquardt least squares, ridge " + RobustFit.RIDGE
                + "; training targets use anchors that exclude the record itself",
                "knowledge/records.yaml (records with a stated temperature)", rows.size(), coefficients,
                Anchors.round(lambda), pairs, ea, anchors.familyEa("", Set.of()), sigma, u, res);
    }

    /** Leave-one-out predictions with a given fitting procedure. */
    public List<Prediction> leaveOneOut() {
        List<Prediction> out = new ArrayList<>();
        List<double[]> ignored = new ArrayList<>();
        double lambda = eaShiftPerDecade(ignored);
        for (Row row : rows) {
            Progress.Cancelled.checkpoint(); // one refit per record: the place to stop at Ctrl-C
            double[] beta = fitCoefficients(row);
            ConductivityModel m = model(beta, lambda, 0, new ConductivityModel.Uncertainty(0.0, 0.0, 0.0, 0.0),
                    new ConductivityModel.Residuals(0.0, 0.0, null, null, null, null), "");
            Set<LiteratureRecord> excluded = Set.of(row.record());
            Optional<Estimate> e = estimator.estimate(row.assessment().analysis(), row.assessment().findings(), row.record().temperatureC(), m, excluded);
            Optional<Estimate> b = baseline(row, excluded);
            if (e.isPresent() && b.isPresent()) {
                out.add(new Prediction(row, e.get().log10Sigma(), b.get().log10Sigma(), e.get().anchor().familyLevel()));
            }
        }
        return out;
    }

    /** Fits on everything, validates by leave-one-out, derives the uncertainty terms from the LOO errors. */
    public ConductivityModel calibrate(String date) {
        double[] beta = fitCoefficients(null);
        List<double[]> pairs = new ArrayList<>();
        double lambda = eaShiftPerDecade(pairs);
        List<Prediction> loo = leaveOneOut();
        Metrics metrics = Metrics.of(loo);

        // fit residuals on the training rows
        ConductivityModel provisional = model(beta, lambda, pairs.size(), new ConductivityModel.Uncertainty(0.0, 0.0, 0.0, 0.0),
                new ConductivityModel.Residuals(0.0, 0.0, null, null, null, null), date);
        List<Double> fitResiduals = new ArrayList<>();
        for (Row row : rows) {
            estimator.estimate(row.assessment().analysis(), row.assessment().findings(), row.record().temperatureC(), provisional, Set.of(row.record()))
                    .filter(e -> !e.anchor().familyLevel())
                    .ifPresent(e -> fitResiduals.add(row.measured() - e.log10Sigma()));
        }
        double fitRms = Math.sqrt(fitResiduals.stream().mapToDouble(r -> r * r).average().orElse(0));
        double fitMae = fitResiduals.stream().mapToDouble(Math::abs).average().orElse(0);

        // uncertainty terms from the leave-one-out errors of each kind of prediction
        List<Double> near = new ArrayList<>();
        List<Double> doped = new ArrayList<>();
        List<Double> far = new ArrayList<>();
        List<Double> farDistance = new ArrayList<>();
        List<Double> family = new ArrayList<>();
        double subsTotal = 0;
        for (Prediction p : loo) {
            double r = p.residual();
            int subs = p.row().features().substitutions();
            if (p.familyLevel()) {
                family.add(r);
                continue;
            }
            double dT = Math.abs(p.row().record().temperatureC() - 25);
            if (subs > 0) {
                doped.add(r);
                subsTotal += subs;
            } else if (dT > 50) {
                far.add(r);
                farDistance.add(dT / 100);
            } else {
                near.add(r);
            }
        }
        double base = rms(near.size() >= 3 ? near : allNonFamily(loo));
        double perSub = doped.isEmpty() ? base : Math.sqrt(Math.max(0, rms2(doped) - base * base)) / (subsTotal / doped.size());
        double perHundred = far.isEmpty() ? 0 : Math.sqrt(Math.max(0, rms2(far) - base * base))
                / farDistance.stream().mapToDouble(Double::doubleValue).average().orElse(1);
        double noHost = family.size() >= 3 ? rms(family) : anchorsSpreadMax();
        ConductivityModel.Uncertainty u = new ConductivityModel.Uncertainty(Anchors.round(Math.max(base, 0.1)),
                Anchors.round(perSub), Anchors.round(perHundred), Anchors.round(Math.max(noHost, base)));
        ConductivityModel.Residuals res = new ConductivityModel.Residuals(Anchors.round(fitRms), Anchors.round(fitMae),
                Anchors.round(metrics.mae()), Anchors.round(metrics.spearman()), Anchors.round(metrics.directionalAccuracy()),
                metrics.pairs());
        return model(beta, lambda, pairs.size(), u, res, date);
    }

    private double anchorsSpreadMax() {
        double m = 0;
        for (String f : List.of("sulfide", "nasicon", "halide", "complex-hydride", "anti-perovskite", "layered-oxide", "beta-alumina")) {
            Statistic s = anchors.familyLog10Sigma25(f, Set.of());
            if (s.spread() != null) {
                m = Math.max(m, s.spread());
            }
        }
        return m;
    }

    private static List<Double> allNonFamily(List<Prediction> loo) {
        return loo.stream().filter(p -> !p.familyLevel()).map(Prediction::residual).toList();
    }

    private static double rms2(List<Double> r) {
        return r.stream().mapToDouble(x -> x * x).average().orElse(0);
    }

    private static double rms(List<Double> r) {
        return Math.sqrt(rms2(r));
    }

    /** Spearman ρ, mean absolute error (decades) and directional accuracy of a set of predictions. */
    public record Metrics(int count, double spearman, double mae, double directionalAccuracy, int pairs) {
        public static Metrics of(List<Prediction> predictions) {
            int n = predictions.size();
            double[] pred = predictions.stream().mapToDouble(Prediction::predicted).toArray();
            double[] meas = predictions.stream().mapToDouble(p -> p.row().measured()).toArray();
            double rho = n >= 3 ? new SpearmansCorrelation().correlation(pred, meas) : Double.NaN;
            double mae = predictions.stream().mapToDouble(p -> Math.abs(p.residual())).average().orElse(Double.NaN);
            int pairs = 0;
            int right = 0;
            for (Prediction p : predictions) {
                if (p.row().features().substitutions() == 0 || p.familyLevel()) {
                    continue;
                }
                double measured = p.row().measured() - p.anchorAtT();
                double predicted = p.predicted() - p.anchorAtT();
                if (Math.abs(measured) < 1e-9) {
                    continue;
                }
                pairs++;
                if (Math.signum(measured) == Math.signum(predicted)) {
                    right++;
                }
            }
            return new Metrics(n, rho, mae, pairs == 0 ? Double.NaN : (double) right / pairs, pairs);
        }
    }
}
