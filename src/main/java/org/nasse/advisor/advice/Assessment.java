package org.nasse.advisor.advice;

import java.util.List;
import java.util.Optional;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.estimate.Estimate;
import org.nasse.advisor.rules.Finding;
import org.nasse.advisor.rules.Flags;

/** Everything the advisor says about one composition: analysis, the rules' findings and flags, the estimate. */
public record Assessment(Analysis analysis, List<Finding> findings, Flags flags, Optional<Estimate> estimate) {
    public Assessment {
        findings = List.copyOf(findings);
    }
}
