package org.nasse.advisor.planning;

import java.util.List;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;

/**
 * Solver settings shared by both planners: Bavet streams, reproducible with a seed (../shared/STACK.md §4),
 * a construction heuristic (which for these objectives — per-item terms plus a same-group pair penalty,
 * i.e. concave per group — already finds the optimum) and a hill-climbing check of it.
 */
final class Solving {
    static final long SAFETY_SECONDS = 60;

    private Solving() {
    }

    static SolverConfig config(Class<?> solution, Class<?> entity, Class<? extends org.optaplanner.core.api.score.stream.ConstraintProvider> constraints,
                               long seed, int unimprovedSteps) {
        var phases = unimprovedSteps <= 0
                ? List.<org.optaplanner.core.config.phase.PhaseConfig>of(new ConstructionHeuristicPhaseConfig())
                : List.<org.optaplanner.core.config.phase.PhaseConfig>of(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                        // hill climbing over a finite, ordered change-move list: a step that finds nothing
                        // acceptable ends the phase, instead of drawing random moves until the time limit
                        .withLocalSearchType(LocalSearchType.HILL_CLIMBING)
                        .withMoveSelectorConfig(new ChangeMoveSelectorConfig().withSelectionOrder(SelectionOrder.ORIGINAL))
                        .withTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(unimprovedSteps)));
        return new SolverConfig()
                .withSolutionClass(solution).withEntityClasses(entity)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig().withConstraintProviderClass(constraints)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withPhaseList(phases)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(SAFETY_SECONDS));
    }

    /** Constraint name → its non-zero impact ("-1 hard", "+2.40 soft"), from OptaPlanner's indictments. */
    static java.util.Map<String, String> matches(
            org.optaplanner.core.api.score.ScoreExplanation<?, org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore> ex) {
        java.util.Map<String, String> matches = new java.util.LinkedHashMap<>();
        for (var indictment : ex.getIndictmentMap().values()) {
            for (var m : indictment.getConstraintMatchSet()) {
                if (!m.getScore().isZero()) {
                    matches.merge(m.getConstraintName(), format(m.getScore()), (x, y) -> x);
                }
            }
        }
        return matches;
    }

    static String format(org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore s) {
        return s.hardScore() != 0 ? s.hardScore() + " hard" : String.format("%+.2f soft", s.softScore() / 1000.0);
    }
}
