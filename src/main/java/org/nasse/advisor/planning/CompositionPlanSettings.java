package org.nasse.advisor.planning;

/** Scenario-wide numbers the constraints need: the weighted penalty for two picks on one host. */
public record CompositionPlanSettings(long diversityPenalty) {
}
