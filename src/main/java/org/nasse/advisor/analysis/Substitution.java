package org.nasse.advisor.analysis;

/**
 * A dopant on a host site: W⁶⁺ on the Sb⁵⁺ site of Na3SbS4 at 0.12 per formula unit.
 * Radii are Shannon ionic radii (Å) at {@code coordination}; null where the table has no entry
 * (cluster anions, H⁻).
 */
public record Substitution(
        String site,
        String hostElement,
        String dopant,
        double fraction,
        double siteFraction,
        int hostOxidationState,
        int dopantOxidationState,
        SiteKind kind,
        String coordination,
        boolean coordinationStated,
        Double hostRadius,
        Double dopantRadius) {

    /** Dopant charge minus host charge: +1 for W⁶⁺ on Sb⁵⁺, −1 for Sc³⁺ on Zr⁴⁺ or Cl⁻ on S²⁻. */
    public int chargeDifference() {
        return dopantOxidationState - hostOxidationState;
    }

    public boolean isAliovalent() {
        return chargeDifference() != 0;
    }

    /** Na⁺ removed (positive) or added (negative) per formula unit if this substitution alone is compensated on Na. */
    public double naChange() {
        return -chargeDifference() * fraction;
    }

    public boolean hasRadii() {
        return hostRadius != null && dopantRadius != null && hostRadius > 0;
    }

    /** (r_dopant − r_host) / r_host, or NaN without radii. */
    public double relativeRadiusChange() {
        return hasRadii() ? (dopantRadius - hostRadius) / hostRadius : Double.NaN;
    }
}
