package org.nasse.advisor.shell;

import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.advice.Preload;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.KnowledgeLoadException;
import org.nasse.advisor.knowledge.SourceDirectory;
import org.nasse.advisor.rules.RuleBuildException;
import org.nasse.advisor.rules.RuleLoader;
import org.nasse.advisor.rules.RuleSet;
import org.springframework.stereotype.Component;

/**
 * What the commands share within one run: the knowledge base and the compiled rules, loaded once
 * on first use. A knowledge or rule file that fails to load is bad input: one line per problem
 * naming file:line:column. A rule reload that fails keeps the last good rule set.
 */
@Component
public class Workbench {
    private KnowledgeBase knowledge;
    private RuleSet rules;
    private Advisor advisor;

    public synchronized SourceDirectory knowledgeDirectory() {
        try {
            return SourceDirectory.locate("knowledge", "ADVISOR_KNOWLEDGE_DIR");
        } catch (KnowledgeLoadException e) {
            throw new BadInputException(e.getMessage(), BadInputException.EXIT_BAD_KNOWLEDGE);
        }
    }

    public synchronized SourceDirectory rulesDirectory() {
        try {
            return RuleLoader.locate();
        } catch (KnowledgeLoadException e) {
            throw new BadInputException(e.getMessage(), BadInputException.EXIT_BAD_KNOWLEDGE);
        }
    }

    public synchronized KnowledgeBase knowledge() {
        if (knowledge == null) {
            try {
                knowledge = Preload.knowledge(knowledgeDirectory());
            } catch (KnowledgeLoadException e) {
                throw new BadInputException(e.getMessage(), BadInputException.EXIT_BAD_KNOWLEDGE);
            }
        }
        return knowledge;
    }

    public synchronized RuleSet rules() {
        if (rules == null) {
            try {
                rules = Preload.rules(rulesDirectory());
            } catch (RuleBuildException e) {
                throw new BadInputException(e.getMessage(), BadInputException.EXIT_BAD_KNOWLEDGE);
            }
        }
        return rules;
    }

    /** Recompiles the rules; on failure the last good set stays in use and the errors are thrown. */
    public synchronized RuleSet reloadRules() {
        RuleSet fresh = RuleLoader.load(rulesDirectory());
        rules = fresh;
        advisor = null;
        return fresh;
    }

    /** The calibrated conductivity model of the knowledge directory, if it has one. */
    public synchronized java.util.Optional<org.nasse.advisor.estimate.ConductivityModel> model() {
        try {
            return org.nasse.advisor.calibration.ModelFile.read(knowledgeDirectory());
        } catch (KnowledgeLoadException e) {
            throw new BadInputException(e.getMessage(), BadInputException.EXIT_BAD_KNOWLEDGE);
        }
    }

    /** Forgets the advisor so the next command picks up a new model (after calibrate). */
    public synchronized void modelChanged() {
        advisor = null;
    }

    public synchronized Advisor advisor() {
        if (advisor == null) {
            KnowledgeBase kb = knowledge();
            RuleSet rs = rules();
            var m = model().orElse(null);
            advisor = Preload.advisor(kb, rs, m).orElseGet(() -> new Advisor(kb, rs, m));
        }
        return advisor;
    }
}
