package org.nasse.advisor.shell;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.shell.command.annotation.Command;

/**
 * Where a command line that does not fit its command ends (see {@link CommandLineCheck}): the line
 * parser leaves the problem here and runs this hidden command instead, which fails with it, so the
 * error is one line on stderr and exit 2 (a usage error), in one-shot runs and in the shell alike.
 */
@Command
public class UsageError {
    static final String COMMAND = "usage-error";
    /** The problem of the line just accepted: lines are parsed and run one at a time. */
    static final AtomicReference<String> PENDING = new AtomicReference<>();

    @Command(command = COMMAND, hidden = true, description = "(internal) reports a command line that does not fit its command")
    public void fail() {
        String problem = PENDING.getAndSet(null);
        throw new BadInputException(problem == null ? "no command '" + COMMAND + "' (try `help`)" : problem, CliConfig.USAGE);
    }
}
