package org.nasse.advisor.estimate;

import java.util.Arrays;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DiagonalMatrix;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
import org.hipparchus.util.Pair;

/**
 * y ≈ Xβ by iteratively reweighted least squares with Huber weights (k = 1.345, scale from the
 * median absolute residual), each weighted solve done by Hipparchus' Levenberg-Marquardt least
 * squares. A small ridge (extra rows λ·I with target 0) keeps features seen in one or two records
 * from taking extreme values, and leaves features never seen at exactly 0.
 */
final class RobustFit {
    static final double HUBER_K = 1.345;
    static final double RIDGE = 0.1;
    private static final int ITERATIONS = 20;

    private RobustFit() {
    }

    static double[] fit(double[][] x, double[] y) {
        int n = y.length;
        int p = x.length == 0 ? 0 : x[0].length;
        double[] beta = new double[p];
        if (n == 0 || p == 0) {
            return beta;
        }
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        RealMatrix design = new Array2DRowRealMatrix(n + p, p);
        for (int i = 0; i < n; i++) {
            design.setRow(i, x[i]);
        }
        for (int j = 0; j < p; j++) {
            design.setEntry(n + j, j, 1.0);
        }
        double[] target = Arrays.copyOf(y, n + p);
        MultivariateJacobianFunction linear = point -> new Pair<>(design.operate(point), design);
        LeastSquaresOptimizer optimizer = new LevenbergMarquardtOptimizer();
        for (int iter = 0; iter < ITERATIONS; iter++) {
            double[] weights = new double[n + p];
            System.arraycopy(w, 0, weights, 0, n);
            Arrays.fill(weights, n, n + p, RIDGE * RIDGE);
            LeastSquaresProblem problem = new LeastSquaresBuilder()
                    .start(beta).model(linear).target(target).weight(new DiagonalMatrix(weights))
                    .maxEvaluations(1000).maxIterations(1000).build();
            RealVector solution = optimizer.optimize(problem).getPoint();
            double[] next = solution.toArray();
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                r[i] = y[i] - new ArrayRealVector(x[i]).dotProduct(solution);
            }
            double scale = Math.max(0.05, 1.4826 * median(abs(r)));
            for (int i = 0; i < n; i++) {
                double u = Math.abs(r[i]) / scale;
                w[i] = u <= HUBER_K ? 1.0 : HUBER_K / u;
            }
            boolean converged = maxDiff(beta, next) < 1e-8;
            beta = next;
            if (converged) {
                break;
            }
        }
        return beta;
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

    private static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
