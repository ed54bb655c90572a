package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The items that can be in the best {@code top} when each scores on its own, less a penalty for
 * every chosen pair with the same key (same host, same cathode and separator). Within a key only its
 * best {@code top} alone can be chosen; and only the {@code top} keys with the best best-item: a
 * plan using any other key leaves one of those keys unused, and swapping in that key's best item
 * loses nothing. The solver then searches at most top² items instead of thousands.
 */
final class Shortlist {
    private Shortlist() {
    }

    static <T> List<T> of(List<T> items, int top, Function<T, String> key, Function<T, HardSoftLongScore> alone) {
        Comparator<T> best = Comparator.comparing(alone).reversed();
        Map<String, List<T>> byKey = new LinkedHashMap<>();
        for (T t : items) {
            byKey.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
        }
        List<List<T>> groups = new ArrayList<>();
        for (List<T> g : byKey.values()) {
            g.sort(best); // stable: equal scores keep their input order
            groups.add(g.subList(0, Math.min(top, g.size())));
        }
        groups.sort(Comparator.comparing((List<T> g) -> g.get(0), best)); // stable as well
        List<T> out = new ArrayList<>();
        groups.subList(0, Math.min(top, groups.size())).forEach(out::addAll);
        return out;
    }
}
