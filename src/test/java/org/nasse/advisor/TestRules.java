package org.nasse.advisor;

import java.nio.file.Path;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.knowledge.SourceDirectory;
import org.nasse.advisor.rules.RuleLoader;
import org.nasse.advisor.rules.RuleSet;

/** The real rules/ directory, compiled once per test JVM (no cache), and the advisor built on it. */
public final class TestRules {
    private static RuleSet rules;
    private static Advisor advisor;

    private TestRules() {
    }

    public static synchronized RuleSet rules() {
        if (rules == null) {
            rules = RuleLoader.compile(SourceDirectory.at("rules", Path.of("rules")));
        }
        return rules;
    }

    public static synchronized Advisor advisor() {
        if (advisor == null) {
            advisor = new Advisor(TestKnowledge.knowledge(), rules(),
                    org.nasse.advisor.calibration.ModelFile.read(SourceDirectory.at("knowledge", TestKnowledge.DIR)).orElse(null));
        }
        return advisor;
    }
}
