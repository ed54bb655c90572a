package org.nasse.advisor.rules;

/**
 * One substitution of a composition, flattened for rule patterns: W on Sb, Sc on Zr, Cl on S.
 * {@code kind} is "Na", "cation" or "anion". Radii (Å, Shannon) and their relative change are
 * NaN where the table has no entry; {@code electronegativityChange} is dopant minus host (Pauling).
 */
public record SiteChange(
        int composition,
        String host,
        String site,
        String hostElement,
        String dopant,
        double fraction,
        double siteFraction,
        int hostState,
        int dopantState,
        int chargeDifference,
        String kind,
        String coordination,
        boolean coordinationStated,
        double hostRadius,
        double dopantRadius,
        double radiusChange,
        double electronegativityChange) {

    public boolean aliovalent() {
        return chargeDifference != 0;
    }

    public boolean hasRadii() {
        return !Double.isNaN(radiusChange);
    }
}
