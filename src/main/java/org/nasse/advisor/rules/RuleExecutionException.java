package org.nasse.advisor.rules;

/** A rule failed while firing (a bad consequence, an engine fault): reported in one line, not a trace. */
public class RuleExecutionException extends RuntimeException {
    public RuleExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
