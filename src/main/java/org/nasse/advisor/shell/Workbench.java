package org.nasse.advisor.shell;

import org.nasse.advisor.analysis.Analyzer;
import org.nasse.advisor.chemistry.Chemistry;
import org.nasse.advisor.knowledge.ChemistryLoader;
import org.nasse.advisor.knowledge.SourceDirectory;
import org.springframework.stereotype.Component;

/**
 * What the commands share within one run: the knowledge directory, loaded once on first use
 * (one-shot commands that need no knowledge pay nothing for it).
 */
@Component
public class Workbench {
    private Chemistry chemistry;
    private Analyzer analyzer;

    public synchronized SourceDirectory knowledgeDirectory() {
        return SourceDirectory.locate("knowledge", "ADVISOR_KNOWLEDGE_DIR");
    }

    public synchronized Chemistry chemistry() {
        if (chemistry == null) {
            chemistry = ChemistryLoader.load(knowledgeDirectory());
        }
        return chemistry;
    }

    public synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = new Analyzer(chemistry());
        }
        return analyzer;
    }
}
