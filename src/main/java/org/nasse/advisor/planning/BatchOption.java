package org.nasse.advisor.planning;

import java.util.List;

/**
 * One synthesis the next batch may include, as the batch planner sees it: the scored candidate, what it is
 * expected to gain over the best measured so far ({@code gain}, EI in thousandths of a decade), what it would
 * teach ({@code teach}, the same unit), the (host, site, dopant) keys two picks may not share, and whether a
 * substitution of it is implausible (never in a batch unless exploring).
 */
public record BatchOption(int id, ScoredCandidate candidate, double expectedGain, double teach, long gain, long learn,
                          List<String> dopings, boolean implausible, List<String> untested) {

    public long softAlone() {
        return gain + learn;
    }

    /** The (host, site) keys of its substitutions: two picks sharing one have errors that move together. */
    public List<String> sites() {
        return dopings.stream().map(d -> d.substring(0, d.lastIndexOf('|'))).toList();
    }

    /** What a second pick like this one adds less of: a share of the smaller of the two picks' own scores. */
    public long overlapWith(BatchOption o) {
        if (o == this) {
            return 0;
        }
        long smaller = Math.min(softAlone(), o.softAlone());
        for (String s : sites()) {
            if (o.sites().contains(s)) {
                return Math.round(BatchPlanner.SAME_SITE_SHARE * smaller);
            }
        }
        return candidate.host() != null && candidate.host().equals(o.candidate.host())
                ? Math.round(BatchPlanner.SAME_HOST_SHARE * smaller) : 0;
    }

    public boolean shares(BatchOption o) {
        for (String d : dopings) {
            if (o.dopings.contains(d)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchOption other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(id);
    }

    @Override
    public String toString() {
        return candidate.composition();
    }
}
