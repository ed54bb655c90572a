package org.nasse.advisor.shell;

import org.springframework.boot.ExitCodeGenerator;

/** A user error: printed as one line on stderr, never a stack trace. */
public class BadInputException extends RuntimeException implements ExitCodeGenerator {
    /** Exit status for bad input (usage errors from the shell itself use 2). */
    public static final int EXIT_BAD_INPUT = 3;
    /** Exit status when knowledge/ (or rules/) cannot be loaded. */
    public static final int EXIT_BAD_KNOWLEDGE = 5;
    /** Exit status for an evidence file (--evidence) with bad rows: nothing of it is used. */
    public static final int EXIT_BAD_EVIDENCE = 5;
    private final int exitCode;
    private final java.util.List<String> lines;

    public BadInputException(String message) {
        this(message, EXIT_BAD_INPUT);
    }

    public BadInputException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
        this.lines = java.util.List.of(message);
    }

    /** Several problems, each printed as its own {@code error:} line (one per bad row of a file). */
    public BadInputException(java.util.List<String> lines, int exitCode) {
        super(String.join("\n", lines));
        this.exitCode = exitCode;
        this.lines = java.util.List.copyOf(lines);
    }

    /** The lines to print, each after {@code error: }. */
    public java.util.List<String> lines() {
        return lines;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
