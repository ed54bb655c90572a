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

    public Formula parse(String text) {
        return parser.parse(text);
    }

    public ChargeBalance balance(Formula formula) {
        return oxidationStates.assign(formula);
    }
}
