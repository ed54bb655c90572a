package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.analysis.HostMatch;
import org.nasse.advisor.analysis.Substitution;
import org.nasse.advisor.estimate.Estimate;

/**
 * The batch planner's belief about the estimate's errors: a Gaussian process whose prior mean is the estimate and
 * whose covariance comes from the estimate's own uncertainty parts. The anchor's part (the host's parent report) is
 * shared by every composition of the host; the rest (evidence, substitutions, temperature) is shared by dopings of the
 * host that look alike — the same site, the same dopant charge, a dopant radius within about {@value #RADIUS_SCALE}
 * of the host ion's (the 15 % rule of substitution) and a level within about a factor of two. Measurements move the
 * belief (the posterior mean of their neighbours shifts by their correlated share of the residual); the picks of a
 * batch are fantasised at their posterior mean (kriging believer), which shrinks their neighbours' u.
 */
public final class Belief {
    /** Dopant radii this far apart, relative to the host ion's, are one correlation length apart. */
    static final double RADIUS_SCALE = 0.15;
    /** Dopant levels a factor of two apart are one correlation length apart. */
    static final double LEVEL_SCALE = Math.log(2);
    /** Another dopant charge on the same site shares this much of its doping error. */
    static final double OTHER_CHARGE = 0.3;
    /** The parts of an estimate's u that belong to its dopings; the rest (the anchor's) is the host's. */
    private static final Set<String> DOPING_PARTS = Set.of("substitutions", "temperature", "evidence", "aboveEvidence");
    /** A measurement's own scatter (decades): the spread of repeated reports of one composition. */
    public static final double MEASUREMENT_U = 0.2;

    /** A composition as the belief sees it: its host, dopings, estimate, and u split into shared-by-host and by-doping. */
    public record Point(String host, List<Substitution> substitutions, double mu, double hostPart, double dopingPart) {
        double variance() {
            return hostPart * hostPart + dopingPart * dopingPart;
        }
    }

    /** A measured composition: where it is, and how far its measurement fell from its estimate (decades). */
    public record Observation(Point point, double residual) {
    }

    private final List<Point> observed = new ArrayList<>();
    private final List<Double> residuals = new ArrayList<>();
    private double[][] inverse = new double[0][0];

    public Belief(List<Observation> observations) {
        observations.forEach(o -> {
            observed.add(o.point());
            residuals.add(o.residual());
        });
        refresh();
    }

    /** The point of an estimate: the anchor's part of u is the host's, the rest the doping's. */
    public static Point point(HostMatch match, Estimate e) {
        double hostPart = 0;
        for (Map.Entry<String, Double> p : e.uncertaintyParts().entrySet()) {
            if (!DOPING_PARTS.contains(p.getKey())) {
                hostPart = Math.hypot(hostPart, p.getValue());
            }
        }
        double u = e.log10Uncertainty();
        hostPart = Math.min(hostPart, u);
        return new Point(match == null ? null : match.host().id(), match == null ? List.of() : match.substitutions(),
                e.log10Sigma(), hostPart, Math.sqrt(Math.max(0, u * u - hostPart * hostPart)));
    }

    /** Prior covariance of two points' errors. */
    static double covariance(Point a, Point b) {
        if (a.host() == null || !a.host().equals(b.host())) {
            return a == b ? a.variance() : 0;
        }
        return a.hostPart() * b.hostPart() + similarity(a, b) * a.dopingPart() * b.dopingPart();
    }

    /** How alike two compositions' dopings are, 0–1: each substitution matched with its likest in the other, both ways. */
    static double similarity(Point a, Point b) {
        if (a.substitutions().isEmpty() || b.substitutions().isEmpty()) {
            return a.substitutions().isEmpty() && b.substitutions().isEmpty() ? 1 : 0;
        }
        return (likest(a, b) + likest(b, a)) / 2;
    }

    private static double likest(Point a, Point b) {
        double sum = 0;
        for (Substitution s : a.substitutions()) {
            double best = 0;
            for (Substitution t : b.substitutions()) {
                best = Math.max(best, alike(s, t));
            }
            sum += best;
        }
        return sum / a.substitutions().size();
    }

    static double alike(Substitution s, Substitution t) {
        if (!s.site().equals(t.site())) {
            return 0;
        }
        double level = Math.log(s.fraction() / t.fraction()) / LEVEL_SCALE;
        double k = Math.exp(-0.5 * level * level);
        if (s.dopant().equals(t.dopant()) && s.dopantOxidationState() == t.dopantOxidationState()) {
            return k;
        }
        if (s.dopantOxidationState() != t.dopantOxidationState()) {
            k *= OTHER_CHARGE;
        }
        if (!s.hasRadii() || !t.hasRadii()) {
            return 0; // no radius to compare: another dopant is another question
        }
        double r = (s.dopantRadius() - t.dopantRadius()) / s.hostRadius() / RADIUS_SCALE;
        return k * Math.exp(-0.5 * r * r);
    }

    /** Posterior mean and u of a point given every observation (and fantasy) so far. */
    public double[] posterior(Point p) {
        int n = observed.size();
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = covariance(p, observed.get(i));
        }
        double mean = p.mu();
        double var = p.variance();
        for (int i = 0; i < n; i++) {
            double w = 0;
            for (int j = 0; j < n; j++) {
                w += inverse[i][j] * k[j];
            }
            mean += w * residuals.get(i);
            var -= w * k[i];
        }
        return new double[] {mean, Math.sqrt(Math.max(var, 0))};
    }

    /** Kriging believer: the belief as if {@code p} had been measured at its posterior mean. */
    public Belief believing(Point p) {
        double[] post = posterior(p);
        List<Observation> all = new ArrayList<>();
        for (int i = 0; i < observed.size(); i++) {
            all.add(new Observation(observed.get(i), residuals.get(i)));
        }
        all.add(new Observation(p, post[0] - p.mu()));
        return new Belief(all);
    }

    private void refresh() {
        int n = observed.size();
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = covariance(observed.get(i), observed.get(j)) + (i == j ? MEASUREMENT_U * MEASUREMENT_U : 0);
            }
            a[i][n + i] = 1;
        }
        // Gauss–Jordan: the matrix is symmetric positive definite (the measurement scatter on its diagonal)
        for (int c = 0; c < n; c++) {
            double pivot = a[c][c];
            for (int j = 0; j < 2 * n; j++) {
                a[c][j] /= pivot;
            }
            for (int r = 0; r < n; r++) {
                if (r != c && a[r][c] != 0) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * n; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        inverse = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inverse[i], 0, n);
        }
    }
}
