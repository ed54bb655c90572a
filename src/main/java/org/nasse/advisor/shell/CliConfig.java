package org.nasse.advisor.shell;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandHandlingResult;

@Configuration(proxyBeanMethods = false)
public class CliConfig {

    /** Errors go to stderr as one line; stdout stays clean for scripts piping JSON. */
    @Bean
    CommandExceptionResolver stderrExceptionResolver() {
        return e -> {
            if (e instanceof BadInputException bad) {
                System.err.println("error: " + bad.getMessage());
                return CommandHandlingResult.of(null, bad.getExitCode());
            }
            System.err.println("internal error: " + e);
            if (System.getenv("ADVISOR_DEBUG") != null) {
                e.printStackTrace(System.err);
            }
            return CommandHandlingResult.of(null, e instanceof ExitCodeGenerator g ? g.getExitCode() : 1);
        };
    }
}
