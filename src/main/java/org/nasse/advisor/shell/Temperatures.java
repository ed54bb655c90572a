package org.nasse.advisor.shell;

/** The temperature range an estimate may be asked for. */
final class Temperatures {
    private Temperatures() {
    }

    static void check(double temperatureC) {
        if (Double.isNaN(temperatureC) || temperatureC < -100 || temperatureC > 1000) {
            throw new BadInputException("--temperature " + temperatureC + " is outside -100 to 1000 °C");
        }
    }
}
