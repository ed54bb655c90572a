package org.nasse.advisor.advice;

import java.util.List;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.rules.Finding;
import org.nasse.advisor.rules.Flags;

/** Everything the advisor says about one composition: the analysis, the rules' findings and flags. */
public record Assessment(Analysis analysis, List<Finding> findings, Flags flags) {
    public Assessment {
        findings = List.copyOf(findings);
    }
}
