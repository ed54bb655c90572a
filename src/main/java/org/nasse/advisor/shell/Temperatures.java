package org.nasse.advisor.shell;

/** The temperature range an estimate may be asked for. */
final class Temperatures {
    private Temperatures() {
    }

    static void check(double temperatureC) {
        String t = org.nasse.advisor.report.AnalysisText.num(temperatureC);
        if (temperatureC < -273.15) {
            throw new BadInputException("--temperature " + t + " °C is below absolute zero (-273.15 °C); estimates are made from -100 to 1000 °C");
        }
        if (Double.isNaN(temperatureC) || temperatureC < -100 || temperatureC > 1000) {
            throw new BadInputException("--temperature " + t + " °C is out of range: estimates are made from -100 to 1000 °C");
        }
    }

    /** A count option within its range: one line saying which values it takes. */
    static void checkCount(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new BadInputException(option + " " + value + " is out of range: it takes " + min + " to " + max);
        }
    }
}
