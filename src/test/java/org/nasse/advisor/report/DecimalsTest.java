package org.nasse.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The CSV's number columns read as String.format would have written them. */
class DecimalsTest {
    private static void same(double x) {
        for (int n : new int[] {1, 2, 3}) {
            assertThat(Decimals.fixed(x, n)).as("%." + n + "f of " + x).isEqualTo(String.format(Locale.ROOT, "%." + n + "f", x));
            assertThat(Decimals.scientific(x, n)).as("%." + n + "e of " + x).isEqualTo(String.format(Locale.ROOT, "%." + n + "e", x));
        }
    }

    @Test
    void edgesAndHalves() {
        double[] xs = {0, -0.0, 1, -1, 0.0005, -0.0005, 1.0005, 2.5e-4, 0.00049999, 9.9995, 9.99949, 99.995, 1e-300, 4.9e-324,
                1.7976931348623157e308, 123456789.0125, -3.2345, 0.1 + 0.2, 1e21, 1e-5, 12.3455, 5.8215e-4, -0.0001,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double x : xs) {
            same(x);
        }
    }

    @Test
    void randomValuesOfEveryMagnitude() {
        Random r = new Random(7);
        for (int i = 0; i < 400_000; i++) {
            double x = switch (i % 5) {
                case 4 -> Math.pow(10, -15 + r.nextInt(17)) * (1 - 1e-9 * r.nextInt(3)); // decades, just below
                case 0 -> r.nextGaussian() * 10;                            // log10 σ, uncertainties
                case 1 -> Math.pow(10, -12 + 14 * r.nextDouble());          // σ in S/cm
                case 2 -> (Math.round(r.nextDouble() * 1e6) + 0.5) / 1e4 * Math.pow(10, r.nextInt(9) - 4); // a rounding half
                default -> Double.longBitsToDouble(r.nextLong());           // anything
            };
            same(x);
        }
    }
}
