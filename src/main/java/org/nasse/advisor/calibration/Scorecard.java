package org.nasse.advisor.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.stat.correlation.SpearmansCorrelation;
import org.nasse.advisor.calibration.Calibration.Prediction;
import org.nasse.advisor.calibration.Calibration.Row;
import org.nasse.advisor.estimate.Anchor;
import org.nasse.advisor.estimate.Anchors;
import org.nasse.advisor.estimate.ConductivityModel;
import org.nasse.advisor.estimate.ConductivityModel.Metrics;

/**
 * What validation says about the model: how wide each kind of estimate's uncertainty must be to cover
 * two thirds of the errors made on records left out, and how the predictions score (Spearman ρ, MAE,
 * direction, coverage of ±u). The fit itself is {@link Calibration}'s.
 */
public final class Scorecard {
    private Scorecard() {
    }

    /**
     * The 68th percentile of |error| of each kind of estimate; per-substitution and per-100 K terms from the rest.
     * A family-level estimate is what a new framework gets, so its kind is measured where every estimate is one:
     * leaving each host out ({@code loho}); the others on leaving one measurement out ({@code loo}).
     */
    static ConductivityModel.Uncertainty uncertainty(List<Prediction> loo, List<Prediction> loho, List<Row> rows) {
        List<Double> ownReport = new ArrayList<>();
        List<Double> parentNear = new ArrayList<>();
        List<Double> doped = new ArrayList<>();
        List<Double> far = new ArrayList<>();
        List<Double> derived = new ArrayList<>();
        List<Double> neighboursAll = new ArrayList<>();
        Map<String, List<Double>> neighbours = new LinkedHashMap<>();
        double subsTotal = 0;
        double farDistance = 0;
        List<Prediction> all = new ArrayList<>();
        loo.stream().filter(p -> p.estimate().anchor().kind() != Anchor.Kind.NEIGHBOURS).forEach(all::add);
        loho.stream().filter(p -> p.estimate().anchor().kind() == Anchor.Kind.NEIGHBOURS).forEach(all::add);
        for (Prediction p : all) {
            // net of what the estimate already says about its distance from evidence, so that base and evidence part
            // together, not each alone, cover 68 % of the errors
            double r = Math.sqrt(Math.max(0, sq(p.residual()) - sq(intrinsic(p))));
            Anchor a = p.estimate().anchor();
            switch (a.kind()) {
                case NEIGHBOURS -> {
                    neighboursAll.add(r);
                    neighbours.computeIfAbsent(p.row().item().family(), k -> new ArrayList<>()).add(r);
                }
                case DERIVED_PARENT -> derived.add(r);
                case OWN_REPORT -> ownReport.add(r);
                case PARENT -> {
                    int subs = p.row().item().features().substitutions();
                    double dT = Math.abs(p.row().record().temperatureC() - a.temperatureC());
                    if (subs > 0) {
                        doped.add(r);
                        subsTotal += subs;
                    } else if (dT > 50) {
                        far.add(r);
                        farDistance += dT / 100;
                    } else {
                        parentNear.add(r);
                    }
                }
                default -> { }
            }
        }
        double base = Math.max(0.1, q(parentNear.size() >= 3 ? parentNear : union(parentNear, doped)));
        double perSub = doped.isEmpty() ? 0 : Math.sqrt(Math.max(0, sq(q(doped)) - base * base)) / (subsTotal / doped.size());
        double perHundred = far.isEmpty() ? 0 : Math.sqrt(Math.max(0, sq(q(far)) - base * base)) / (farDistance / far.size());
        double neighboursDefault = Math.max(base, q(neighboursAll));
        Map<String, Double> byFamily = new LinkedHashMap<>();
        neighbours.forEach((family, v) -> {
            if (v.size() >= 5) {
                byFamily.put(family, Anchors.round(Math.max(base, q(v))));
            }
        });
        double reported = Math.max(0.1, reportedSpread(rows));
        return new ConductivityModel.Uncertainty(Anchors.round(reported),
                Anchors.round(ownReport.size() >= 3 ? Math.max(0.1, q(ownReport)) : base),
                Anchors.round(base), Anchors.round(perSub), Anchors.round(derived.size() >= 3 ? Math.max(base, q(derived)) : neighboursDefault),
                byFamily, Anchors.round(neighboursDefault), Anchors.round(perHundred));
    }

    /** Half the range of a composition's reports at one temperature, median over compositions with several. */
    private static double reportedSpread(List<Row> rows) {
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            groups.computeIfAbsent(r.item().reducedKey() + "@" + Math.round(r.record().temperatureC() / 15), k -> new ArrayList<>())
                    .add(r.measured());
        }
        List<Double> spreads = new ArrayList<>();
        for (List<Double> v : groups.values()) {
            if (v.size() >= 2) {
                spreads.add((v.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                        - v.stream().mapToDouble(Double::doubleValue).min().orElse(0)) / 2);
            }
        }
        return spreads.isEmpty() ? 0.1 : SignConstrainedFit.median(spreads.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static List<Double> union(List<Double> a, List<Double> b) {
        List<Double> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static double q(List<Double> v) {
        return v.isEmpty() ? 0 : SignConstrainedFit.quantile(v.stream().mapToDouble(Double::doubleValue).toArray(), Calibration.COVERAGE);
    }

    private static double sq(double x) {
        return x * x;
    }

    /** The uncertainty the calibrated model would give a prediction (as the estimator computes it). */
    public static double uncertaintyOf(Prediction p, ConductivityModel.Uncertainty u) {
        Anchor a = p.estimate().anchor();
        String family = p.row().item().family();
        double base = switch (a.kind()) {
            case NEIGHBOURS -> u.neighbours().getOrDefault(family, u.neighboursDefault());
            case DERIVED_PARENT -> u.derivedParent();
            case OWN_REPORT -> u.ownReport();
            case REPORTED -> u.reported();
            default -> u.model();
        };
        // the estimate's own parts (distance from evidence, a cap at the family's best, a borrowed Ea) count as in use
        double own = intrinsic(p);
        if (a.familyLevel()) {
            return Math.sqrt(base * base + own * own);
        }
        double subs = u.perSubstitution() * p.row().item().features().substitutions();
        double temp = u.perHundredKelvin() * Math.abs(p.row().record().temperatureC() - a.temperatureC()) / 100;
        return Math.sqrt(base * base + subs * subs + temp * temp + own * own);
    }

    /** The parts of u an estimate sizes itself, whatever the calibration: evidence, aboveEvidence, eaBorrowed. */
    private static double intrinsic(Prediction p) {
        java.util.Map<String, Double> parts = p.estimate().uncertaintyParts();
        double e = parts.getOrDefault("evidence", 0.0);
        double above = parts.getOrDefault("aboveEvidence", 0.0);
        double ea = parts.getOrDefault("eaBorrowed", 0.0);
        return Math.sqrt(e * e + above * above + ea * ea);
    }

    /** Spearman ρ, MAE, directional accuracy on (parent, doped) pairs, and the share of errors inside ±u. */
    public static Metrics metrics(List<Prediction> predictions, ConductivityModel.Uncertainty u) {
        int n = predictions.size();
        if (n == 0) {
            return new Metrics(0, null, null, null, 0, null, null);
        }
        double[] pred = predictions.stream().mapToDouble(Prediction::predicted).toArray();
        double[] meas = predictions.stream().mapToDouble(p -> p.row().measured()).toArray();
        Double rho = n >= 3 ? Anchors.round(new SpearmansCorrelation().correlation(pred, meas)) : null;
        double mae = predictions.stream().mapToDouble(p -> Math.abs(p.residual())).average().orElse(Double.NaN);
        int pairs = 0;
        int right = 0;
        int inside = 0;
        List<Double> parentU = new ArrayList<>();
        for (Prediction p : predictions) {
            double unc = uncertaintyOf(p, u);
            if (Math.abs(p.residual()) <= unc) {
                inside++;
            }
            if (!Double.isNaN(p.parentAtT())) {
                parentU.add(unc);
            }
            if (p.row().item().features().isEmpty() || Double.isNaN(p.parentAtT())) {
                continue;
            }
            double measured = p.row().measured() - p.parentAtT();
            double predicted = p.predicted() - p.parentAtT();
            if (Math.abs(measured) < 0.05) {
                continue;
            }
            pairs++;
            if (Math.signum(measured) == Math.signum(predicted)) {
                right++;
            }
        }
        return new Metrics(n, rho, Anchors.round(mae), pairs == 0 ? null : Anchors.round((double) right / pairs), pairs,
                Anchors.round((double) inside / n),
                parentU.isEmpty() ? null : Anchors.round(SignConstrainedFit.median(parentU.stream().mapToDouble(Double::doubleValue).toArray())));
    }
}
