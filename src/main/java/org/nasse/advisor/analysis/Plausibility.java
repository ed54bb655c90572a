package org.nasse.advisor.analysis;

import java.util.List;

/**
 * Whether a dopant can sit on a site at all, judged before its effect on conductivity is: its size
 * and charge against the host ion, whether its oxidation state survives the host's anions, and what
 * the literature and the data-mined substitution likelihood say. Each concern is one {@link Concern}.
 */
public record Plausibility(Verdict verdict, DopingEvidence evidence, String evidenceSource, List<Integer> evidenceRefs,
                           List<String> evidenceCites, List<Concern> concerns) {

    public Plausibility {
        evidenceRefs = List.copyOf(evidenceRefs);
        evidenceCites = List.copyOf(evidenceCites);
        concerns = List.copyOf(concerns);
    }

    /** Worst first: an implausible substitution is proposed only as an exploratory option. */
    public enum Verdict {
        PLAUSIBLE, DOUBTFUL, IMPLAUSIBLE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        Verdict worst(Verdict other) {
            return compareTo(other) >= 0 ? this : other;
        }

        Verdict easedBy(int steps) {
            return values()[Math.max(0, ordinal() - steps)];
        }
    }

    /** What is wrong: {@code size}, {@code charge} or {@code state}, how badly, and why in words. */
    public record Concern(String kind, Verdict verdict, double magnitude, String why) {
    }

    public boolean implausible() {
        return verdict == Verdict.IMPLAUSIBLE;
    }

    public boolean plausible() {
        return verdict == Verdict.PLAUSIBLE;
    }

    /** The concern of one kind, or null. */
    public Concern concern(String kind) {
        for (Concern c : concerns) {
            if (c.kind().equals(kind)) {
                return c;
            }
        }
        return null;
    }
}
