package org.nasse.advisor.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.stat.correlation.SpearmansCorrelation;

/**
 * The model against a user's measurements (CSV: composition, sigma_rt_S_per_cm, optional
 * temperature_C and parent). Directional accuracy uses rows whose parent is also a row.
 */
public final class DataValidation {
    private DataValidation() {
    }

    public record Point(String composition, String parent, double measured, double predicted, double uncertainty,
                        String error) {
    }

    public record Result(int count, int failed, double spearman, double mae, double directionalAccuracy, int pairs,
                         List<Point> points) {
    }

    public static Result of(List<Point> points) {
        List<Point> ok = points.stream().filter(p -> p.error() == null).toList();
        double[] pred = ok.stream().mapToDouble(Point::predicted).toArray();
        double[] meas = ok.stream().mapToDouble(Point::measured).toArray();
        double rho = ok.size() >= 3 ? new SpearmansCorrelation().correlation(pred, meas) : Double.NaN;
        double mae = ok.stream().mapToDouble(p -> Math.abs(p.measured() - p.predicted())).average().orElse(Double.NaN);
        Map<String, Point> byComposition = new HashMap<>();
        ok.forEach(p -> byComposition.putIfAbsent(p.composition(), p));
        int pairs = 0;
        int right = 0;
        for (Point p : ok) {
            Point parent = p.parent() == null || p.parent().isBlank() ? null : byComposition.get(p.parent());
            if (parent == null || parent == p || Math.abs(p.measured() - parent.measured()) < 1e-9) {
                continue;
            }
            pairs++;
            if (Math.signum(p.measured() - parent.measured()) == Math.signum(p.predicted() - parent.predicted())) {
                right++;
            }
        }
        return new Result(ok.size(), points.size() - ok.size(), rho, mae, pairs == 0 ? Double.NaN : (double) right / pairs,
                pairs, new ArrayList<>(points));
    }
}
