package org.nasse.advisor.chemistry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads formulas as researchers write them: decimal or fractional amounts (Na4/3), nested () and []
 * groups with multipliers, adducts and mixtures joined by ·, * or + with leading coefficients
 * (Na3SbS4·9H2O, 0.94Na3PS4·0.06Na4SiS4, Na3Zr2Si2PO12+0.2Na2O), or by a hyphen before a coefficient
 * (Na2B10H10-3Na2B12H12, a 1:3 mixture), Unicode subscript digits (Na₃PS₄). A group whose content is
 * exactly a known cluster unit ((B12H12), (BH4)) stays a unit; any other group is multiplied out.
 * <p>
 * Papers also print cluster salts without brackets (Na2B12H12, Na3NH2B12H12, Na3OBH4), so a formula
 * can have several readings: the elements as written, and the same text with runs of adjacent
 * elements read as the known units they spell (B12H12, then NH2 and B12H12). {@link #readings} gives
 * them all; {@link Chemistry#read} picks the one that balances with sensible states.
 * <p>
 * Every amount written with two or more decimals is taken as rounded, and carries half a unit of its
 * last digit as a rounding error (propagated through multipliers), so that charge balance can allow
 * for the residual that rounding thirds to 0.33 and 0.67 leaves.
 * Recursive descent with an explicit depth limit, so hostile nesting is an error, not a stack overflow.
 */
public final class FormulaParser {
    public static final int MAX_LENGTH = 256;
    public static final int MAX_DEPTH = 16;
    /** No real formula unit holds more than this many of one constituent. */
    static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(10_000);
    private static final int MAX_NUMBER_CHARS = 12;
    /** Decimals kept of a fraction written p/q; Formula prints such an amount back as p/q. */
    static final int FRACTION_DIGITS = 12;
    /** Unit runs tried in every combination up to this many; beyond it, none or all. */
    private static final int MAX_RUNS_COMBINED = 4;

    private final Set<String> elementSymbols;
    private final ClusterUnits clusters;

    public FormulaParser(Set<String> elementSymbols, ClusterUnits clusters) {
        this.elementSymbols = Set.copyOf(elementSymbols);
        this.clusters = clusters;
    }

    /** The reading as written: brackets decide the units, plain element runs stay elements. */
    public Formula parse(String input) {
        return readings(input).get(0);
    }

    /**
     * All readings of the text: the first as written (units only where bracketed), then each
     * combination of plain-written element runs read as units.
     */
    public List<Formula> readings(String input) {
        if (input == null || input.isBlank()) {
            throw new FormulaSyntaxException(input == null ? "" : input, 0, "empty formula");
        }
        if (input.length() > MAX_LENGTH) {
            throw new FormulaSyntaxException(input, 0,
                    "formula longer than " + MAX_LENGTH + " characters (" + input.length() + ")");
        }
        return new Run(input).readings();
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

        List<Formula> readings() {
            List<Part> parts = new ArrayList<>();
            while (true) {
                int partStart = pos;
                Amount coefficient = peekNumber() ? number() : Amount.ONE;
                Group group = sequence(0, (char) 0);
                if (group.items.isEmpty()) {
                    throw error(pos, atEnd() ? "formula ends without a constituent"
                            : "expected an element or a group, found '" + text.charAt(pos) + "'");
                }
                parts.add(new Part(partStart, coefficient, group));
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
            // the readings of the whole are the combinations of each part's readings (rarely more than two)
            List<Amounts> combined = List.of(new Amounts());
            for (Part part : parts) {
                List<Amounts> next = new ArrayList<>();
                for (Amounts partReading : part.readings()) {
                    for (Amounts before : combined) {
                        Amounts sum = before.copy();
                        sum.addAll(partReading, part.coefficient, part.start, this);
                        next.add(sum);
                    }
                }
                combined = next;
            }
            List<Formula> out = new ArrayList<>(combined.size());
            for (Amounts a : combined) {
                out.add(new Formula(a.amounts, a.errors, clusters));
            }
            return out;
        }

        /** One adduct part: an optional coefficient times a group (9H2O, 0.06Na4SiS4). */
        private final class Part {
            final int start;
            final Amount coefficient;
            final Group group;

            Part(int start, Amount coefficient, Group group) {
                this.start = start;
                this.coefficient = coefficient;
                this.group = group;
            }

            /** The part as written, then with plain unit runs read as units; an adduct molecule (·9H2O) is one unit. */
            List<Amounts> readings() {
                if (start > 0 && group.simple && clusters != null) {
                    var unit = clusters.matching(group.integerComposition());
                    if (unit.isPresent() && unit.get().isNeutral()) {
                        Amounts a = new Amounts();
                        a.add(unit.get().name(), Amount.ONE, start, Run.this);
                        return List.of(a);
                    }
                }
                List<Amounts> out = new ArrayList<>();
                out.add(group.amounts(List.of(), Run.this));
                List<UnitRun> runs = group.unitRuns();
                if (runs.isEmpty()) {
                    return out;
                }
                if (runs.size() <= MAX_RUNS_COMBINED) {
                    for (int mask = 1; mask < (1 << runs.size()); mask++) {
                        List<UnitRun> chosen = new ArrayList<>();
                        for (int k = 0; k < runs.size(); k++) {
                            if ((mask & (1 << k)) != 0) {
                                chosen.add(runs.get(k));
                            }
                        }
                        out.add(group.amounts(chosen, Run.this));
                    }
                } else {
                    out.add(group.amounts(runs, Run.this));
                }
                return out;
            }
        }

        /** An adduct or mixture separator: ·, *, +, or a hyphen between a part and a coefficient (…H10-3Na…). */
        private boolean consumeDot() {
            if (atEnd()) {
                return false;
            }
            char c = text.charAt(pos);
            if (c == '·' || c == '+' || hyphenJoin()) {
                pos++;
                if (atEnd()) {
                    throw error(pos - 1, "nothing after '" + c + "'");
                }
                return true;
            }
            return false;
        }

        /** A hyphen after an amount or bracket and before a coefficient joins a mixture: Na2B10H10-3Na2B12H12. */
        private boolean hyphenJoin() {
            return text.charAt(pos) == '-' && pos > 0 && pos + 1 < text.length()
                    && (Character.isDigit(text.charAt(pos - 1)) || text.charAt(pos - 1) == ')' || text.charAt(pos - 1) == ']')
                    && Character.isDigit(text.charAt(pos + 1));
        }

        /** Items until the closing bracket (or the end / an adduct dot at depth 0). */
        private Group sequence(int depth, char closing) {
            Group group = new Group();
            while (!atEnd()) {
                char c = text.charAt(pos);
                if (c == closing || c == '·' || c == '+' || c == ')' || c == ']' || (depth == 0 && hyphenJoin())) {
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
                    if (inner.items.isEmpty()) {
                        throw error(itemStart, "empty group '" + c + close + "'");
                    }
                    pos++;
                    Amount multiplier = peekNumber() ? number() : Amount.ONE;
                    var unit = inner.simple && clusters != null
                            ? clusters.matching(inner.integerComposition()) : java.util.Optional.<ClusterUnit>empty();
                    group.simple = false;
                    Amounts content;
                    if (unit.isPresent()) {
                        content = new Amounts();
                        content.add(unit.get().name(), Amount.ONE, itemStart, this);
                    } else {
                        content = inner.amounts(List.of(), this);
                    }
                    Amounts scaled = new Amounts();
                    scaled.addAll(content, multiplier, itemStart, this);
                    group.items.add(new Item(null, null, scaled, itemStart));
                } else if (c >= 'A' && c <= 'Z') {
                    String symbol = element();
                    Amount amount = Amount.ONE;
                    if (peekNumber()) {
                        amount = number();
                        if (amount.value.stripTrailingZeros().scale() > 0) {
                            group.simple = false;
                        }
                    }
                    group.items.add(new Item(symbol, amount, null, itemStart));
                } else if (c == '-' && pos + 1 < text.length() && Character.isUpperCase(text.charAt(pos + 1))) {
                    throw error(pos, "'-' joins the layers or components of a composite; give a mixture with"
                            + " coefficients instead (Na2B10H10-3Na2B12H12, Na3PS4+0.2Na2S)");
                } else if (c == '-') {
                    throw error(pos, "negative amount");
                } else if (c == '@' || c == '%') {
                    throw error(pos, (c == '@' ? "'@' (a core-shell or coated composite)" : "'%' (a weight or mole percentage)")
                            + " has no composition; write the mixture as molar amounts, e.g. NaBH4+0.5Na2B12H12");
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

        private Amount number() {
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
            if (value.compareTo(MAX_AMOUNT) > 0) {
                throw error(start, "amount " + token + " is larger than " + MAX_AMOUNT.toPlainString());
            }
            // written with two or more decimals: rounded, to half a unit of the last digit written
            int decimals = token.indexOf('.') < 0 ? 0 : token.length() - token.indexOf('.') - 1;
            return new Amount(value, decimals >= 2 ? 0.5 * Math.pow(10, -decimals) : 0.0);
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
            BigDecimal value = numerator.divide(denominator, FRACTION_DIGITS, java.math.RoundingMode.HALF_UP);
            if (value.compareTo(MAX_AMOUNT) > 0) {
                throw error(start, "amount " + text.substring(start, pos) + " is larger than " + MAX_AMOUNT.toPlainString());
            }
            boolean exact = value.multiply(denominator).compareTo(numerator) == 0;
            return new Amount(value.stripTrailingZeros(), exact ? 0.0 : 0.5 * Math.pow(10, -FRACTION_DIGITS));
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

        /** Constituents of one bracket level in the order written; simple = only elements with integer amounts. */
        private final class Group {
            final List<Item> items = new ArrayList<>();
            boolean simple = true;

            Map<String, Integer> integerComposition() {
                Map<String, Integer> m = new HashMap<>();
                for (Item item : items) {
                    if (item.symbol == null) {
                        return Map.of();
                    }
                    try {
                        m.merge(item.symbol, item.amount.value.intValueExact(), Integer::sum);
                    } catch (ArithmeticException notInteger) {
                        return Map.of();
                    }
                }
                return m;
            }

            /**
             * Runs of adjacent element items with integer amounts that spell a charged known unit
             * exactly (N H2 = NH2, C B11 H12 = CB11H12); leftmost-longest, not overlapping.
             */
            List<UnitRun> unitRuns() {
                List<UnitRun> runs = new ArrayList<>();
                if (clusters == null) {
                    return runs;
                }
                int i = 0;
                while (i < items.size()) {
                    int found = -1;
                    ClusterUnit unit = null;
                    Map<String, Integer> composition = new HashMap<>();
                    for (int j = i; j < items.size() && j - i < 4; j++) {
                        Item item = items.get(j);
                        if (item.symbol == null || item.amount.value.stripTrailingZeros().scale() > 0) {
                            break;
                        }
                        composition.merge(item.symbol, item.amount.value.intValueExact(), Integer::sum);
                        var match = clusters.matching(composition);
                        if (j > i && match.isPresent() && !match.get().isNeutral()) {
                            found = j;
                            unit = match.get();
                        }
                    }
                    if (found >= 0) {
                        runs.add(new UnitRun(i, found, unit));
                        i = found + 1;
                    } else {
                        i++;
                    }
                }
                return runs;
            }

            /** The amounts of this level, with the chosen runs read as units at the place they stand. */
            Amounts amounts(List<UnitRun> chosen, Run run) {
                Amounts out = new Amounts();
                int next = 0;
                for (int i = 0; i < items.size(); i++) {
                    Item item = items.get(i);
                    if (next < chosen.size() && chosen.get(next).first == i) {
                        UnitRun u = chosen.get(next++);
                        out.add(u.unit.name(), Amount.ONE, item.start, run);
                        i = u.last;
                    } else if (item.symbol != null) {
                        out.add(item.symbol, item.amount, item.start, run);
                    } else {
                        out.addAll(item.content, Amount.ONE, item.start, run);
                    }
                }
                return out;
            }
        }
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c)
                ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    /** An amount as written, with its rounding error (0 when written with fewer than two decimals). */
    private record Amount(BigDecimal value, double error) {
        static final Amount ONE = new Amount(BigDecimal.ONE, 0.0);
    }

    /** One element (symbol and amount) or one bracketed group (its content, multiplier applied). */
    private record Item(String symbol, Amount amount, Amounts content, int start) {
    }

    private record UnitRun(int first, int last, ClusterUnit unit) {
    }

    /** Ordered amounts with their rounding errors, summed as constituents repeat. */
    private static final class Amounts {
        final LinkedHashMap<String, BigDecimal> amounts = new LinkedHashMap<>();
        final LinkedHashMap<String, Double> errors = new LinkedHashMap<>();

        Amounts copy() {
            Amounts c = new Amounts();
            c.amounts.putAll(amounts);
            c.errors.putAll(errors);
            return c;
        }

        void add(String key, Amount a, int at, Run run) {
            BigDecimal sum = amounts.getOrDefault(key, BigDecimal.ZERO).add(a.value);
            if (sum.compareTo(MAX_AMOUNT) > 0) {
                throw run.error(at, "amount of " + key + " exceeds " + MAX_AMOUNT.toPlainString() + " per formula unit");
            }
            amounts.put(key, sum);
            if (a.error > 0) {
                errors.merge(key, a.error, Double::sum);
            }
        }

        /** Adds other × m; errors propagate as for a product of two rounded numbers. */
        void addAll(Amounts other, Amount m, int at, Run run) {
            for (var e : other.amounts.entrySet()) {
                double err = other.errors.getOrDefault(e.getKey(), 0.0);
                double v = e.getValue().doubleValue();
                double mv = m.value.doubleValue();
                add(e.getKey(), new Amount(e.getValue().multiply(m.value), err * mv + v * m.error + err * m.error), at, run);
            }
        }
    }
}
