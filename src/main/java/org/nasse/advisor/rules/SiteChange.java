package org.nasse.advisor.rules;

/**
 * One substitution of a composition, flattened for rule patterns: W on Sb, Sc on Zr, Cl on S.
 * {@code kind} is "Na", "cation" or "anion". Radii (Å, Shannon) and their relative change are
 * NaN where the table has no entry; {@code electronegativityChange} is dopant minus host (Pauling).
 * {@code plausibility} is the judge's verdict ("plausible", "doubtful", "implausible"), {@code evidence}
 * how close the literature has come to this doping, and each concern ("" for none) says why in words.
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
        double electronegativityChange,
        String plausibility,
        String evidence,
        String evidenceSource,
        java.util.List<Integer> evidenceRefs,
        java.util.List<String> evidenceCites,
        String sizeConcern,
        String chargeConcern,
        String stateConcern) {

    public boolean aliovalent() {
        return chargeDifference != 0;
    }

    /** The judge's concerns in words, joined; empty when it has none. */
    public String concerns() {
        StringBuilder sb = new StringBuilder();
        for (String c : new String[] {sizeConcern, chargeConcern, stateConcern}) {
            if (!c.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "; ").append(c);
            }
        }
        return sb.toString();
    }

    public boolean implausible() {
        return plausibility.equals("implausible");
    }

    public boolean hasRadii() {
        return !Double.isNaN(radiusChange);
    }
}
