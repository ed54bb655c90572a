package org.nasse.advisor.analysis;

/**
 * The Na sublattice against the host: vacancies or interstitials per formula unit, counted from
 * the host's mobile-Na content, and the occupancy of the host's Na sites.
 *
 * @param hostNa        mobile Na of the host per formula unit (Na3SbS4: 3)
 * @param na            mobile Na of the composition
 * @param onNaSite      dopant cations sitting on Na sites (Ca in Na2.73Ca0.135PS4: 0.135)
 * @param naSites       Na sites per formula unit (NASICON: 4)
 * @param expectedChange Na change the aliovalent substitutions call for (−Σ Δq·x)
 */
public record SodiumBookkeeping(double hostNa, double na, double onNaSite, double naSites, double expectedChange) {

    public double vacancies() {
        return round(Math.max(0, hostNa - na - onNaSite));
    }

    public double interstitials() {
        return round(Math.max(0, na + onNaSite - hostNa));
    }

    /** Vacancies as a fraction of the Na sites. */
    public double vacancyFraction() {
        return naSites <= 0 ? 0 : round(vacancies() / naSites);
    }

    public double interstitialFraction() {
        return naSites <= 0 ? 0 : round(interstitials() / naSites);
    }

    /** Empty Na sites of the composition, counted against all the host's Na sites (NASICON 3.4 Na: 0.6). */
    public double emptyNaSites() {
        return round(Math.max(0, naSites - na - onNaSite));
    }

    /** True when the Na content follows from the aliovalent substitutions (within 0.005 per f.u.). */
    public boolean chargeCompensatedOnNa() {
        return Math.abs((na - hostNa) - expectedChange) < 5e-3;
    }

    static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
