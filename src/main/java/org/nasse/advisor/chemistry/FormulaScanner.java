package org.nasse.advisor.chemistry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * The tokens of one formula text: element symbols and amounts, read at a cursor over the normalised text
 * (whitespace dropped, subscript digits as digits, every adduct dot as ·). Errors name the column of the
 * text as given.
 */
final class FormulaScanner {
    private static final int MAX_NUMBER_CHARS = 12;

    private final String original;
    private final String text;
    /** Where each character of the normalised text stood in the original (1-based). */
    private final int[] columnOf;
    private int pos;

    FormulaScanner(String original) {
        this.original = original;
        columnOf = new int[original.length()];
        StringBuilder normalised = new StringBuilder(original.length());
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            columnOf[normalised.length()] = i + 1;
            normalised.append(normalise(c));
        }
        text = normalised.toString();
    }

    private static char normalise(char c) {
        if (c >= '\u2080' && c <= '\u2089') {
            return (char) ('0' + (c - '\u2080'));
        }
        return switch (c) {
            case '*', '\u2022', '\u22C5', '\u2219', '\u00B7' -> '·';
            default -> c;
        };
    }

    int pos() {
        return pos;
    }

    void advance() {
        pos++;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The character at the cursor (not at the end). */
    char peek() {
        return text.charAt(pos);
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    int length() {
        return text.length();
    }

    /** A hyphen after an amount or bracket and before a coefficient joins a mixture: Na2B10H10-3Na2B12H12. */
    boolean hyphenJoin() {
        return text.charAt(pos) == '-' && pos > 0 && pos + 1 < text.length()
                && (Character.isDigit(text.charAt(pos - 1)) || text.charAt(pos - 1) == ')' || text.charAt(pos - 1) == ']')
                && Character.isDigit(text.charAt(pos + 1));
    }

    /** A capital and up to two lower-case letters, which must be one of {@code symbols}. */
    String element(Set<String> symbols) {
        int start = pos;
        pos++;
        while (!atEnd() && Character.isLowerCase(text.charAt(pos)) && pos - start < 3) {
            pos++;
        }
        String token = text.substring(start, pos);
        if (symbols.contains(token)) {
            return token;
        }
        throw error(start, "unknown element '" + token + "'");
    }

    boolean peekNumber() {
        return !atEnd() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.');
    }

    /** An amount: decimal (2.88, .5) or a fraction p/q; positive and at most {@link FormulaParser#MAX_AMOUNT}. */
    Amount number() {
        int start = pos;
        while (!atEnd() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        String token = text.substring(start, pos);
        if (!atEnd() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')
                && pos + 1 < text.length() && (Character.isDigit(text.charAt(pos + 1))
                || text.charAt(pos + 1) == '+' || text.charAt(pos + 1) == '-')) {
            throw error(start, "exponent notation is not allowed in amounts ('" + token + text.charAt(pos) + "…')");
        }
        if (token.length() > MAX_NUMBER_CHARS) {
            throw error(start, "amount '" + FormulaSyntaxException.abbreviate(token) + "' is too long");
        }
        if (token.indexOf('.') != token.lastIndexOf('.') || token.equals(".")) {
            throw error(start, "malformed amount '" + token + "'");
        }
        BigDecimal value = new BigDecimal(token.startsWith(".") ? "0" + token : token);
        if (pos + 1 < text.length() && text.charAt(pos) == '/' && Character.isDigit(text.charAt(pos + 1))
                && token.indexOf('.') < 0) {
            return fraction(start, value);
        }
        if (value.signum() == 0) {
            throw error(start, "zero amount");
        }
        if (value.compareTo(FormulaParser.MAX_AMOUNT) > 0) {
            throw error(start, "amount " + token + " is larger than " + FormulaParser.MAX_AMOUNT.toPlainString());
        }
        // written with two or more decimals: rounded, to half a unit of the last digit written
        int decimals = token.indexOf('.') < 0 ? 0 : token.length() - token.indexOf('.') - 1;
        return new Amount(value, roundingError(decimals));
    }

    /** Half a unit of the last of {@code decimals} digits when there are two or more (the amount is rounded), else 0. */
    static double roundingError(int decimals) {
        return decimals >= 2 ? 0.5 * Math.pow(10, -decimals) : 0.0;
    }

    /** p/q as printed (Na4/3, Ni1/3): twelve decimals, rounded, so a third balances within rounding. */
    private Amount fraction(int start, BigDecimal numerator) {
        pos++;
        int denominatorStart = pos;
        while (!atEnd() && Character.isDigit(text.charAt(pos)) && pos - denominatorStart < 6) {
            pos++;
        }
        BigDecimal denominator = new BigDecimal(text.substring(denominatorStart, pos));
        if (numerator.signum() == 0 || denominator.signum() == 0) {
            throw error(start, "zero in the fraction '" + text.substring(start, pos) + "'");
        }
        BigDecimal value = numerator.divide(denominator, FormulaParser.FRACTION_DIGITS, RoundingMode.HALF_UP);
        if (value.compareTo(FormulaParser.MAX_AMOUNT) > 0) {
            throw error(start, "amount " + text.substring(start, pos) + " is larger than "
                    + FormulaParser.MAX_AMOUNT.toPlainString());
        }
        boolean exact = value.multiply(denominator).compareTo(numerator) == 0;
        return new Amount(value.stripTrailingZeros(), exact ? 0.0 : 0.5 * Math.pow(10, -FormulaParser.FRACTION_DIGITS));
    }

    /** The digits and points at the cursor (at most twelve), for a message. */
    String peekToken() {
        int end = pos;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')
                && end - pos < 12) {
            end++;
        }
        return text.substring(pos, end);
    }

    FormulaSyntaxException error(int normalisedPos, String problem) {
        int column = normalisedPos < text.length() ? columnOf[normalisedPos]
                : (text.length() == 0 ? 0 : columnOf[text.length() - 1] + 1);
        return new FormulaSyntaxException(original, column, problem);
    }
}
