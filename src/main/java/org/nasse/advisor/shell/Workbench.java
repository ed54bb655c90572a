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
        evidenceAdvisors.clear();
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
        evidenceAdvisors.clear();
    }

    /** The advisor of the knowledge base alone, whatever evidence is in use. */
    public synchronized Advisor literatureAdvisor() {
        if (advisor == null) {
            KnowledgeBase kb = knowledge();
            RuleSet rs = rules();
            var m = model().orElse(null);
            advisor = Preload.advisor(kb, rs, m).orElseGet(() -> new Advisor(kb, rs, m));
            evidenceAdvisors.clear();
        }
        return advisor;
    }

    /**
     * The advisor the commands use: with the evidence file of the running command ({@code --evidence}), else the
     * session's ({@code evidence load}), else the knowledge base alone.
     */
    public synchronized Advisor advisor() {
        Advisor base = literatureAdvisor();
        String file = runEvidence != null ? runEvidence : sessionEvidence;
        return file == null ? base : evidenceAdvisor(file);
    }

    // ------------------------------------------------------------------------------------ evidence

    private String sessionEvidence;
    private String runEvidence;
    private final java.util.Map<String, Advisor> evidenceAdvisors = new java.util.HashMap<>();

    /** The rows of an evidence file, checked whole: every bad row one error line, exit 5, nothing of it used. */
    public synchronized java.util.List<org.nasse.advisor.knowledge.LiteratureRecord> evidenceRows(String file) {
        try {
            return org.nasse.advisor.batch.EvidenceFile.read(java.nio.file.Path.of(file), literatureAdvisor());
        } catch (org.nasse.advisor.batch.EvidenceFile.Invalid e) {
            throw new BadInputException(e.problems(), BadInputException.EXIT_BAD_EVIDENCE);
        } catch (java.nio.file.InvalidPathException e) {
            throw new BadInputException(java.util.List.of(file + ": not a file name"), BadInputException.EXIT_BAD_EVIDENCE);
        }
    }

    /** The advisor with an evidence file's rows and its model refitted on them (cached while the file is unchanged). */
    public synchronized Advisor evidenceAdvisor(String file) {
        Advisor base = literatureAdvisor();
        java.nio.file.Path p = java.nio.file.Path.of(file);
        String key;
        try {
            key = p.toAbsolutePath().normalize() + "|" + java.nio.file.Files.getLastModifiedTime(p).toMillis() + "|"
                    + java.nio.file.Files.size(p);
        } catch (java.io.IOException | RuntimeException e) {
            key = null; // evidenceRows reports it
        }
        Advisor cached = key == null ? null : evidenceAdvisors.get(key);
        if (cached != null) {
            return cached;
        }
        Advisor a = org.nasse.advisor.calibration.UserEvidence.apply(base, evidenceRows(file), file);
        if (key != null) {
            evidenceAdvisors.put(key, a);
        }
        return a;
    }

    /** A command's --evidence, in force until the returned scope closes (null: the session's evidence stays). */
    public synchronized EvidenceScope useEvidence(String file) {
        String before = runEvidence;
        if (file != null) {
            evidenceAdvisor(file); // checked before anything is printed
            runEvidence = file;
        }
        return () -> {
            synchronized (Workbench.this) {
                runEvidence = before;
            }
        };
    }

    /** Closes without an exception. */
    public interface EvidenceScope extends AutoCloseable {
        @Override
        void close();
    }

    /** The session's evidence file (shell: `evidence load`), checked first; null forgets it. */
    public synchronized void sessionEvidence(String file) {
        if (file != null) {
            evidenceAdvisor(file);
        }
        sessionEvidence = file;
    }

    public synchronized String sessionEvidence() {
        return sessionEvidence;
    }
}
