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
    private record Key(Set<String> constituents, Family family, Set<String> anionElements, Set<String> mainAnions,
                       boolean sameFamily) {
    }

    /** The cap only guards against a pathological stream of distinct constituent sets. */
    private static final int LIMIT = 50_000;
    private final List<Framework> frames;
    private final Map<Key, List<Framework>> cache = new ConcurrentHashMap<>();

    /** {@code frames}: the matcher's hosts, in knowledge-base order (read, never changed, from here). */
    HostCandidates(List<Framework> frames) {
        this.frames = frames;
    }

    /** The hosts of the composition's own family ({@code sameFamily}) or of the others that could explain it. */
    List<Framework> of(ComparedComposition c, boolean sameFamily) {
        Key key = new Key(c.amounts().keySet(), c.family(), c.anionElements(), c.mainAnions(), sameFamily);
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
                cache.putIfAbsent(new Key(Set.copyOf(c.amounts().keySet()), c.family(), Set.copyOf(c.anionElements()),
                        Set.copyOf(c.mainAnions()), sameFamily), order);
            }
        }
        return order;
    }
}
