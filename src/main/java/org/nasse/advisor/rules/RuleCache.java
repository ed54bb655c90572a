package org.nasse.advisor.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;

/**
 * Compiling the DRL costs about two seconds in a fresh JVM; reading back the compiled packages
 * costs a fraction of that. The cache key is a hash of every rule file's name and text plus the
 * advisor's version, so an edited rule file is always recompiled. Any problem with the cache
 * (missing, stale, unreadable) just means compiling as usual.
 */
final class RuleCache {
    /** The fact classes the compiled rules are bound to, and RuleLoader, whose configuration they were built with. */
    private static final List<Class<?>> FACT_CLASSES = List.of(Composition.class, Composition.HostProperties.class,
            SiteChange.class, Ion.class, DopantOptimum.class, FindingSink.class, Notation.class, RuleLoader.class);

    private RuleCache() {
    }

    static Path directory() {
        return org.nasse.advisor.knowledge.CacheDirectory.get();
    }

    static String key(Map<String, String> sources) {
        // compiled rules are bound to the fact classes they match: a changed class invalidates the cache
        List<String> texts = new ArrayList<>(sources.size());
        sources.forEach((name, text) -> texts.add(name + "\u0000" + text + "\u0000"));
        return org.nasse.advisor.knowledge.CacheDirectory.key(FACT_CLASSES, texts);
    }

    @SuppressWarnings("unchecked")
    static Optional<KieBase> read(String key) {
        Path file = directory().resolve("rules-" + key + ".bin");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
             DroolsObjectInputStream objects = new DroolsObjectInputStream(in, RuleCache.class.getClassLoader())) {
            List<KiePackage> packages = (List<KiePackage>) objects.readObject();
            var base = KnowledgeBaseFactory.newKnowledgeBase(RuleLoader.configuration());
            base.addPackages(packages);
            return Optional.of(base);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    static void write(String key, Collection<KiePackage> packages) {
        try {
            Path dir = Files.createDirectories(directory());
            Path tmp = Files.createTempFile(dir, "rules-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp));
                 DroolsObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeObject(new ArrayList<>(packages));
            }
            Files.move(tmp, dir.resolve("rules-" + key + ".bin"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a read-only home only costs the next run its compile time
        }
    }
}
