package org.nasse.advisor.analysis;

/**
 * How close the literature has come to a doping, best first: reported on this very site of this host,
 * on the same site of an isostructural sister host (W⁶⁺ on the M⁵⁺ site of Na3SbS4 for Na3PS4), the
 * same ion on a site of the same kind and charge elsewhere in the family, or never.
 */
public enum DopingEvidence {
    REPORTED_IN_HOST("reported in this host"),
    REPORTED_IN_SISTER_HOST("reported in an isostructural sister host"),
    SEEN_IN_FAMILY("seen on a site of this kind in the family"),
    NONE("never reported in this family");

    private final String words;

    DopingEvidence(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Reported on this site, here or in a sister host: the substitution is known to happen. */
    public boolean reported() {
        return this == REPORTED_IN_HOST || this == REPORTED_IN_SISTER_HOST;
    }
}
