package org.nasse.advisor.knowledge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * One object in a cache file: Java serialisation behind a CRC-32 of the rest, written to a temporary
 * file and moved into place. A cache is only ever a shortcut: any problem reading one (missing, damaged,
 * written by other classes) answers empty and the caller loads from the source; any problem writing one
 * is ignored.
 */
public final class SerializedFile {
    /** The file starts with the CRC-32 of the rest. */
    private static final int HEADER = Long.BYTES;

    /** Only the advisor's own classes, the JDK's collections and boxed numbers may be read back. */
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "org.nasse.advisor.**;java.util.*;java.lang.*;maxdepth=64;!*");

    private SerializedFile() {
    }

    public static <T> Optional<T> read(Path file, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            // a damaged file could still deserialise (a changed letter in a note): the checksum says it is whole
            if (bytes.length < HEADER || ByteBuffer.wrap(bytes, 0, HEADER).getLong() != checksum(bytes, HEADER)) {
                return Optional.empty();
            }
            try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes, HEADER, bytes.length - HEADER))) {
                objects.setObjectInputFilter(FILTER);
                Object o = objects.readObject();
                return type.isInstance(o) ? Optional.of(type.cast(o)) : Optional.empty();
            }
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    public static void write(Path file, Serializable value) {
        try {
            Path dir = Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(dir, "cache-", ".tmp");
            try {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
                buffer.write(new byte[HEADER]);
                try (ObjectOutputStream objects = new ObjectOutputStream(buffer)) {
                    objects.writeObject(value);
                }
                byte[] bytes = buffer.toByteArray();
                ByteBuffer.wrap(bytes, 0, HEADER).putLong(checksum(bytes, HEADER));
                Files.write(tmp, bytes);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only home only costs the next run its load time
        }
    }

    private static long checksum(byte[] bytes, int from) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, bytes.length - from);
        return crc.getValue();
    }
}
