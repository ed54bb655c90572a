package org.nasse.advisor.advice;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.nasse.advisor.estimate.ConductivityModel;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.KnowledgeLoader;
import org.nasse.advisor.knowledge.SourceDirectory;
import org.nasse.advisor.rules.RuleLoader;
import org.nasse.advisor.rules.RuleSet;

/**
 * Loads the knowledge base and compiles the rules on a second core while Spring starts on the
 * first, so a one-shot command does not pay for them one after the other; then builds the advisor
 * from them (its evidence: every record analysed and run through the rules), which a command would
 * otherwise build only once Spring is up. Each result (or its error) goes to the first caller asking
 * for the same directory; others load afresh. The advisor goes only to a caller holding the same
 * knowledge, rules and model it was built from; any failure building it is left for that caller to
 * meet on its own path.
 */
public final class Preload {
    private static volatile Pending<KnowledgeBase> knowledge;
    private static volatile Pending<RuleSet> rules;
    private static volatile CompletableFuture<Advisor> advisor;

    private Preload() {
    }

    /**
     * {@code models} reads a knowledge directory's calibrated model (calibration.ModelFile: passed in,
     * since calibration builds on this package). Once the advisor is built, {@code warmUp} runs on it on the
     * preload thread: the command's own first pass through its code (an assessment, its report) costs a
     * one-shot run less when a core that would otherwise wait for Spring has taken it first.
     */
    public static void start(Function<SourceDirectory, Optional<ConductivityModel>> models, Consumer<Advisor> warmUp) {
        try {
            SourceDirectory kd = SourceDirectory.locate("knowledge", "ADVISOR_KNOWLEDGE_DIR");
            SourceDirectory rd = RuleLoader.locate();
            knowledge = new Pending<>(kd, new CompletableFuture<>());
            rules = new Pending<>(rd, new CompletableFuture<>());
            CompletableFuture<Advisor> built = new CompletableFuture<>();
            advisor = built;
            Pending<KnowledgeBase> k = knowledge;
            Pending<RuleSet> r = rules;
            Thread t = new Thread(() -> {
                complete(k.result, () -> KnowledgeLoader.load(kd));
                complete(r.result, () -> RuleLoader.load(rd));
                complete(built, () -> new Advisor(k.result.join(), r.result.join(), models.apply(kd).orElse(null)));
                try {
                    if (!built.isCompletedExceptionally()) {
                        warmUp.accept(built.join());
                    }
                } catch (RuntimeException | LinkageError e) {
                    // only a warm-up: the command meets any real problem on its own path
                }
            }, "advisor-preload");
            t.setDaemon(true);
            t.start();
        } catch (RuntimeException e) {
            knowledge = null; // the command locates the directories itself and reports the problem
            rules = null;
            advisor = null;
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

    /**
     * The advisor built in the background, if it was built from exactly these knowledge, rules and
     * model; else empty, and the caller builds its own. Handed out once.
     */
    public static Optional<Advisor> advisor(KnowledgeBase kb, RuleSet rs, ConductivityModel model) {
        CompletableFuture<Advisor> f = advisor;
        advisor = null;
        if (f == null) {
            return Optional.empty();
        }
        try {
            Advisor a = f.join();
            return a.knowledge() == kb && a.rules() == rs && Objects.equals(a.estimator().model(), model)
                    ? Optional.of(a) : Optional.empty();
        } catch (CompletionException | CancellationException e) {
            return Optional.empty();
        }
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
