package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.advice.Assessment;
import org.nasse.advisor.estimate.Estimate;
import org.nasse.advisor.estimate.Features;
import org.nasse.advisor.estimate.Holdout;
import org.nasse.advisor.knowledge.LiteratureRecord;

/**
 * The lab's own measurements as the batch planner's observations: each measured composition (your rows within 15 °C of
 * the temperature, their mean) against what the advisor estimates for it with its own reports at that temperature
 * left out — the miss the estimate still makes, which the belief carries over to like compositions.
 */
public final class Measured {
    private Measured() {
    }

    public static Belief belief(Advisor a, double temperatureC) {
        Map<String, List<LiteratureRecord>> byComposition = new LinkedHashMap<>();
        for (LiteratureRecord r : a.userRows()) {
            if (r.temperatureC() != null && Math.abs(r.temperatureC() - temperatureC) <= 15 && r.sigmaSPerCm() > 0) {
                byComposition.computeIfAbsent(r.composition(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Belief.Observation> out = new ArrayList<>();
        byComposition.forEach((composition, rows) -> {
            Assessment as;
            try {
                as = a.assess(composition, temperatureC);
            } catch (IllegalArgumentException e) {
                return; // a row the advisor cannot read has nothing to say about the pool
            }
            if (as.analysis().match().isEmpty()) {
                return;
            }
            Set<LiteratureRecord> own = as.reported().stream()
                    .filter(r -> r.temperatureC() != null && Math.abs(r.temperatureC() - temperatureC) <= 15).collect(Collectors.toSet());
            own.addAll(rows);
            Estimate e = a.estimator().estimate(as.analysis(), Features.of(as.analysis(), as.findings()), temperatureC,
                    a.estimator().model(), Holdout.of(own)).orElse(null);
            if (e == null || e.reported() || Double.isNaN(e.log10Sigma())) {
                return;
            }
            double measured = rows.stream().mapToDouble(r -> Math.log10(r.sigmaSPerCm())).average().orElseThrow();
            out.add(new Belief.Observation(Belief.point(as.analysis().match().get(), e), measured - e.log10Sigma()));
        });
        return new Belief(out);
    }
}
