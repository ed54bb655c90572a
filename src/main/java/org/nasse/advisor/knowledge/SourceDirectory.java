package org.nasse.advisor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where knowledge/ or rules/ is read from: the directory an environment variable names, else that
 * directory in the working directory, else the copy packaged in the jar (the command contract).
 */
public final class SourceDirectory {
    private final String name;
    private final Path dir;

    private SourceDirectory(String name, Path dir) {
        this.name = name;
        this.dir = dir;
    }

    /** Resolves e.g. ("knowledge", "ADVISOR_KNOWLEDGE_DIR"). */
    public static SourceDirectory locate(String name, String environmentVariable) {
        String override = System.getenv(environmentVariable);
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            if (!Files.isDirectory(p)) {
                throw new KnowledgeLoadException(environmentVariable + "=" + override + " is not a directory");
            }
            return new SourceDirectory(name, p);
        }
        Path local = Path.of(name);
        return Files.isDirectory(local) ? new SourceDirectory(name, local) : packaged(name);
    }

    public static SourceDirectory at(String name, Path dir) {
        return new SourceDirectory(name, dir);
    }

    public static SourceDirectory packaged(String name) {
        return new SourceDirectory(name, null);
    }

    public boolean isPackaged() {
        return dir == null;
    }

    public Path path() {
        return dir;
    }

    /** How to name a file in messages: the path a user can open. */
    public String describe(String file) {
        return dir == null ? "jar:" + name + "/" + file : dir.resolve(file).toString();
    }

    public boolean exists(String file) {
        if (dir != null) {
            return Files.isRegularFile(dir.resolve(file));
        }
        return SourceDirectory.class.getClassLoader().getResource(name + "/" + file) != null;
    }

    public String read(String file) throws IOException {
        if (dir != null) {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        }
        try (InputStream in = SourceDirectory.class.getClassLoader().getResourceAsStream(name + "/" + file)) {
            if (in == null) {
                throw new IOException("no " + name + "/" + file + " in the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public Reader open(String file) throws IOException {
        return new StringReader(read(file));
    }
}
