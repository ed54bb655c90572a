package org.nasse.advisor.rules;

/** Small formatting helpers the rule files import as functions. */
public final class Notation {
    private Notation() {
    }

    /** Charges -8..+8 as written once: a scoring run names an ion in almost every finding. */
    private static final String[] CHARGES = new String[17];

    static {
        for (int q = -8; q <= 8; q++) {
            CHARGES[q + 8] = q == 0 ? "0" : Math.abs(q) + (q > 0 ? "+" : "-");
        }
    }

    /** 6 → "6+", -2 → "2-". */
    public static String ion(int charge) {
        return charge >= -8 && charge <= 8 ? CHARGES[charge + 8] : Math.abs(charge) + (charge > 0 ? "+" : "-");
    }

    /** 0.04 → "4". */
    public static double pct(double fraction) {
        return Math.round(fraction * 1000) / 10.0;
    }

    /** "VI" or "VI, assumed: the host states no coordination". */
    public static String cn(String coordination, boolean stated) {
        return stated ? "CN " + coordination : "CN " + coordination + ", assumed (the host states none)";
    }
}
