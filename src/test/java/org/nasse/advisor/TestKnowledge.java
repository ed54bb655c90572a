package org.nasse.advisor;

import java.nio.file.Path;
import org.nasse.advisor.chemistry.Chemistry;
import org.nasse.advisor.knowledge.ChemistryLoader;
import org.nasse.advisor.knowledge.SourceDirectory;

/** The real knowledge/ directory of the repository, loaded once per test JVM. */
public final class TestKnowledge {
    public static final Path DIR = Path.of("knowledge");
    private static Chemistry chemistry;

    private TestKnowledge() {
    }

    private static org.nasse.advisor.knowledge.KnowledgeBase knowledge;

    public static synchronized org.nasse.advisor.knowledge.KnowledgeBase knowledge() {
        if (knowledge == null) {
            knowledge = org.nasse.advisor.knowledge.KnowledgeLoader.load(SourceDirectory.at("knowledge", DIR));
        }
        return knowledge;
    }

    public static synchronized Chemistry chemistry() {
        if (chemistry == null) {
            chemistry = ChemistryLoader.load(SourceDirectory.at("knowledge", DIR));
        }
        return chemistry;
    }
}
