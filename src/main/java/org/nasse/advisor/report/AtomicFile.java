package org.nasse.advisor.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a whole file or nothing: a temp file beside the target, then a rename. {@link #open} streams
 * into the temp file, so a large report needs no memory; until {@link Pending#commit} the target is
 * untouched and closing drops the temp file.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    public static void write(Path target, String content) throws IOException {
        try (Pending p = open(target)) {
            p.stream().write(content.getBytes(StandardCharsets.UTF_8));
            p.commit();
        }
    }

    /** A temp file beside {@code target}, mode 0644 as a report should be. */
    public static Pending open(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("directory " + dir + " does not exist");
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try { // temp files are created owner-only; a report is an ordinary file
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default
        }
        return new Pending(abs, tmp);
    }

    /** The file being written; {@link #commit} moves it into place, {@link #close} without it deletes it. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path tmp;
        private final OutputStream out;
        private boolean committed;

        private Pending(Path target, Path tmp) throws IOException {
            this.target = target;
            this.tmp = tmp;
            this.out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
        }

        public OutputStream stream() {
            return out;
        }

        /** Flushes, closes and renames the file over the target. */
        public void commit() throws IOException {
            out.close();
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                try {
                    out.close();
                } catch (IOException e) {
                    // the file is dropped anyway
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        }
    }
}
