package org.nasse.advisor.planning;

import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * A cell works when the electrolyte survives the cathode (or a catholyte shields it, H13/H17), the
 * anode side is stable (or an interlayer or alloy anode makes it so, H14/H15) and the electrolyte
 * conducts at the operating temperature. Among working cells: energy, evidence from demonstrated
 * cells, low processing temperature, few extra components.
 */
public class StackConstraints implements ConstraintProvider {
    public static final Map<String, Double> SOFT_WEIGHTS = Map.of(
            "energy", 2.0, "cellEvidence", 5.0, "processing", 1.0, "components", 1.0, "electrolyte", 1.0,
            "unknownLimit", 1.0);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            oxidationLimitCoversCathode(f), anodeSideStable(f), electrolyteConductsAtTemperature(f), sameStackTwice(f),
            energy(f), demonstratedCells(f), processing(f), components(f), electrolyteQuality(f), unknownLimits(f),
            diversity(f)
        };
    }

    Constraint oxidationLimitCoversCathode(ConstraintFactory f) {
        return f.forEach(StackSlot.class).filter(s -> s.getStack().oxidationUncovered())
                .penalizeLong(HardSoftLongScore.ONE_HARD, s -> 1).asConstraint("Cathode above the oxidation limit, no catholyte");
    }

    Constraint anodeSideStable(ConstraintFactory f) {
        return f.forEach(StackSlot.class).filter(s -> s.getStack().anodeUnstable())
                .penalizeLong(HardSoftLongScore.ONE_HARD, s -> 1).asConstraint("Electrolyte reduced by the anode");
    }

    Constraint electrolyteConductsAtTemperature(ConstraintFactory f) {
        return f.forEach(StackSlot.class).filter(s -> s.getStack().electrolyteTooSlow())
                .penalizeLong(HardSoftLongScore.ONE_HARD, s -> 1).asConstraint("Electrolyte too slow at the operating temperature");
    }

    Constraint sameStackTwice(ConstraintFactory f) {
        return f.forEachUniquePair(StackSlot.class, Joiners.equal(StackSlot::getStack))
                .penalizeLong(HardSoftLongScore.ONE_HARD, (a, b) -> 1).asConstraint("Same stack twice");
    }

    Constraint energy(ConstraintFactory f) {
        return f.forEach(StackSlot.class).rewardLong(HardSoftLongScore.ONE_SOFT, s -> s.getStack().energyReward())
                .asConstraint("Specific energy of the cathode");
    }

    Constraint demonstratedCells(ConstraintFactory f) {
        return f.forEach(StackSlot.class).rewardLong(HardSoftLongScore.ONE_SOFT, s -> s.getStack().evidenceReward())
                .asConstraint("Close to demonstrated cells");
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

    Constraint unknownLimits(ConstraintFactory f) {
        return f.forEach(StackSlot.class).penalizeLong(HardSoftLongScore.ONE_SOFT, s -> s.getStack().unknownLimitPenalty())
                .asConstraint("Oxidation limit or Na-metal behaviour unknown");
    }

    Constraint diversity(ConstraintFactory f) {
        return f.forEachUniquePair(StackSlot.class, Joiners.equal(s -> s.getStack().pairKey()))
                .join(CompositionPlanSettings.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (a, b, settings) -> settings.diversityPenalty())
                .asConstraint("Same cathode and electrolyte twice");
    }
}
