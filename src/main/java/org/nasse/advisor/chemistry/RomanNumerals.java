package org.nasse.advisor.chemistry;

/** Coordination numbers in Shannon's notation (I … XIV, optionally followed by SQ or PY). */
public final class RomanNumerals {
    private RomanNumerals() {
    }

    public static int parse(String roman) {
        if (roman == null) {
            return 0;
        }
        String r = roman.endsWith("SQ") || roman.endsWith("PY") ? roman.substring(0, roman.length() - 2) : roman;
        int total = 0;
        int previous = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> -1000;
            };
            if (v < 0) {
                return 0;
            }
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
