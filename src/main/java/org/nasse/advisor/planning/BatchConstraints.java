package org.nasse.advisor.planning;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * What makes a batch of syntheses good. Hard: every target met, no implausible substitution (unless
 * exploring), no composition twice, no two picks with the same dopant on the same site of a host (unless
 * asked). Soft: the set's value as {@link Acquisition} reckons it — each pick's expected improvement and what it would
 * teach, given the picks before it (kriging believer), so a second pick like the first counts for less.
 */
public class BatchConstraints implements ConstraintProvider {
    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {targets(f), implausible(f), sameTwice(f), sameDoping(f), acquisition(f)};
    }

    Constraint targets(ConstraintFactory f) {
        return f.forEach(BatchSlot.class).filter(s -> !s.getOption().candidate().meetsTargets())
                .penalizeLong(HardSoftLongScore.ONE_HARD, s -> s.getOption().candidate().hardViolations()).asConstraint("Breaks a target");
    }

    Constraint implausible(ConstraintFactory f) {
        return f.forEach(BatchSlot.class).join(BatchPlanner.Settings.class)
                .filter((s, settings) -> s.getOption().implausible() && !settings.exploratory())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (s, settings) -> 1).asConstraint("Implausible substitution");
    }

    Constraint sameTwice(ConstraintFactory f) {
        return f.forEachUniquePair(BatchSlot.class, Joiners.equal(BatchSlot::getOption))
                .penalizeLong(HardSoftLongScore.ONE_HARD, (a, b) -> 10).asConstraint("Same composition twice");
    }

    Constraint sameDoping(ConstraintFactory f) {
        return f.forEachUniquePair(BatchSlot.class).join(BatchPlanner.Settings.class)
                .filter((a, b, settings) -> !settings.allowSameDoping() && a.getOption() != b.getOption()
                        && a.getOption().shares(b.getOption()))
                .penalizeLong(HardSoftLongScore.ONE_HARD, (a, b, settings) -> 1).asConstraint("Same dopant on the same site twice");
    }

    /** The whole set at once: the believer's value depends on which picks come before which. */
    Constraint acquisition(ConstraintFactory f) {
        return f.forEach(BatchSlot.class).groupBy(ConstraintCollectors.toList(BatchSlot::getOption)).join(Acquisition.class)
                .rewardLong(HardSoftLongScore.ONE_SOFT, (picks, a) -> a.value(picks.stream().distinct().toList()))
                .asConstraint("Expected improvement and what it would teach");
    }
}
