package org.nasse.advisor.estimate;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An estimate's notes, each written out when first read: a screening run scores millions of estimates and
 * reads the notes of a few, so a note built with {@code String.format} is only formatted for those.
 * Rendering the same note twice gives the same text, so readers on several threads need no lock.
 */
final class Notes extends AbstractList<String> {
    private final List<Object> items = new ArrayList<>(4);

    @Override
    public boolean add(String note) {
        return items.add(note);
    }

    /** A note whose text costs something to build. */
    void later(Supplier<String> note) {
        items.add(note);
    }

    /** Another's notes, still unwritten ones included. */
    void addAll(Notes other) {
        items.addAll(other.items);
    }

    @Override
    public String get(int index) {
        Object o = items.get(index);
        if (o instanceof Supplier<?> s) {
            String text = (String) s.get();
            items.set(index, text);
            return text;
        }
        return (String) o;
    }

    @Override
    public int size() {
        return items.size();
    }
}
