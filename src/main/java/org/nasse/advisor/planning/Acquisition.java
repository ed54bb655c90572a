package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a set of picks is worth, batch Bayesian optimisation style: the picks taken one by one, each the best of those
 * left given the ones before it, and each valued under the belief as if those before it had been measured at their
 * posterior mean (kriging believer): its expected improvement over the best so far (raised by the believed picks)
 * plus {@code teachWeight} per decade of its posterior u beyond a measurement's own scatter (what measuring it
 * would teach). A pick that shares its site and dopant with an earlier one has a smaller u, and so teaches and
 * gains less. A problem fact of the batch plan.
 */
public record Acquisition(Belief belief, double best, double teachWeight) {

    /** One pick in its place in the set: its expected improvement and teaching given the picks before it. */
    public record Step(BatchOption option, double expectedGain, double teach, double mean, double u) {
        double value() {
            return expectedGain + teach;
        }
    }

    /** The option alone, against the measurements only. */
    public Step alone(BatchOption o) {
        return step(o, belief, best);
    }

    /** The set in the order the believer takes it, each with its value given those before it. */
    public List<Step> sequence(List<BatchOption> picks) {
        List<BatchOption> left = new ArrayList<>(picks);
        List<Step> out = new ArrayList<>();
        Belief b = belief;
        double incumbent = best;
        while (!left.isEmpty()) {
            Belief now = b;
            double inc = incumbent;
            Step next = left.stream().map(o -> step(o, now, inc))
                    .max(Comparator.comparingDouble(Step::value).thenComparing(s -> -s.option().id())).orElseThrow();
            out.add(next);
            left.remove(next.option());
            b = b.believing(next.option().point());
            incumbent = Math.max(incumbent, next.mean());
        }
        return out;
    }

    /** The set's value in thousandths of a decade, the solver's soft score. */
    public long value(List<BatchOption> picks) {
        return Math.round(1000 * sequence(picks).stream().mapToDouble(Step::value).sum());
    }

    private Step step(BatchOption o, Belief b, double incumbent) {
        double[] post = b.posterior(o.point());
        double ei = BatchPlanner.expectedImprovement(post[0], post[1], incumbent);
        double teach = teachWeight * BatchPlanner.TEACH_PER_DECADE * Math.max(0, post[1] - Belief.MEASUREMENT_U);
        return new Step(o, ei, teach, post[0], post[1]);
    }
}
