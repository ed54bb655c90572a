package org.nasse.advisor.planning;

/**
 * What a stack stores, as far as the knowledge base can say: the cathode's specific energy (average
 * voltage × capacity, Wh per kg of active material) and, where a demonstrated cell with the same
 * cathode gives its loading, the areal energy of the cathode layer (mWh/cm²), each with the
 * assumptions it rests on; {@code missing} says what a stack-level Wh/kg would still need.
 */
public record StackEnergy(double cathodeWhPerKg, String capacityKind, double arealMWhPerCm2, String assumptions,
                          String missing) {
    public static final String STACK_LEVEL_MISSING = "a stack-level Wh/kg needs the separator's thickness and density and "
            + "the anode's loading: the knowledge base has none of them";
}
