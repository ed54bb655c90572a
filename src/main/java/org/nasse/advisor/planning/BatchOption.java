package org.nasse.advisor.planning;

import java.util.List;

/**
 * One synthesis the next batch may include, as the batch planner sees it: the scored candidate, where it sits in the
 * planner's belief ({@code point}), its expected improvement over the best measured so far and what it would teach on
 * its own (decades, under the belief given the measurements), the (host, site, dopant) keys two picks may not share,
 * and whether a substitution of it is implausible (never in a batch unless exploring).
 */
public record BatchOption(int id, ScoredCandidate candidate, Belief.Point point, double expectedGain, double teach,
                          List<String> dopings, boolean implausible, List<String> untested) {

    /** Its value alone, in thousandths of a decade: what the shortlist is cut by. */
    public long softAlone() {
        return Math.round(1000 * (expectedGain + teach));
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
