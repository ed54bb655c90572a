package org.nasse.advisor.analysis;

/** Which sublattice a site belongs to: the mobile Na, the framework cations, or the anions. */
public enum SiteKind {
    SODIUM, CATION, ANION
}
