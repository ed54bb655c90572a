package org.nasse.advisor.planning;

import java.util.List;

/**
 * One interface of a stack (cathode/catholyte, catholyte/separator, separator/anode ...) judged from
 * the evidence: {@code demonstrated} in a reported cell (cell ids and refs), {@code stated} by the
 * review without a cell (with ref), {@code no precedent}, or {@code incompatible} (with ref: a hard
 * constraint). {@code why} says which evidence decided.
 */
public record Contact(String between, String left, String right, Status status, List<String> cells, List<Integer> refs,
                      String why) {

    public enum Status {
        DEMONSTRATED("demonstrated"), STATED("stated"), NO_PRECEDENT("no precedent"), INCOMPATIBLE("incompatible");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Contact {
        cells = List.copyOf(cells);
        refs = List.copyOf(refs);
    }

    @Override
    public String toString() {
        return between + ": " + status.label() + (cells.isEmpty() ? "" : " " + cells) + (refs.isEmpty() ? "" : " " + refs)
                + (why == null ? "" : " (" + why + ")");
    }
}
