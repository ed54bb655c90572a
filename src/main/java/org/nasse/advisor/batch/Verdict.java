package org.nasse.advisor.batch;

import java.util.List;

/**
 * One row judged against a scenario's targets, as `recommend` judges the scenario's own candidates.
 *
 * @param meetsTargets  no hard target broken
 * @param breaks        the hard targets broken, by the planner's constraint names
 * @param marginDecades log10 σ minus log10 of minConductivity (NaN without a floor or an estimate)
 * @param air           ok | fails | ignored: air stability against targets.airStable
 * @param naMetal       ok | fails | unknown | ignored: stability against Na metal, when the anode is Na (or any)
 * @param voltage       ok | fails | unknown | ignored: the oxidation limit against the cathode's voltage
 * @param softScore     the planner's soft score of the row alone (what --top ranks by)
 * @param rank          1-based rank among the planner's candidates for the scenario (0: not asked)
 */
public record Verdict(boolean meetsTargets, List<String> breaks, double marginDecades, String air, String naMetal,
                      String voltage, long softScore, int rank) {
    public Verdict {
        breaks = List.copyOf(breaks);
    }
}
