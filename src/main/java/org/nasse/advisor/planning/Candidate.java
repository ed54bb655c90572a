package org.nasse.advisor.planning;

import java.util.List;

/**
 * A composition to consider: a host with one or two dopings, or a user's proposal.
 * {@code prior} is the summed substitution likelihood λ of its dopings (NaN unknown).
 */
public record Candidate(String composition, String host, List<Doping> dopings, double prior, boolean proposed) {
    public Candidate {
        dopings = List.copyOf(dopings);
    }

    /** One dopant on one host site at a fraction of the formula unit. */
    public record Doping(String site, String hostElement, int hostCharge, String dopant, int charge, double fraction) {
    }
}
