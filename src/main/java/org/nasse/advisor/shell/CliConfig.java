package org.nasse.advisor.shell;

import java.util.stream.Collectors;
import org.nasse.advisor.progress.Progress;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.shell.result.CommandNotFoundMessageProvider;

/**
 * Every error is one plain line on stderr, so stdout carries only results (JSON with --json) and a
 * script sees no colour codes. Spring Shell's own usage errors would otherwise go red to stdout.
 */
@Configuration(proxyBeanMethods = false)
public class CliConfig {
    /** Shell usage errors: the process exits 2, as other command-line tools do. */
    static final int USAGE = 2;
    /** Stopped by Ctrl-C: 128 + SIGINT, what a shell reports for an interrupted program. */
    static final int INTERRUPTED = 130;

    /** Ahead of Spring Shell's own resolver (order -100), which prints usage errors in red on stdout. */
    @Bean
    @Order(-200)
    CommandExceptionResolver usageErrorResolver() {
        return e -> {
            if (e instanceof CommandParserExceptionsException usage) {
                System.err.println(usage.getParserExceptions().stream().map(p -> "error: " + p.getMessage())
                        .collect(Collectors.joining(System.lineSeparator())));
                return CommandHandlingResult.of(null, USAGE);
            }
            return null;
        };
    }

    /** Errors go to stderr as one line; stdout stays clean for scripts piping JSON. */
    @Bean
    CommandExceptionResolver stderrExceptionResolver() {
        return e -> {
            if (e instanceof BadInputException bad) {
                bad.lines().forEach(line -> System.err.println("error: " + line));
                return CommandHandlingResult.of(null, bad.getExitCode());
            }
            if (e instanceof Progress.Cancelled) {
                System.err.println("interrupted");
                return CommandHandlingResult.of(null, INTERRUPTED);
            }
            System.err.println("internal error: " + e);
            if (System.getenv("ADVISOR_DEBUG") != null) {
                e.printStackTrace(System.err);
            }
            return CommandHandlingResult.of(null, e instanceof ExitCodeGenerator g ? g.getExitCode() : 1);
        };
    }

    /** An unknown command: one line on stderr, nothing on stdout (the exit code stays Spring Shell's 1). */
    @Bean
    CommandNotFoundMessageProvider commandNotFoundMessageProvider() {
        return context -> {
            System.err.println("error: no command '" + context.text().trim() + "' (try `help`)");
            return "";
        };
    }
}
