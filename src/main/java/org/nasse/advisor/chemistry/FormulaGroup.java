package org.nasse.advisor.chemistry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The constituents of one bracket level of a formula, in the order written; {@code simple} while they are
 * only elements with integer amounts (what a cluster unit written as a group must be).
 */
final class FormulaGroup {
    final List<Item> items = new ArrayList<>();
    boolean simple = true;

    /** One element (symbol and amount) or one bracketed group (its content, multiplier applied). */
    record Item(String symbol, Amount amount, Amounts content, int start) {
    }

    /** Items {@code first} to {@code last} spell {@code unit}. */
    record UnitRun(int first, int last, ClusterUnit unit) {
    }

    /** The element counts of the level when it is only elements with integer amounts, else empty. */
    Map<String, Integer> integerComposition() {
        Map<String, Integer> m = new HashMap<>();
        for (Item item : items) {
            if (item.symbol == null) {
                return Map.of();
            }
            try {
                m.merge(item.symbol, item.amount.value().intValueExact(), Integer::sum);
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
    List<UnitRun> unitRuns(ClusterUnits clusters) {
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
                if (item.symbol == null || item.amount.value().stripTrailingZeros().scale() > 0) {
                    break;
                }
                composition.merge(item.symbol, item.amount.value().intValueExact(), Integer::sum);
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
    Amounts amounts(List<UnitRun> chosen, FormulaScanner text) {
        Amounts out = new Amounts();
        int next = 0;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (next < chosen.size() && chosen.get(next).first == i) {
                UnitRun u = chosen.get(next++);
                out.add(u.unit.name(), Amount.ONE, item.start, text);
                i = u.last;
            } else if (item.symbol != null) {
                out.add(item.symbol, item.amount, item.start, text);
            } else {
                out.addAll(item.content, Amount.ONE, item.start, text);
            }
        }
        return out;
    }
}
