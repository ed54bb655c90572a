package org.nasse.advisor.chemistry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Elements, their ICSD oxidation-state counts and Shannon radii, read from the CSV files of
 * knowledge/elements/ (converted from pymatgen 2022.11.7's periodic_table.json and icsd_bv.yaml; see
 * knowledge/elements/SOURCE.md).
 */
public final class PeriodicTable {
    private final Map<String, Element> elements;
    private final Map<String, List<IonicRadius>> radii;
    private final Map<RadiusKey, Optional<IonicRadius>> radiusCache = new java.util.concurrent.ConcurrentHashMap<>();

    private record RadiusKey(String element, int oxidationState, String coordination) {
    }

    public PeriodicTable(Collection<Element> elements, Collection<IonicRadius> radii) {
        LinkedHashMap<String, Element> e = new LinkedHashMap<>();
        elements.forEach(x -> e.put(x.symbol(), x));
        this.elements = Collections.unmodifiableMap(e); // in file order (by Z): Map.copyOf iterates in a per-run random order
        Map<String, List<IonicRadius>> r = new HashMap<>();
        radii.forEach(x -> r.computeIfAbsent(x.element() + x.oxidationState(), k -> new ArrayList<>()).add(x));
        r.replaceAll((k, v) -> List.copyOf(v));
        this.radii = Map.copyOf(r);
    }

    public Optional<Element> element(String symbol) {
        return Optional.ofNullable(elements.get(symbol));
    }

    public Element require(String symbol) {
        Element e = elements.get(symbol);
        if (e == null) {
            throw new IllegalArgumentException("unknown element '" + symbol + "'");
        }
        return e;
    }

    public Set<String> symbols() {
        return elements.keySet();
    }

    public Collection<Element> all() {
        return elements.values();
    }

    /** Every Shannon entry, each ion's in file order: what the table was built from (for the knowledge cache). */
    public List<IonicRadius> allRadii() {
        List<IonicRadius> out = new ArrayList<>();
        radii.values().forEach(out::addAll);
        return out;
    }

    /** All Shannon entries for an ion. */
    public List<IonicRadius> radii(String element, int oxidationState) {
        return radii.getOrDefault(element + oxidationState, List.of());
    }

    /**
     * The ionic radius at a coordination, or, when Shannon lists none there, at the nearest listed
     * coordination number (high spin preferred, as for most framework ions in these electrolytes).
     */
    public Optional<IonicRadius> radius(String element, int oxidationState, String coordination) {
        // the advisor asks the same few questions millions of times in a batch
        RadiusKey key = new RadiusKey(element, oxidationState, coordination);
        Optional<IonicRadius> r = radiusCache.get(key);
        if (r == null) {
            r = lookupRadius(element, oxidationState, coordination);
            radiusCache.putIfAbsent(key, r);
        }
        return r;
    }

    private Optional<IonicRadius> lookupRadius(String element, int oxidationState, String coordination) {
        List<IonicRadius> rows = radii(element, oxidationState);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int wanted = RomanNumerals.parse(coordination);
        Comparator<IonicRadius> byDistance = Comparator
                .comparingInt((IonicRadius r) -> Math.abs(r.coordinationNumber() - (wanted == 0 ? 6 : wanted)))
                .thenComparing(r -> !r.coordination().equals(coordination))
                .thenComparing(r -> r.spin().equals("Low Spin"));
        return rows.stream().min(byDistance);
    }

    // ---- reading the CSV files ----

    public static PeriodicTable read(Reader elementsCsv, Reader radiiCsv, Reader occurrenceCsv) throws IOException {
        Map<String, Map<Integer, Integer>> occurrence = new HashMap<>();
        for (String[] f : rows(occurrenceCsv, 3)) {
            int count = Integer.parseInt(f[2]);
            if (count <= 0) {
                throw new IOException("occurrence of " + f[0] + " " + f[1] + " must be positive, found " + count);
            }
            if (occurrence.computeIfAbsent(f[0], k -> new HashMap<>()).put(Integer.parseInt(f[1]), count) != null) {
                throw new IOException("duplicate occurrence row for " + f[0] + " " + f[1]);
            }
        }
        List<Element> elements = new ArrayList<>();
        for (String[] f : rows(elementsCsv, 8)) {
            Element e = new Element(f[0], Integer.parseInt(f[1]), f[2], Double.parseDouble(f[3]),
                    f[4].isEmpty() ? null : Double.valueOf(f[4]), ints(f[5]), ints(f[6]), ints(f[7]),
                    occurrence.getOrDefault(f[0], Map.of()));
            occurrence.remove(f[0]);
            // the charge balancer ranks an element's common and ICSD states by their counts: each needs one
            if (!e.stateOccurrence().isEmpty()) {
                for (List<Integer> states : List.of(e.commonOxidationStates(), e.icsdOxidationStates())) {
                    for (int q : states) {
                        if (!e.stateOccurrence().containsKey(q)) {
                            throw new IOException("no occurrence count for " + e.symbol() + " " + q
                                    + ", a common or ICSD state of an element that has counts");
                        }
                    }
                }
            }
            elements.add(e);
        }
        if (!occurrence.isEmpty()) {
            throw new IOException("occurrence counts for unknown elements " + new java.util.TreeSet<>(occurrence.keySet()));
        }
        List<IonicRadius> radii = new ArrayList<>();
        for (String[] f : rows(radiiCsv, 6)) {
            radii.add(new IonicRadius(f[0], Integer.parseInt(f[1]), f[2], f[3],
                    Double.parseDouble(f[4]), Double.parseDouble(f[5])));
        }
        return new PeriodicTable(elements, radii);
    }

    private static List<String[]> rows(Reader reader, int columns) throws IOException {
        List<String[]> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        r.readLine(); // header
        int lineNo = 1;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != columns) {
                throw new IOException("line " + lineNo + ": expected " + columns + " columns, found " + f.length);
            }
            out.add(f);
        }
        return out;
    }

    private static List<Integer> ints(String field) {
        if (field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.trim().split("\\s+")).map(Integer::valueOf).toList();
    }
}
