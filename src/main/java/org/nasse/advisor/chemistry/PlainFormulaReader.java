package org.nasse.advisor.chemistry;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * The common case without the parser's grammar: a run of element symbols with plain decimal amounts
 * (Na2.88Sb0.88W0.12S4, Na3Zr2Si2PO12), each element once, and no two adjacent elements with integer
 * amounts that could spell a charged cluster unit, so that the reading as written is the only one.
 * Anything else (brackets, adduct dots, fractions, whitespace, subscripts, a repeated or unknown
 * element, a zero or too large amount, any other error) is not read here: {@link #read} returns null
 * and {@link FormulaParser} reads the text, errors and all. Where it reads, it gives exactly the formula
 * the parser gives (FormulaPlainPathTest holds the two paths to that).
 */
final class PlainFormulaReader {
    /** Elements per formula read here; longer ones go to the parser. */
    private static final int MAX_ELEMENTS = 16;
    private static final int MAX_NUMBER_CHARS = 12;
    private static final long MAX_AMOUNT = FormulaParser.MAX_AMOUNT.longValueExact();
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
            10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

    /** Symbols of one or two letters by capital and lower-case letter (column 0: none), the table's own strings. */
    private final String[][] symbols = new String[26][27];
    /** Per symbols[][]: whether the element occurs in a charged cluster unit. */
    private final boolean[][] inChargedUnit = new boolean[26][27];

    PlainFormulaReader(Set<String> elementSymbols, ClusterUnits clusters) {
        Set<String> unitElements = Set.of();
        if (clusters != null) {
            unitElements = new java.util.HashSet<>();
            for (ClusterUnit u : clusters.all()) {
                if (!u.isNeutral()) {
                    unitElements.addAll(u.composition().keySet());
                }
            }
        }
        for (String s : elementSymbols) {
            boolean oneOrTwoLetters = (s.length() == 1 || s.length() == 2) && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z'
                    && (s.length() == 1 || s.charAt(1) >= 'a' && s.charAt(1) <= 'z');
            if (oneOrTwoLetters) {
                int column = s.length() == 1 ? 0 : s.charAt(1) - 'a' + 1;
                symbols[s.charAt(0) - 'A'][column] = s;
                // a cluster element beside another with integer amounts might spell a unit (N H2, S O4)
                inChargedUnit[s.charAt(0) - 'A'][column] = unitElements.contains(s);
            }
        }
    }

    /** The formula as written, or null when the text is not of the plain kind read here. */
    Formula read(String text) {
        int n = text.length();
        String[] found = new String[MAX_ELEMENTS];
        long[] unscaled = new long[MAX_ELEMENTS];
        int[] scale = new int[MAX_ELEMENTS];
        int count = 0;
        boolean previousMaySpellUnit = false;
        int i = 0;
        while (i < n) {
            // each element starts with a capital: after an amount, e, / or a bracket is the grammar's
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z' || count == MAX_ELEMENTS) {
                return null;
            }
            int column = 0;
            i++;
            if (i < n && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
                column = text.charAt(i) - 'a' + 1;
                i++;
                if (i < n && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
                    return null; // a three-letter token: the parser reads it (or refuses it)
                }
            }
            String symbol = symbols[c - 'A'][column];
            if (symbol == null) {
                return null;
            }
            for (int k = 0; k < count; k++) {
                if (found[k] == symbol) { // the table's own strings: identity is equality
                    return null;
                }
            }
            long digits = 1;
            int decimals = 0;
            if (i < n && (isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                int start = i;
                int point = -1;
                digits = 0;
                while (i < n && (isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    if (text.charAt(i) == '.') {
                        if (point >= 0) {
                            return null;
                        }
                        point = i;
                    } else {
                        digits = digits * 10 + (text.charAt(i) - '0');
                    }
                    i++;
                }
                if (i - start > MAX_NUMBER_CHARS || i - start == 1 && point == start) {
                    return null;
                }
                decimals = point < 0 ? 0 : i - point - 1;
                // zero, or more than the parser allows: it says so
                if (digits == 0 || digits > MAX_AMOUNT * POWERS_OF_TEN[decimals]) {
                    return null;
                }
            }
            boolean maySpellUnit = inChargedUnit[c - 'A'][column] && digits % POWERS_OF_TEN[decimals] == 0;
            if (maySpellUnit && previousMaySpellUnit) {
                return null; // the parser decides whether the two begin a unit such as NH2 or SO4
            }
            previousMaySpellUnit = maySpellUnit;
            found[count] = symbol;
            unscaled[count] = digits;
            scale[count] = decimals;
            count++;
        }
        return count == 0 ? null : formula(found, unscaled, scale, count);
    }

    private static Formula formula(String[] found, long[] unscaled, int[] scale, int count) {
        LinkedHashMap<String, BigDecimal> amounts = new LinkedHashMap<>(2 * count);
        String[] errorKeys = new String[count];
        double[] errors = new double[count];
        int withError = 0;
        long hashSum = 0;
        StringBuilder canonical = new StringBuilder(8 * count);
        for (int k = 0; k < count; k++) {
            double error = FormulaScanner.roundingError(scale[k]);
            if (error > 0) {
                errorKeys[withError] = found[k];
                errors[withError++] = error;
            }
            // as BigDecimal.stripTrailingZeros would leave it: 2.50 is 2.5, 10 is 1E+1
            long v = unscaled[k];
            int s = scale[k];
            while (v % 10 == 0) {
                v /= 10;
                s--;
            }
            amounts.put(found[k], BigDecimal.valueOf(v, s));
            hashSum += found[k].hashCode();
            canonical.append(found[k]);
            if (v != 1 || s != 0) { // an amount of 1 is not written
                appendPlain(canonical, v, s);
            }
        }
        return Formula.ofStrippedElements(amounts, Arrays.copyOf(errorKeys, withError), Arrays.copyOf(errors, withError),
                canonical.toString(), Formula.signature(hashSum, count));
    }

    /** What BigDecimal.valueOf(v, s).toPlainString() gives for v > 0: the canonical text's amount, without the BigDecimal. */
    private static void appendPlain(StringBuilder text, long v, int s) {
        if (s <= 0) {
            text.append(v);
            for (int z = 0; z < -s; z++) {
                text.append('0');
            }
            return;
        }
        String digits = Long.toString(v);
        int point = digits.length() - s;
        if (point > 0) {
            text.append(digits, 0, point).append('.').append(digits, point, digits.length());
        } else {
            text.append("0.");
            for (int z = 0; z < -point; z++) {
                text.append('0');
            }
            text.append(digits);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
