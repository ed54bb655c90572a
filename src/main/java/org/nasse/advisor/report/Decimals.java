package org.nasse.advisor.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code String.format("%.nf")} and {@code ("%.ne")} for the CSV columns, without a Formatter per value
 * (on the {@code score} path the Formatter cost as much as reading and writing the CSV). Same text:
 * the shortest decimal digits of the double ({@link Double#toString}) rounded half up, a minus sign
 * kept on values that round to zero, a two-digit exponent at least; {@code DecimalsTest} checks it
 * against String.format.
 */
final class Decimals {
    private Decimals() {
    }

    /** As {@code String.format("%." + scale + "f", x)} in a locale with a decimal point. */
    static String fixed(double x, int scale) {
        if (!Double.isFinite(x)) {
            return String.format("%." + scale + "f", x);
        }
        BigDecimal b = new BigDecimal(Double.toString(x)).setScale(scale, RoundingMode.HALF_UP);
        String s = b.toPlainString();
        return b.signum() == 0 && isNegative(x) ? "-" + s : s;
    }

    /** As {@code String.format("%." + digits + "e", x)} in a locale with a decimal point. */
    static String scientific(double x, int digits) {
        if (!Double.isFinite(x)) {
            return String.format("%." + digits + "e", x);
        }
        StringBuilder sb = new StringBuilder(digits + 8);
        if (isNegative(x)) {
            sb.append('-');
        }
        int exponent = 0;
        if (x == 0) {
            sb.append('0');
        } else {
            BigDecimal b = new BigDecimal(Double.toString(Math.abs(x))).round(new MathContext(digits + 1, RoundingMode.HALF_UP));
            String unscaled = b.unscaledValue().toString();
            exponent = unscaled.length() - 1 - b.scale();
            sb.append(unscaled);
        }
        while (sb.length() - (isNegative(x) ? 1 : 0) < digits + 1) {
            sb.append('0');
        }
        sb.setLength(digits + 1 + (isNegative(x) ? 1 : 0));
        if (digits > 0) {
            sb.insert(isNegative(x) ? 2 : 1, '.');
        }
        sb.append(exponent < 0 ? "e-" : "e+");
        int e = Math.abs(exponent);
        if (e < 10) {
            sb.append('0');
        }
        return sb.append(e).toString();
    }

    private static boolean isNegative(double x) {
        return x < 0 || (x == 0 && 1 / x < 0);
    }
}
