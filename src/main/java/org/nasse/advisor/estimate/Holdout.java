package org.nasse.advisor.estimate;

import java.util.Set;
import org.nasse.advisor.knowledge.LiteratureRecord;

/**
 * What validation keeps from an estimate: records left out of everything (fit, anchors, look-up),
 * and records that may anchor but whose activation energy may not be used, because the paper fitted
 * it over the left-out measurement too (one sample's Arrhenius series).
 */
public record Holdout(Set<LiteratureRecord> records, Set<LiteratureRecord> eaWithheld) {
    public static final Holdout NONE = new Holdout(Set.of(), Set.of());

    public Holdout {
        records = Set.copyOf(records);
        eaWithheld = Set.copyOf(eaWithheld);
    }

    public static Holdout of(Set<LiteratureRecord> records) {
        return new Holdout(records, Set.of());
    }

    public boolean isEmpty() {
        return records.isEmpty() && eaWithheld.isEmpty();
    }

    public boolean excludes(LiteratureRecord r) {
        return records.contains(r);
    }

    /** The item's own Ea, unless withheld. */
    public Double ea(Evidence.Item item) {
        return eaWithheld.contains(item.record()) ? null : item.eaEV();
    }

    /** Also leaves these records out. */
    public Holdout plus(java.util.Collection<LiteratureRecord> more) {
        java.util.Set<LiteratureRecord> all = new java.util.HashSet<>(records);
        all.addAll(more);
        return new Holdout(all, eaWithheld);
    }
}
