package org.nasse.advisor.advice;

import java.util.List;
import java.util.Optional;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.analysis.Plausibility;
import org.nasse.advisor.estimate.Estimate;
import org.nasse.advisor.knowledge.LiteratureRecord;
import org.nasse.advisor.rules.Finding;
import org.nasse.advisor.rules.Flags;

/**
 * Everything the advisor says about one composition: analysis, findings and flags, the estimate, what
 * the review reports for it, and the judgement of each substitution (in the order of the host match).
 */
public record Assessment(Analysis analysis, List<Finding> findings, Flags flags, Optional<Estimate> estimate,
                         List<LiteratureRecord> reported, List<Plausibility> plausibility) {
    public Assessment {
        findings = List.copyOf(findings);
        reported = List.copyOf(reported);
        plausibility = List.copyOf(plausibility);
    }
}
