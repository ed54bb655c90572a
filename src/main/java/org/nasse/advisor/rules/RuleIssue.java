package org.nasse.advisor.rules;

/** One DRL build problem: file, 1-based line and column (0 = unknown), level and message. */
public record RuleIssue(String file, int line, int column, String level, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + level + ": " + message;
    }
}
