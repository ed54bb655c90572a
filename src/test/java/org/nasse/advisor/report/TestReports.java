package org.nasse.advisor.report;

import java.nio.file.Path;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.knowledge.SourceDirectory;
import org.nasse.advisor.planning.Recommender;
import org.nasse.advisor.planning.Scenario;
import org.nasse.advisor.planning.ScenarioFile;

/** The oxide-cathode scenario's recommendation, made once per test JVM (it takes the planner ~20 s). */
final class TestReports {
    private static Recommender.Recommendation oxideCathode;

    private TestReports() {
    }

    static synchronized Recommender.Recommendation oxideCathode() {
        if (oxideCathode == null) {
            var advisor = TestRules.advisor();
            Scenario s = ScenarioFile.read(Path.of("scenarios/oxide-cathode-4v.yaml"), advisor.knowledge());
            oxideCathode = new Recommender(advisor, SourceDirectory.at("knowledge", TestKnowledge.DIR)).recommend(s);
        }
        return oxideCathode;
    }
}
