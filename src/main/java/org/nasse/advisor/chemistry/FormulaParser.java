package org.nasse.advisor.chemistry;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads formulas as researchers write them: decimal amounts, nested () and [] groups with
 * multipliers, adducts joined by · or * with leading coefficients (Na3SbS4·9H2O,
 * 0.94Na3PS4·0.06Na4SiS4), Unicode subscript digits (Na₃PS₄). A group whose content is exactly a
 * known cluster unit ((B12H12), (BH4)) stays a unit; any other group is multiplied out.
 * Recursive descent with an explicit depth limit, so hostile nesting is an error, not a stack overflow.
 */
public final class FormulaParser {
    public static final int MAX_LENGTH = 256;
    public static final int MAX_DEPTH = 16;
    /** No real formula unit holds more than this many of one constituent. */
    static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(10_000);
    private static final int MAX_NUMBER_CHARS = 12;

    private final Set<String> elementSymbols;
    private final ClusterUnits clusters;

    public FormulaParser(Set<String> elementSymbols, ClusterUnits clusters) {
        this.elementSymbols = Set.copyOf(elementSymbols);
        this.clusters = clusters;
    }

    public Formula parse(String input) {
        if (input == null || input.isBlank()) {
            throw new FormulaSyntaxException(input == null ? "" : input, 0, "empty formula");
        }
        if (input.length() > MAX_LENGTH) {
            throw new FormulaSyntaxException(input, 0,
                    "formula longer than " + MAX_LENGTH + " characters (" + input.length() + ")");
        }
        return new Run(input).formula();
    }

    /** One parse: the normalised text and where each of its characters stood in the input. */
    private final class Run {
        private final String original;
        private final StringBuilder text = new StringBuilder();
        private int[] columnOf;
        private int pos;

        Run(String original) {
            this.original = original;
            columnOf = new int[original.length()];
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                if (Character.isWhitespace(c)) {
                    continue;
                }
                columnOf[text.length()] = i + 1;
                text.append(normalise(c));
            }
        }

        private char normalise(char c) {
            if (c >= '\u2080' && c <= '\u2089') {
                return (char) ('0' + (c - '\u2080'));
            }
            return switch (c) {
                case '*', '\u2022', '\u22C5', '\u2219', '\u00B7' -> '·';
                default -> c;
            };
        }

        Formula formula() {
            LinkedHashMap<String, BigDecimal> total = new LinkedHashMap<>();
            while (true) {
                int partStart = pos;
                BigDecimal coefficient = peekNumber() ? number() : BigDecimal.ONE;
                Group part = sequence(0, (char) 0);
                if (part.amounts.isEmpty()) {
                    throw error(pos, atEnd() ? "formula ends without a constituent"
                            : "expected an element or a group, found '" + text.charAt(pos) + "'");
                }
                if (partStart > 0 && part.simple && clusters != null) {
                    // an adduct molecule (·9H2O) stays one neutral unit
                    var unit = clusters.matching(part.integerComposition());
                    if (unit.isPresent() && unit.get().isNeutral()) {
                        addTo(total, unit.get().name(), coefficient, partStart);
                        if (!consumeDot()) {
                            break;
                        }
                        continue;
                    }
                }
                for (var e : part.amounts.entrySet()) {
                    addTo(total, e.getKey(), e.getValue().multiply(coefficient), partStart);
                }
                if (!consumeDot()) {
                    break;
                }
            }
            if (!atEnd()) {
                char c = text.charAt(pos);
                String problem = switch (c) {
                    case ')', ']' -> "unmatched '" + c + "'";
                    case '-' -> "negative amount";
                    default -> "unexpected '" + c + "'";
                };
                throw error(pos, problem);
            }
            return new Formula(total);
        }

        private boolean consumeDot() {
            if (!atEnd() && text.charAt(pos) == '·') {
                pos++;
                if (atEnd()) {
                    throw error(pos - 1, "nothing after '·'");
                }
                return true;
            }
            return false;
        }

        /** Items until the closing bracket (or the end / an adduct dot at depth 0). */
        private Group sequence(int depth, char closing) {
            Group group = new Group();
            while (!atEnd()) {
                char c = text.charAt(pos);
                if (c == closing || c == '·' || c == ')' || c == ']') {
                    break;
                }
                int itemStart = pos;
                if (c == '(' || c == '[') {
                    if (depth + 1 > MAX_DEPTH) {
                        throw error(pos, "brackets nested deeper than " + MAX_DEPTH);
                    }
                    char close = c == '(' ? ')' : ']';
                    pos++;
                    Group inner = sequence(depth + 1, close);
                    if (atEnd() || text.charAt(pos) != close) {
                        throw error(itemStart, "unclosed '" + c + "'");
                    }
                    if (inner.amounts.isEmpty()) {
                        throw error(itemStart, "empty group '" + c + close + "'");
                    }
                    pos++;
                    BigDecimal multiplier = peekNumber() ? number() : BigDecimal.ONE;
                    var unit = inner.simple && clusters != null
                            ? clusters.matching(inner.integerComposition()) : java.util.Optional.<ClusterUnit>empty();
                    group.simple = false;
                    if (unit.isPresent()) {
                        addTo(group.amounts, unit.get().name(), multiplier, itemStart);
                    } else {
                        for (var e : inner.amounts.entrySet()) {
                            addTo(group.amounts, e.getKey(), e.getValue().multiply(multiplier), itemStart);
                        }
                    }
                } else if (c >= 'A' && c <= 'Z') {
                    String symbol = element();
                    BigDecimal amount = BigDecimal.ONE;
                    if (peekNumber()) {
                        amount = number();
                        if (amount.stripTrailingZeros().scale() > 0) {
                            group.simple = false;
                        }
                    }
                    addTo(group.amounts, symbol, amount, itemStart);
                } else if (c == '-') {
                    throw error(pos, "negative amount");
                } else if (Character.isDigit(c) || c == '.') {
                    throw error(pos, "amount '" + peekToken() + "' without an element before it");
                } else if (Character.isLowerCase(c)) {
                    throw error(pos, "unexpected '" + c + "' (element symbols start with a capital)");
                } else {
                    throw error(pos, "unexpected '" + printable(c) + "'");
                }
            }
            return group;
        }

        private String element() {
            int start = pos;
            pos++;
            while (!atEnd() && Character.isLowerCase(text.charAt(pos)) && pos - start < 3) {
                pos++;
            }
            String token = text.substring(start, pos);
            if (elementSymbols.contains(token)) {
                return token;
            }
            throw error(start, "unknown element '" + token + "'");
        }

        private BigDecimal number() {
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
            if (value.signum() == 0) {
                throw error(start, "zero amount");
            }
            if (value.compareTo(MAX_AMOUNT) > 0) {
                throw error(start, "amount " + token + " is larger than " + MAX_AMOUNT.toPlainString());
            }
            return value;
        }

        private void addTo(Map<String, BigDecimal> map, String key, BigDecimal amount, int at) {
            BigDecimal sum = map.getOrDefault(key, BigDecimal.ZERO).add(amount);
            if (sum.compareTo(MAX_AMOUNT) > 0) {
                throw error(at, "amount of " + key + " exceeds " + MAX_AMOUNT.toPlainString() + " per formula unit");
            }
            map.put(key, sum);
        }

        private boolean peekNumber() {
            return !atEnd() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.');
        }

        private String peekToken() {
            int end = pos;
            while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')
                    && end - pos < 12) {
                end++;
            }
            return text.substring(pos, end);
        }

        private boolean atEnd() {
            return pos >= text.length();
        }

        private FormulaSyntaxException error(int normalisedPos, String problem) {
            int column = normalisedPos < text.length() ? columnOf[normalisedPos]
                    : (text.length() == 0 ? 0 : columnOf[text.length() - 1] + 1);
            return new FormulaSyntaxException(original, column, problem);
        }
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c)
                ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    /** Constituents of one bracket level; simple = only elements with integer amounts, no subgroups. */
    private static final class Group {
        final LinkedHashMap<String, BigDecimal> amounts = new LinkedHashMap<>();
        boolean simple = true;

        Map<String, Integer> integerComposition() {
            Map<String, Integer> m = new HashMap<>();
            for (var e : amounts.entrySet()) {
                try {
                    m.put(e.getKey(), e.getValue().intValueExact());
                } catch (ArithmeticException notInteger) {
                    return Map.of();
                }
            }
            return m;
        }
    }
}
