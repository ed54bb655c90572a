package org.nasse.advisor.shell;

import java.io.IOException;
import java.nio.file.Path;
import org.nasse.advisor.report.AtomicFile;

/** Command output: stdout, or a file written atomically with --out. */
final class Output {
    private Output() {
    }

    static void print(String text) {
        System.out.print(text.endsWith("\n") ? text : text + "\n");
        System.out.flush();
    }

    static void emit(String text, String out) {
        if (out == null || out.isBlank()) {
            print(text);
            return;
        }
        try {
            AtomicFile.write(Path.of(out), text.endsWith("\n") ? text : text + "\n");
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("cannot write " + out + ": " + e.getMessage());
        }
    }
}
