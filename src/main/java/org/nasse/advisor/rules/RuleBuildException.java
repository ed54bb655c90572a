package org.nasse.advisor.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files did not compile; each issue names its file and line. */
public class RuleBuildException extends RuntimeException {
    private final List<RuleIssue> issues;

    public RuleBuildException(List<RuleIssue> issues) {
        super(issues.stream().map(RuleIssue::toString).collect(Collectors.joining("\n")));
        this.issues = List.copyOf(issues);
    }

    public List<RuleIssue> issues() {
        return issues;
    }
}
