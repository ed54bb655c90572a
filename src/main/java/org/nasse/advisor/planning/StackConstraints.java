package org.nasse.advisor.planning;

import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * A cell works when no interface is one the review shows to fail (a cathode above the oxidation limit
 * of what touches it, H13/H17; Na metal on an electrolyte it reduces, H14), no layer breaks a target,
 * and the separator conducts at the operating temperature. Among working cells: the cathode's
 * energy, closeness to demonstrated cells, fewer interfaces without precedent, low processing
 * temperature, few extra components, and the separator's own merit.
 */
public class StackConstraints implements ConstraintProvider {
    public static final Map<String, Double> SOFT_WEIGHTS = Map.of(
            "energy", 2.0, "cellEvidence", 1.0, "processing", 1.0, "components", 1.0, "electrolyte", 1.0,
            "noPrecedent", 3.0);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            incompatibleContact(f), layerBreaksATarget(f), electrolyteConductsAtTemperature(f), sameStackTwice(f),
            energy(f), demonstratedCells(f), contactWithoutPrecedent(f), processing(f), components(f), electrolyteQuality(f),
            diversity(f)
        };
    }

    Constraint incompatibleContact(ConstraintFactory f) {
        return f.forEach(StackSlot.class).filter(s -> s.getStack().incompatibleContacts() > 0)
                .penalizeLong(HardSoftLongScore.ONE_HARD, s -> s.getStack().incompatibleContacts())
                .asConstraint("Incompatible contact (cathode above the oxidation limit, electrolyte reduced by the anode)");
    }

    Constraint layerBreaksATarget(ConstraintFactory f) {
        return f.forEach(StackSlot.class).filter(s -> s.getStack().targetBreaks() > 0)
                .penalizeLong(HardSoftLongScore.ONE_HARD, s -> s.getStack().targetBreaks())
                .asConstraint("A layer breaks a target (excluded element, family, processing, air)");
    }

    Constraint electrolyteConductsAtTemperature(ConstraintFactory f) {
        return f.forEach(StackSlot.class).filter(s -> s.getStack().electrolyteTooSlow())
                .penalizeLong(HardSoftLongScore.ONE_HARD, s -> 1).asConstraint("Electrolyte too slow at the operating temperature");
    }

    Constraint sameStackTwice(ConstraintFactory f) {
        return f.forEachUniquePair(StackSlot.class, Joiners.equal(StackSlot::getStack))
                .penalizeLong(HardSoftLongScore.ONE_HARD, (a, b) -> 10).asConstraint("Same stack twice");
    }

    Constraint energy(ConstraintFactory f) {
        return f.forEach(StackSlot.class).rewardLong(HardSoftLongScore.ONE_SOFT, s -> s.getStack().energyReward())
                .asConstraint("Specific energy of the cathode");
    }

    Constraint demonstratedCells(ConstraintFactory f) {
        return f.forEach(StackSlot.class).rewardLong(HardSoftLongScore.ONE_SOFT, s -> s.getStack().evidenceReward())
                .asConstraint("Close to demonstrated cells");
    }

    Constraint contactWithoutPrecedent(ConstraintFactory f) {
        return f.forEach(StackSlot.class).penalizeLong(HardSoftLongScore.ONE_SOFT, s -> s.getStack().noPrecedentPenalty())
                .asConstraint("Contact without precedent");
    }

    Constraint processing(ConstraintFactory f) {
        return f.forEach(StackSlot.class).penalizeLong(HardSoftLongScore.ONE_SOFT, s -> s.getStack().processingPenalty())
                .asConstraint("Processing temperature");
    }

    Constraint components(ConstraintFactory f) {
        return f.forEach(StackSlot.class).penalizeLong(HardSoftLongScore.ONE_SOFT, s -> s.getStack().componentPenalty())
                .asConstraint("Extra components");
    }

    Constraint electrolyteQuality(ConstraintFactory f) {
        return f.forEach(StackSlot.class).impactLong(HardSoftLongScore.ONE_SOFT, s -> s.getStack().electrolyteReward())
                .asConstraint("Electrolyte merit");
    }

    Constraint diversity(ConstraintFactory f) {
        return f.forEachUniquePair(StackSlot.class, Joiners.equal(s -> s.getStack().pairKey()))
                .join(CompositionPlanSettings.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (a, b, settings) -> settings.diversityPenalty())
                .asConstraint("Same cathode and electrolyte twice");
    }
}
