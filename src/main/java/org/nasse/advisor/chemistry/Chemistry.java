package org.nasse.advisor.chemistry;

/** The element data, cluster units, and the parser and charge balancer built on them. */
public final class Chemistry {
    private final PeriodicTable table;
    private final ClusterUnits clusters;
    private final FormulaParser parser;
    private final OxidationStates oxidationStates;

    public Chemistry(PeriodicTable table, ClusterUnits clusters) {
        this.table = table;
        this.clusters = clusters;
        this.parser = new FormulaParser(table.symbols(), clusters);
        this.oxidationStates = new OxidationStates(table, clusters);
    }

    public PeriodicTable table() {
        return table;
    }

    public ClusterUnits clusters() {
        return clusters;
    }

    /** The formula as {@link #read} understands it. */
    public Formula parse(String text) {
        return read(text).formula();
    }

    /**
     * Reads a formula as a chemist would: of its readings (as written, and with plain-written runs such
     * as B12H12 or NH2 taken as the units they spell), the one that balances, exactly before within
     * rounding, with the most of it in known units; when none balances, the closest (the as-written
     * reading on a tie). Na2B12H12 is the salt Na2(B12H12), not B⁻³ beside H⁻.
     */
    public Reading read(String text) {
        var readings = parser.readings(text);
        if (readings.size() == 1) {
            return new Reading(readings.get(0), oxidationStates.assign(readings.get(0)));
        }
        // of several readings, one that balances only with an uncommon state (N⁻² beside H⁺ when
        // Na2NH2B12H12 is read element by element) is no reading: the unit readings stand on their own
        Reading best = null;
        Reading closest = null;
        for (Formula f : readings) {
            Reading r = new Reading(f, oxidationStates.assign(f));
            if (r.balance.balanced() && r.balance.commonStates()) {
                if (best == null || r.betterThan(best)) {
                    best = r;
                }
            } else if (!r.balance.balanced() && (closest == null || r.betterThan(closest))) {
                closest = r;
            }
        }
        return best != null ? best : closest != null ? closest
                : new Reading(readings.get(0), oxidationStates.assign(readings.get(0)));
    }

    public ChargeBalance balance(Formula formula) {
        return oxidationStates.assign(formula);
    }

    /** A formula with its charge balance. */
    public record Reading(Formula formula, ChargeBalance balance) {
        boolean betterThan(Reading other) {
            if (balance.balanced() != other.balance.balanced()) {
                return balance.balanced();
            }
            if (balance.balanced()) {
                if (balance.balancedWithinRounding() != other.balance.balancedWithinRounding()) {
                    return !balance.balancedWithinRounding();
                }
                return atomsInUnits() > other.atomsInUnits() + 1e-9;
            }
            return Math.abs(balance.residualCharge()) < Math.abs(other.balance.residualCharge()) - 1e-9;
        }

        private double atomsInUnits() {
            double n = 0;
            for (var e : formula.units().entrySet()) {
                n += e.getValue().doubleValue() * e.getKey().chars().filter(Character::isUpperCase).count();
            }
            return n;
        }
    }
}
