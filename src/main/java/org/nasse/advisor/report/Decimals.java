package org.nasse.advisor.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code String.format("%.nf")} and {@code ("%.ne")} for the CSV columns, without a Formatter per value
 * (on the {@code score} path the Formatter cost as much as reading and writing the CSV). Same text:
 * the shortest decimal digits of the double ({@link Double#toString}) rounded half up, a minus sign
 * kept on values that round to zero, a two-digit exponent at least. Values not within 10^-6 of a
 * rounding half are rounded in binary arithmetic (the shortest decimal and the binary value round the
 * same way there); the others go through BigDecimal. {@code DecimalsTest} checks both against
 * String.format.
 */
public final class Decimals {
    private Decimals() {
    }

    private static final double[] POW10 = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    /** Within this of a rounding half, the fast paths defer to the exact one. */
    private static final double NEAR_HALF = 1e-6;

    /** As {@code String.format("%." + scale + "f", x)} in a locale with a decimal point. */
    public static String fixed(double x, int scale) {
        // fast path: away from a half, rounding the binary value and its shortest decimal agree
        double y = Math.abs(x) * POW10[scale];
        if (scale > 0 && scale < 4 && y < 1e9 && Math.abs(y - Math.floor(y) - 0.5) > NEAR_HALF) {
            return digits(isNegative(x), (long) Math.floor(y + 0.5), scale);
        }
        return exactFixed(x, scale);
    }

    /** {@code v / 10^scale} with {@code scale} decimals, signed. */
    private static String digits(boolean negative, long v, int scale) {
        String d = Long.toString(v);
        StringBuilder sb = new StringBuilder(d.length() + scale + 3);
        if (negative) {
            sb.append('-');
        }
        if (d.length() <= scale) {
            sb.append("0.");
            for (int i = d.length(); i < scale; i++) {
                sb.append('0');
            }
            return sb.append(d).toString();
        }
        return sb.append(d, 0, d.length() - scale).append('.').append(d, d.length() - scale, d.length()).toString();
    }

    private static String exactFixed(double x, int scale) {
        if (!Double.isFinite(x)) {
            return String.format("%." + scale + "f", x);
        }
        BigDecimal b = new BigDecimal(Double.toString(x)).setScale(scale, RoundingMode.HALF_UP);
        String s = b.toPlainString();
        return b.signum() == 0 && isNegative(x) ? "-" + s : s;
    }

    /** As {@code String.format("%." + digits + "e", x)} in a locale with a decimal point. */
    public static String scientific(double x, int digits) {
        double a = Math.abs(x);
        if (digits > 0 && digits < 4 && a >= 1e-300 && a < 1e300) {
            int e = (int) Math.floor(Math.log10(a));
            double m = a / Math.pow(10, e); // a mantissa in [1, 10), give or take an ulp
            if (m >= 10) {
                m /= 10;
                e++;
            } else if (m < 1) {
                m *= 10;
                e--;
            }
            double y = m * POW10[digits];
            if (m >= 1 && m < 10 && Math.abs(y - Math.floor(y) - 0.5) > NEAR_HALF) {
                long v = (long) Math.floor(y + 0.5);
                if (v == (long) POW10[digits + 1]) { // 9.9996 → 10.000: one more decade
                    v /= 10;
                    e++;
                }
                StringBuilder sb = new StringBuilder(digits + 8);
                if (x < 0) {
                    sb.append('-');
                }
                String d = Long.toString(v);
                sb.append(d.charAt(0)).append('.').append(d, 1, d.length()).append(e < 0 ? "e-" : "e+");
                int ae = Math.abs(e);
                if (ae < 10) {
                    sb.append('0');
                }
                return sb.append(ae).toString();
            }
        }
        return exactScientific(x, digits);
    }

    private static String exactScientific(double x, int digits) {
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
