package org.nasse.advisor.shell;

import org.nasse.advisor.analysis.Analyzer;
import org.nasse.advisor.chemistry.Chemistry;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.KnowledgeLoadException;
import org.nasse.advisor.knowledge.KnowledgePreload;
import org.nasse.advisor.knowledge.SourceDirectory;
import org.springframework.stereotype.Component;

/**
 * What the commands share within one run: the knowledge base, loaded and validated once on first
 * use. A knowledge file that fails to load is bad input: one line naming file:line:column.
 */
@Component
public class Workbench {
    private KnowledgeBase knowledge;
    private Analyzer analyzer;

    public synchronized SourceDirectory knowledgeDirectory() {
        try {
            return SourceDirectory.locate("knowledge", "ADVISOR_KNOWLEDGE_DIR");
        } catch (KnowledgeLoadException e) {
            throw new BadInputException(e.getMessage(), BadInputException.EXIT_BAD_KNOWLEDGE);
        }
    }

    public synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            try {
                knowledge = KnowledgePreload.get(knowledgeDirectory());
            } catch (KnowledgeLoadException e) {
                throw new BadInputException(e.getMessage(), BadInputException.EXIT_BAD_KNOWLEDGE);
            }
        }
        return knowledge;
    }

    public Chemistry chemistry() {
        return knowledge().chemistry();
    }

    public synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = new Analyzer(chemistry());
        }
        return analyzer;
    }
}
