package org.nasse.advisor.advice;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.KnowledgeLoader;
import org.nasse.advisor.knowledge.SourceDirectory;
import org.nasse.advisor.rules.RuleLoader;
import org.nasse.advisor.rules.RuleSet;

/**
 * Loads the knowledge base and compiles the rules on a second core while Spring starts on the
 * first, so a one-shot command does not pay for them one after the other. Each result (or its
 * error) goes to the first caller asking for the same directory; others load afresh.
 */
public final class Preload {
    private static volatile Pending<KnowledgeBase> knowledge;
    private static volatile Pending<RuleSet> rules;

    private Preload() {
    }

    public static void start() {
        try {
            SourceDirectory kd = SourceDirectory.locate("knowledge", "ADVISOR_KNOWLEDGE_DIR");
            SourceDirectory rd = RuleLoader.locate();
            knowledge = new Pending<>(kd, new CompletableFuture<>());
            rules = new Pending<>(rd, new CompletableFuture<>());
            Thread t = new Thread(() -> {
                complete(knowledge.result, () -> KnowledgeLoader.load(kd));
                complete(rules.result, () -> RuleLoader.load(rd));
            }, "advisor-preload");
            t.setDaemon(true);
            t.start();
        } catch (RuntimeException e) {
            knowledge = null; // the command locates the directories itself and reports the problem
            rules = null;
        }
    }

    private static <T> void complete(CompletableFuture<T> f, Supplier<T> work) {
        try {
            f.complete(work.get());
        } catch (RuntimeException | LinkageError e) {
            f.completeExceptionally(e);
        }
    }

    public static KnowledgeBase knowledge(SourceDirectory dir) {
        Pending<KnowledgeBase> p = knowledge;
        knowledge = null;
        return p != null && p.dir.describe("").equals(dir.describe("")) ? p.join() : KnowledgeLoader.load(dir);
    }

    public static RuleSet rules(SourceDirectory dir) {
        Pending<RuleSet> p = rules;
        rules = null;
        return p != null && p.dir.describe("").equals(dir.describe("")) ? p.join() : RuleLoader.load(dir);
    }

    private record Pending<T>(SourceDirectory dir, CompletableFuture<T> result) {
        T join() {
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }
}
