package org.nasse.advisor.chemistry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
    /** Decimals kept of a fraction written p/q; Formula prints such an amount back as p/q. */
    static final int FRACTION_DIGITS = 12;
    /** Unit runs tried in every combination up to this many; beyond it, none or all. */
    private static final int MAX_RUNS_COMBINED = 4;

    private final Set<String> elementSymbols;
    private final ClusterUnits clusters;
    /** Most formulas read (every generated composition) are plain element runs: read those without the grammar. */
    private final PlainFormulaReader plain;

    public FormulaParser(Set<String> elementSymbols, ClusterUnits clusters) {
        this.elementSymbols = Set.copyOf(elementSymbols);
        this.clusters = clusters;
        this.plain = new PlainFormulaReader(this.elementSymbols, clusters);
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
        checkLength(input);
        Formula asWritten = plain.read(input);
        if (asWritten != null) {
            List<Formula> only = new ArrayList<>(1);
            only.add(asWritten);
            return only;
        }
        return new Run(input).readings();
    }

    /** {@link #readings} without the plain reader's short cut: what the short cut must agree with. */
    List<Formula> readingsByGrammar(String input) {
        checkLength(input);
        return new Run(input).readings();
    }

    private static void checkLength(String input) {
        if (input == null || input.isBlank()) {
            throw new FormulaSyntaxException(input == null ? "" : input, 0, "empty formula");
        }
        if (input.length() > MAX_LENGTH) {
            throw new FormulaSyntaxException(input, 0,
                    "formula longer than " + MAX_LENGTH + " characters (" + input.length() + ")");
        }
    }

    /** One parse: the grammar of parts, groups and items over the scanned text. */
    private final class Run {
        private final FormulaScanner text;

        Run(String original) {
            this.text = new FormulaScanner(original);
        }

        List<Formula> readings() {
            List<Part> parts = new ArrayList<>();
            while (true) {
                int partStart = text.pos();
                Amount coefficient = text.peekNumber() ? text.number() : Amount.ONE;
                FormulaGroup group = sequence(0, (char) 0);
                if (group.items.isEmpty()) {
                    throw text.error(text.pos(), text.atEnd() ? "formula ends without a constituent"
                            : "expected an element or a group, found '" + text.peek() + "'");
                }
                parts.add(new Part(partStart, coefficient, group));
                if (!consumeDot()) {
                    break;
                }
            }
            if (!text.atEnd()) {
                char c = text.peek();
                String problem = switch (c) {
                    case ')', ']' -> "unmatched '" + c + "'";
                    case '-' -> "negative amount";
                    default -> "unexpected '" + c + "'";
                };
                throw text.error(text.pos(), problem);
            }
            // the readings of the whole are the combinations of each part's readings (rarely more than two)
            List<Amounts> combined = List.of(new Amounts());
            for (Part part : parts) {
                List<Amounts> next = new ArrayList<>();
                for (Amounts partReading : part.readings()) {
                    for (Amounts before : combined) {
                        Amounts sum = before.copy();
                        sum.addAll(partReading, part.coefficient, part.start, text);
                        next.add(sum);
                    }
                }
                combined = next;
            }
            // a sum of two or more compounds (not a hydrate's water) is written with its anions last
            int compounds = 0;
            for (Part part : parts) {
                compounds += part.readings().get(0).amounts.keySet().equals(java.util.Set.of(ClusterUnits.WATER)) ? 0 : 1;
            }
            List<Formula> out = new ArrayList<>(combined.size());
            for (Amounts a : combined) {
                out.add((compounds > 1 ? a.anionsLast() : a).toFormula(clusters));
            }
            return out;
        }

        /** One adduct part: an optional coefficient times a group (9H2O, 0.06Na4SiS4). */
        private final class Part {
            final int start;
            final Amount coefficient;
            final FormulaGroup group;

            Part(int start, Amount coefficient, FormulaGroup group) {
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
                        a.add(unit.get().name(), Amount.ONE, start, text);
                        return List.of(a);
                    }
                }
                List<Amounts> out = new ArrayList<>();
                out.add(group.amounts(List.of(), text));
                List<FormulaGroup.UnitRun> runs = group.unitRuns(clusters);
                if (runs.isEmpty()) {
                    return out;
                }
                if (runs.size() <= MAX_RUNS_COMBINED) {
                    for (int mask = 1; mask < (1 << runs.size()); mask++) {
                        List<FormulaGroup.UnitRun> chosen = new ArrayList<>();
                        for (int k = 0; k < runs.size(); k++) {
                            if ((mask & (1 << k)) != 0) {
                                chosen.add(runs.get(k));
                            }
                        }
                        out.add(group.amounts(chosen, text));
                    }
                } else {
                    out.add(group.amounts(runs, text));
                }
                return out;
            }
        }

        /** An adduct or mixture separator: ·, *, +, or a hyphen between a part and a coefficient (…H10-3Na…). */
        private boolean consumeDot() {
            if (text.atEnd()) {
                return false;
            }
            char c = text.peek();
            if (c == '·' || c == '+' || text.hyphenJoin()) {
                text.advance();
                if (text.atEnd()) {
                    throw text.error(text.pos() - 1, "nothing after '" + c + "'");
                }
                return true;
            }
            return false;
        }

        /** Items until the closing bracket (or the end / an adduct dot at depth 0). */
        private FormulaGroup sequence(int depth, char closing) {
            FormulaGroup group = new FormulaGroup();
            while (!text.atEnd()) {
                char c = text.peek();
                int pos = text.pos();
                if (c == closing || c == '·' || c == '+' || c == ')' || c == ']' || (depth == 0 && text.hyphenJoin())) {
                    break;
                }
                int itemStart = pos;
                if (c == '(' || c == '[') {
                    if (depth + 1 > MAX_DEPTH) {
                        throw text.error(pos, "brackets nested deeper than " + MAX_DEPTH);
                    }
                    char close = c == '(' ? ')' : ']';
                    text.advance();
                    FormulaGroup inner = sequence(depth + 1, close);
                    if (text.atEnd() || text.peek() != close) {
                        throw text.error(itemStart, "unclosed '" + c + "'");
                    }
                    if (inner.items.isEmpty()) {
                        throw text.error(itemStart, "empty group '" + c + close + "'");
                    }
                    text.advance();
                    Amount multiplier = text.peekNumber() ? text.number() : Amount.ONE;
                    var unit = inner.simple && clusters != null
                            ? clusters.matching(inner.integerComposition()) : java.util.Optional.<ClusterUnit>empty();
                    group.simple = false;
                    Amounts content;
                    if (unit.isPresent()) {
                        content = new Amounts();
                        content.add(unit.get().name(), Amount.ONE, itemStart, text);
                    } else {
                        content = inner.amounts(List.of(), text);
                    }
                    Amounts scaled = new Amounts();
                    scaled.addAll(content, multiplier, itemStart, text);
                    group.items.add(new FormulaGroup.Item(null, null, scaled, itemStart));
                } else if (c >= 'A' && c <= 'Z') {
                    String symbol = text.element(elementSymbols);
                    Amount amount = Amount.ONE;
                    if (text.peekNumber()) {
                        amount = text.number();
                        if (amount.value().stripTrailingZeros().scale() > 0) {
                            group.simple = false;
                        }
                    }
                    group.items.add(new FormulaGroup.Item(symbol, amount, null, itemStart));
                } else if (c == '-' && pos + 1 < text.length() && Character.isUpperCase(text.charAt(pos + 1))) {
                    throw text.error(pos, "'-' joins the layers or components of a composite; give a mixture with"
                            + " coefficients instead (Na2B10H10-3Na2B12H12, Na3PS4+0.2Na2S)");
                } else if (c == '-') {
                    throw text.error(pos, "negative amount");
                } else if (c == '@' || c == '%') {
                    throw text.error(pos, (c == '@' ? "'@' (a core-shell or coated composite)" : "'%' (a weight or mole percentage)")
                            + " has no composition; write the mixture as molar amounts, e.g. NaBH4+0.5Na2B12H12");
                } else if (Character.isDigit(c) || c == '.') {
                    throw text.error(pos, "amount '" + text.peekToken() + "' without an element before it");
                } else if (Character.isLowerCase(c)) {
                    throw text.error(pos, "unexpected '" + c + "' (element symbols start with a capital)");
                } else {
                    throw text.error(pos, "unexpected '" + printable(c) + "'");
                }
            }
            return group;
        }
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c)
                ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }
}
