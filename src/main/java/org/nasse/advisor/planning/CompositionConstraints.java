package org.nasse.advisor.planning;

import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * What makes a recommended composition good for the scenario. Hard: the user's targets. Soft:
 * margin, stability, simplicity, evidence, likelihood, and a list that is not ten variants of one idea.
 */
public class CompositionConstraints implements ConstraintProvider {
    /** Default weights of the soft constraints; a scenario's `weights` override them. */
    public static final Map<String, Double> SOFT_WEIGHTS = Map.of(
            "conductivityMargin", 10.0, "airStability", 5.0, "naMetal", 3.0, "fewerDopants", 2.0,
            "evidence", 4.0, "likelihood", 1.0, "cathodeWindow", 3.0, "diversity", 6.0);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            conductivityFloor(f), airStabilityRequired(f), processingLimit(f), excludedElement(f), chargeBalance(f),
            sameCompositionTwice(f),
            conductivityMargin(f), airStability(f), naMetalCompatibility(f), fewerDopants(f), literatureEvidence(f),
            substitutionLikelihood(f), cathodeWindow(f), hostDiversity(f)
        };
    }

    Constraint conductivityFloor(ConstraintFactory f) {
        return f.forEach(RankSlot.class).filter(s -> s.getCandidate().belowFloor())
                .penalizeLong(HardSoftLongScore.ONE_HARD, s -> 1).asConstraint("Conductivity below the target");
    }

    Constraint airStabilityRequired(ConstraintFactory f) {
        return f.forEach(RankSlot.class).filter(s -> s.getCandidate().airRequiredButUnstable())
                .penalizeLong(HardSoftLongScore.ONE_HARD, s -> 1).asConstraint("Air stability required");
    }

    Constraint processingLimit(ConstraintFactory f) {
        return f.forEach(RankSlot.class).filter(s -> s.getCandidate().processedTooHot())
                .penalizeLong(HardSoftLongScore.ONE_HARD, s -> 1).asConstraint("Processing above the temperature limit");
    }

    Constraint excludedElement(ConstraintFactory f) {
        return f.forEach(RankSlot.class).filter(s -> s.getCandidate().hasExcludedElement())
                .penalizeLong(HardSoftLongScore.ONE_HARD, s -> 1).asConstraint("Excluded element");
    }

    Constraint chargeBalance(ConstraintFactory f) {
        return f.forEach(RankSlot.class).filter(s -> !s.getCandidate().chargeBalanced())
                .penalizeLong(HardSoftLongScore.ONE_HARD, s -> 1).asConstraint("Not charge balanced");
    }

    /**
     * Worse than any candidate's own violations (at most five), so repeating a pick never beats a real
     * alternative, however poor: the plan is a set, which is what ExactSelection assumes.
     */
    Constraint sameCompositionTwice(ConstraintFactory f) {
        return f.forEachUniquePair(RankSlot.class, Joiners.equal(RankSlot::getCandidate))
                .penalizeLong(HardSoftLongScore.ONE_HARD, (a, b) -> 10).asConstraint("Same composition twice");
    }

    Constraint conductivityMargin(ConstraintFactory f) {
        return f.forEach(RankSlot.class)
                .impactLong(HardSoftLongScore.ONE_SOFT, s -> s.getCandidate().marginReward()).asConstraint("Conductivity margin");
    }

    Constraint airStability(ConstraintFactory f) {
        return f.forEach(RankSlot.class)
                .rewardLong(HardSoftLongScore.ONE_SOFT, s -> s.getCandidate().airReward()).asConstraint("Air stability");
    }

    Constraint naMetalCompatibility(ConstraintFactory f) {
        return f.forEach(RankSlot.class)
                .rewardLong(HardSoftLongScore.ONE_SOFT, s -> s.getCandidate().naMetalReward()).asConstraint("Stable against the anode");
    }

    Constraint fewerDopants(ConstraintFactory f) {
        return f.forEach(RankSlot.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, s -> s.getCandidate().dopantPenalty()).asConstraint("Fewer dopants");
    }

    Constraint literatureEvidence(ConstraintFactory f) {
        return f.forEach(RankSlot.class)
                .rewardLong(HardSoftLongScore.ONE_SOFT, s -> s.getCandidate().evidenceReward()).asConstraint("Evidence in the literature");
    }

    Constraint substitutionLikelihood(ConstraintFactory f) {
        return f.forEach(RankSlot.class)
                .impactLong(HardSoftLongScore.ONE_SOFT, s -> s.getCandidate().likelihoodReward()).asConstraint("Data-mined substitution likelihood");
    }

    Constraint cathodeWindow(ConstraintFactory f) {
        return f.forEach(RankSlot.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, s -> s.getCandidate().cathodeWindowPenalty()).asConstraint("Oxidation limit below the cathode");
    }

    Constraint hostDiversity(ConstraintFactory f) {
        return f.forEachUniquePair(RankSlot.class, Joiners.equal(s -> s.getCandidate().host()))
                .join(CompositionPlanSettings.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (a, b, settings) -> settings.diversityPenalty())
                .asConstraint("Two compositions on the same host");
    }
}
