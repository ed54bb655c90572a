package org.nasse.advisor.shell;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.shell.CommandNotFound;
import org.springframework.shell.command.CommandExecution;

/**
 * A non-zero exit is an exception thrown out of SpringApplication.run(); claiming the ones the shell
 * already reported stops Boot from logging "Application run failed" with a trace.
 */
public class CliExceptionReporter implements SpringBootExceptionReporter {
    @Override
    public boolean reportException(Throwable failure) {
        return failure.getClass().getName()
                        .startsWith("org.springframework.shell.boot.ExitCodeAutoConfiguration$ShellExitCodeException")
                || failure instanceof CommandExecution.CommandParserExceptionsException
                || failure instanceof CommandNotFound;
    }
}
