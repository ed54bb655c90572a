package org.nasse.advisor.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nasse.advisor.chemistry.Family;

/**
 * The hosts that could explain a composition (they share its main anion and a framework cation), those
 * lacking fewest of its elements first. That depends only on its constituents, family and anions, which
 * few compositions of a screening run do not share with another: worked out once per such key.
 */
final class HostCandidates {
    /** The cap only guards against a pathological stream of distinct constituent sets. */
    private static final int LIMIT = 50_000;
    private final List<Framework> frames;
    /** By {@link #key}: one map for the composition's own family, one for the others. */
    private final Map<String, List<Framework>> ownFamily = new ConcurrentHashMap<>();
    private final Map<String, List<Framework>> otherFamilies = new ConcurrentHashMap<>();

    /** {@code frames}: the matcher's hosts, in knowledge-base order (read, never changed, from here). */
    HostCandidates(List<Framework> frames) {
        this.frames = frames;
    }

    /** The hosts of the composition's own family ({@code sameFamily}) or of the others that could explain it. */
    List<Framework> of(ComparedComposition c, boolean sameFamily) {
        Map<String, List<Framework>> cache = sameFamily ? ownFamily : otherFamilies;
        String key = c.candidateKey();
        List<Framework> order = cache.get(key);
        if (order == null) {
            List<Framework> found = new ArrayList<>();
            for (Framework frame : frames) {
                if (frame.ofFamily(c) == sameFamily && frame.couldHost(c)) {
                    found.add(frame);
                }
            }
            found.sort(Comparator.comparingInt(f -> f.missing(c.amounts()))); // stable: knowledge-base order among equals
            order = List.copyOf(found);
            if (cache.size() < LIMIT) {
                cache.putIfAbsent(key, order);
            }
        }
        return order;
    }

    /**
     * What the candidates depend on, as text: the family, the constituents, the anion elements and the main
     * anions. A string hashes once and compares as one block, where three sets compared element by element
     * cost more than the rest of the look-up; the same set written in another order only costs a second entry.
     */
    static String key(Family family, Iterable<String> constituents, Set<String> anionElements, Set<String> mainAnions) {
        StringBuilder sb = new StringBuilder(48).append(family.name());
        for (String e : constituents) {
            sb.append(',').append(e);
        }
        appendSorted(sb.append('|'), anionElements);
        appendSorted(sb.append('|'), mainAnions);
        return sb.toString();
    }

    /** Sorted, so a set's iteration order cannot split one key in two; most hold a single anion. */
    private static void appendSorted(StringBuilder sb, Set<String> set) {
        if (set.size() == 1) {
            sb.append(set.iterator().next()).append(',');
            return;
        }
        String[] sorted = set.toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        for (String e : sorted) {
            sb.append(e).append(',');
        }
    }
}
