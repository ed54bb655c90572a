package org.nasse.advisor.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.analysis.SiteKind;
import org.nasse.advisor.analysis.Substitution;

/** The batch planner's belief: measurements move like dopings, and a batch's second like pick is worth less. */
class BeliefTest {
    /** A trivalent dopant on the Zr⁴⁺ site of NZP (Shannon radius 0.72 Å), 1 per formula unit unless said. */
    static Belief.Point onZr(String host, String dopant, double radius, double fraction) {
        Substitution s = new Substitution("Zr", "Zr", dopant, fraction, fraction / 2, 4, 3, SiteKind.CATION, "VI", false, 0.72, radius);
        return new Belief.Point(host, List.of(s), -5.1, 0.6, 0.8);
    }

    static BatchOption option(int id, Belief.Point p) {
        return new BatchOption(id, null, p, 0, 0, List.of(p.host() + "|Zr|" + p.substitutions().get(0).dopant()), false, List.of());
    }

    @Test
    void aMeasurementMovesLikeDopingsMostAndOtherHostsNot() {
        Belief.Point in = onZr("NZP", "In", 0.80, 1);
        Belief belief = new Belief(List.of(new Belief.Observation(in, 1.0)));
        double sc = belief.posterior(onZr("NZP", "Sc", 0.745, 1))[0];
        double al = belief.posterior(onZr("NZP", "Al", 0.535, 1))[0];
        double inHalf = belief.posterior(onZr("NZP", "In", 0.80, 0.5))[0];
        double other = belief.posterior(onZr("other", "Sc", 0.745, 1))[0];
        assertThat(sc).isGreaterThan(al).isGreaterThan(-5.1); // the host's share moves all, a like radius more
        assertThat(inHalf).isGreaterThan(al);
        assertThat(other).isCloseTo(-5.1, offset(1e-12));
        // the measured composition itself is believed close to its measurement, with about a measurement's u
        double[] self = belief.posterior(in);
        assertThat(self[0]).isCloseTo(-4.1, offset(0.1));
        assertThat(self[1]).isLessThan(0.25);
    }

    @Test
    void theBelieverMakesASecondLikePickWorthLess() {
        Belief.Point y = onZr("NZP", "Y", 0.90, 1);
        Belief.Point yHalf = onZr("NZP", "Y", 0.90, 0.5);
        Belief.Point al = onZr("NZP", "Al", 0.535, 1);
        Belief prior = new Belief(List.of());
        Belief after = prior.believing(y);
        // believed at its mean: no one's mean moves, the same dopant's u shrinks most
        assertThat(after.posterior(yHalf)[0]).isCloseTo(-5.1, offset(1e-9));
        assertThat(after.posterior(yHalf)[1]).isLessThan(after.posterior(al)[1]).isLessThan(prior.posterior(al)[1]);
        Acquisition a = new Acquisition(prior, -5.5, 1);
        BatchOption first = option(0, y);
        BatchOption like = option(1, yHalf);
        BatchOption unlike = option(2, al);
        double alone = a.alone(like).expectedGain() + a.alone(like).teach();
        double second = a.sequence(List.of(first, like)).get(1).value();
        assertThat(second).isLessThan(alone);
        assertThat(a.value(List.of(first, unlike))).isGreaterThan(a.value(List.of(first, like)));
        // the set's value does not depend on the order it is given in
        assertThat(a.value(List.of(unlike, first, like))).isEqualTo(a.value(List.of(like, unlike, first)));
    }
}
