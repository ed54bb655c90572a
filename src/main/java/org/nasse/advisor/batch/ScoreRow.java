package org.nasse.advisor.batch;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** One composition to score, with the other columns of its input row carried through. */
public record ScoreRow(String composition, Map<String, String> carried) {
    public ScoreRow {
        carried = carried == null ? Map.of()
                : carried instanceof Columns ? carried : Collections.unmodifiableMap(new LinkedHashMap<>(carried));
    }

    public static ScoreRow of(String composition) {
        return new ScoreRow(composition, Map.of());
    }

    /**
     * The carried cells of one CSV record under the file's shared column names: an immutable map in
     * column order, two arrays instead of a hash map per row.
     */
    static final class Columns extends AbstractMap<String, String> {
        private final List<String> names;
        private final String[] values;

        Columns(List<String> names, String[] values) {
            this.names = names;
            this.values = values;
        }

        @Override
        public String get(Object key) {
            int i = names.indexOf(key);
            return i < 0 ? null : values[i];
        }

        @Override
        public boolean containsKey(Object key) {
            return names.contains(key);
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return values.length;
                }

                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() {
                            return i < values.length;
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (i >= values.length) {
                                throw new NoSuchElementException();
                            }
                            Entry<String, String> e = new SimpleImmutableEntry<>(names.get(i), values[i]);
                            i++;
                            return e;
                        }
                    };
                }
            };
        }
    }
}
