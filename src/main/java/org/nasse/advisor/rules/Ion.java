package org.nasse.advisor.rules;

/** One constituent of a composition with its oxidation state: for element-level rules. */
public record Ion(int composition, String element, int state, double amount, boolean cluster) {
}
