package org.nasse.advisor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Where the advisor keeps what it can rebuild (the compiled rules, the loaded knowledge, the calibrated model):
 * $ADVISOR_CACHE_DIR, else $XDG_CACHE_HOME/na-sse-advisor, else ~/.cache/na-sse-advisor; and the key an
 * entry is filed under.
 */
public final class CacheDirectory {
    private static final String VERSION = Optional.ofNullable(CacheDirectory.class.getPackage().getImplementationVersion())
            .orElse("dev");

    private CacheDirectory() {
    }

    public static Path get() {
        String override = System.getenv("ADVISOR_CACHE_DIR");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("na-sse-advisor");
    }

    /**
     * The key of a cache entry: a hash of the advisor's version, the bytecode of the classes that make and hold
     * what is cached (nested classes included) and the texts it is made from, so a change to any of them files
     * the entry afresh.
     */
    public static String key(List<Class<?>> classes, List<String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(VERSION.getBytes(StandardCharsets.UTF_8));
            for (Class<?> c : classes) {
                digestClass(sha, c);
            }
            for (String t : texts) {
                sha.update(t.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    private static void digestClass(MessageDigest sha, Class<?> c) {
        String name = c.getName();
        try (InputStream in = c.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            sha.update(in == null ? name.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
        } catch (IOException e) {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
        }
        for (Class<?> nested : c.getDeclaredClasses()) {
            digestClass(sha, nested);
        }
    }
}
