package org.nasse.advisor;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging, set up in code (found through META-INF/services, before any logback.xml is looked for):
 * everything goes to stderr, since stdout carries only command output. Reading an XML configuration
 * cost a one-shot command about 0.1 s of start-up, on the path every command waits for.
 */
public final class StderrLogging extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        // KieBuilder logs every DRL error at ERROR; the advisor reports them itself
        context.getLogger("org.drools.compiler.kie.builder.impl").setLevel(Level.OFF);
        context.getLogger("org.jline").setLevel(Level.ERROR);
        // performance hints about rule patterns are for rule authors (rules check), not for every run
        context.getLogger("org.drools.mvel.MVELConstraint").setLevel(Level.ERROR);
        // on a shortlist as small as its slots the local search has no move left and says so: not a user's concern
        context.getLogger("org.optaplanner.core.impl.localsearch.DefaultLocalSearchPhase").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
