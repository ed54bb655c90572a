package org.nasse.advisor.analysis;

import java.util.List;
import org.nasse.advisor.knowledge.Host;

/** A composition explained as its host plus substitutions by site. */
public record HostMatch(Host host, List<Substitution> substitutions, SodiumBookkeeping sodium, double cost,
                        List<String> notes) {
    public HostMatch {
        substitutions = List.copyOf(substitutions);
        notes = List.copyOf(notes);
    }

    public boolean isParent() {
        return substitutions.isEmpty() && Math.abs(sodium.na() - sodium.hostNa()) < 1e-9;
    }
}
