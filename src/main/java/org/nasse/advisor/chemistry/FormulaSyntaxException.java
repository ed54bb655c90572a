package org.nasse.advisor.chemistry;

/** A formula that cannot be read, with the 1-based column of the offending character (0 if none). */
public class FormulaSyntaxException extends IllegalArgumentException {
    private final String input;
    private final int column;

    public FormulaSyntaxException(String input, int column, String problem) {
        super(column > 0
                ? problem + " at column " + column + " of '" + abbreviate(input) + "'"
                : problem + (input == null || input.isEmpty() ? "" : ": '" + abbreviate(input) + "'"));
        this.input = input;
        this.column = column;
    }

    public String input() {
        return input;
    }

    public int column() {
        return column;
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
