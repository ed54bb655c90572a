package org.nasse.advisor.knowledge;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts loading the knowledge base on a second core while Spring starts on the first, so a
 * one-shot command does not pay for both one after the other. The result (or the load error) is
 * handed to whoever asks first for the same directory.
 */
public final class KnowledgePreload {
    private static volatile CompletableFuture<KnowledgeBase> pending;
    private static volatile SourceDirectory pendingDir;

    private KnowledgePreload() {
    }

    public static void start() {
        try {
            SourceDirectory dir = SourceDirectory.locate("knowledge", "ADVISOR_KNOWLEDGE_DIR");
            pendingDir = dir;
            pending = CompletableFuture.supplyAsync(() -> KnowledgeLoader.load(dir), runnable -> {
                Thread t = new Thread(runnable, "knowledge-preload");
                t.setDaemon(true);
                t.start();
            });
        } catch (RuntimeException e) {
            pending = null; // the command will locate the directory itself and report the problem
        }
    }

    /** The preloaded base for {@code dir}, loading it now if there was no preload for it. */
    public static KnowledgeBase get(SourceDirectory dir) {
        CompletableFuture<KnowledgeBase> p = pending;
        if (p != null && pendingDir != null && pendingDir.describe("").equals(dir.describe(""))) {
            pending = null;
            try {
                return p.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
        return KnowledgeLoader.load(dir);
    }
}
