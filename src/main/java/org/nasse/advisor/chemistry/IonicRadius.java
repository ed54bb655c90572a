package org.nasse.advisor.chemistry;

/**
 * One row of Shannon's table (R. D. Shannon, Acta Cryst. A 32 (1976) 751) as carried in
 * knowledge/elements/shannon_radii.csv. Coordination is a Roman numeral ("VI", "IVSQ" ...).
 */
public record IonicRadius(String element, int oxidationState, String coordination, String spin,
                          double crystalRadius, double ionicRadius) implements java.io.Serializable {

    /** Coordination number of the Roman numeral, ignoring geometry suffixes (SQ, PY); 0 if unreadable. */
    public int coordinationNumber() {
        return RomanNumerals.parse(coordination);
    }
}
