package org.nasse.advisor.knowledge;

import java.nio.file.Path;

/**
 * Where the advisor keeps what it can rebuild (the compiled rules, the loaded knowledge):
 * $ADVISOR_CACHE_DIR, else $XDG_CACHE_HOME/na-sse-advisor, else ~/.cache/na-sse-advisor.
 */
public final class CacheDirectory {
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
}
