package org.nasse.advisor.calibration;

import java.util.Arrays;

/**
 * y ≈ Xβ with every β ≥ 0 (the columns already carry their heuristic's sign, so a coefficient can
 * only size a term, never flip it), by coordinate descent on the ridge-penalised, Huber-weighted
 * squares: iteratively reweighted (k = 1.345, scale from the median absolute residual) so that one
 * odd record cannot drag a coefficient. A ridge λ keeps a term seen in one or two records from taking
 * an extreme value. {@link #unconstrained} is the same fit without the bound, to tell when the data
 * would have flipped a heuristic.
 */
final class SignConstrainedFit {
    static final double HUBER_K = 1.345;
    static final double RIDGE = 0.1;
    private static final int REWEIGHTS = 20;
    private static final int SWEEPS = 500;

    private SignConstrainedFit() {
    }

    static double[] fit(double[][] x, double[] y) {
        return solve(x, y, true);
    }

    static double[] unconstrained(double[][] x, double[] y) {
        return solve(x, y, false);
    }

    private static double[] solve(double[][] x, double[] y, boolean nonNegative) {
        int n = y.length;
        int p = x.length == 0 ? 0 : x[0].length;
        double[] beta = new double[p];
        if (n == 0 || p == 0) {
            return beta;
        }
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        for (int iter = 0; iter < REWEIGHTS; iter++) {
            double[] before = beta.clone();
            coordinateDescent(x, y, w, beta, nonNegative);
            double[] r = residuals(x, y, beta);
            double scale = Math.max(0.05, 1.4826 * median(abs(r)));
            for (int i = 0; i < n; i++) {
                double u = Math.abs(r[i]) / scale;
                w[i] = u <= HUBER_K ? 1.0 : HUBER_K / u;
            }
            if (maxDiff(before, beta) < 1e-9) {
                break;
            }
        }
        return beta;
    }

    private static void coordinateDescent(double[][] x, double[] y, double[] w, double[] beta, boolean nonNegative) {
        int n = y.length;
        int p = beta.length;
        double[] r = residuals(x, y, beta);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            double change = 0;
            for (int j = 0; j < p; j++) {
                double num = 0;
                double den = RIDGE * RIDGE;
                for (int i = 0; i < n; i++) {
                    double xij = x[i][j];
                    if (xij != 0) {
                        num += w[i] * xij * (r[i] + xij * beta[j]);
                        den += w[i] * xij * xij;
                    }
                }
                double next = num / den;
                if (nonNegative) {
                    next = Math.max(0, next);
                }
                double d = next - beta[j];
                if (d != 0) {
                    for (int i = 0; i < n; i++) {
                        r[i] -= x[i][j] * d;
                    }
                    beta[j] = next;
                    change = Math.max(change, Math.abs(d));
                }
            }
            if (change < 1e-10) {
                return;
            }
        }
    }

    static double[] residuals(double[][] x, double[] y, double[] beta) {
        double[] r = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double s = 0;
            for (int j = 0; j < beta.length; j++) {
                s += x[i][j] * beta[j];
            }
            r[i] = y[i] - s;
        }
        return r;
    }

    private static double[] abs(double[] r) {
        return Arrays.stream(r).map(Math::abs).toArray();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? 0 : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** The q-quantile (0..1) by linear interpolation. */
    static double quantile(double[] v, double q) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        double pos = q * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (pos - lo) * (s[hi] - s[lo]);
    }

    private static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
