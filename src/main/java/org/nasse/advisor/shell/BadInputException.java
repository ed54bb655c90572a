package org.nasse.advisor.shell;

import org.springframework.boot.ExitCodeGenerator;

/** A user error: printed as one line on stderr, never a stack trace. */
public class BadInputException extends RuntimeException implements ExitCodeGenerator {
    /** Exit status for bad input (usage errors from the shell itself use 2). */
    public static final int EXIT_BAD_INPUT = 3;
    /** Exit status when knowledge/ (or rules/) cannot be loaded. */
    public static final int EXIT_BAD_KNOWLEDGE = 5;
    private final int exitCode;

    public BadInputException(String message) {
        this(message, EXIT_BAD_INPUT);
    }

    public BadInputException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
