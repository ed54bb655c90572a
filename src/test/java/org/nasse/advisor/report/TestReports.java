package org.nasse.advisor.report;

import java.nio.file.Path;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.planning.Ranking;
import org.nasse.advisor.planning.Recommender;
import org.nasse.advisor.planning.Scenario;
import org.nasse.advisor.planning.ScenarioFile;
import org.nasse.advisor.progress.Progress;

/** The shipped scenarios' recommendations the report tests read, each made once per test JVM (the planner takes seconds). */
final class TestReports {
    private static Recommender.Recommendation oxideCathode;
    private static Recommender.Recommendation airProcessable;

    private TestReports() {
    }

    static synchronized Recommender.Recommendation oxideCathode() {
        if (oxideCathode == null) {
            oxideCathode = recommend("scenarios/oxide-cathode-4v.yaml");
        }
        return oxideCathode;
    }

    /**
     * Four of its five compositions are W-doped Na3SbS4: the case for grouping findings by host; with the next batch
     * of {@value #BATCH} syntheses ({@code --batch}), so the reports' batch section is rendered too.
     */
    static synchronized Recommender.Recommendation airProcessable() {
        if (airProcessable == null) {
            airProcessable = recommend("scenarios/air-processable-sulfide.yaml", BATCH);
        }
        return airProcessable;
    }

    static final int BATCH = 3;

    private static Recommender.Recommendation recommend(String file) {
        return recommend(file, 0);
    }

    private static Recommender.Recommendation recommend(String file, int batch) {
        var advisor = TestRules.advisor();
        Scenario s = ScenarioFile.read(Path.of(file), advisor.knowledge());
        return new Recommender(advisor).recommend(s, Progress.SILENT, Ranking.CAUTIOUS, batch, false);
    }
}
