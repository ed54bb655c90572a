package org.nasse.advisor.calibration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nasse.advisor.chemistry.Formula;
import org.nasse.advisor.chemistry.PeriodicTable;
import org.nasse.advisor.estimate.Anchor;
import org.nasse.advisor.estimate.Anchors;
import org.nasse.advisor.estimate.Features;
import org.nasse.advisor.estimate.Holdout;
import org.nasse.advisor.estimate.Term;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.LiteratureRecord;

/**
 * What the terms are fitted on: each doped record as its change from the host's measured parent, and
 * the end members of the review's isovalent series (two measured hosts one swap apart), with whatever
 * a validation holds out left out.
 */
final class TrainingSet {
    private final KnowledgeBase knowledge;
    private final Anchors anchors;
    private final List<Calibration.Row> rows;

    TrainingSet(KnowledgeBase knowledge, Anchors anchors, List<Calibration.Row> rows) {
        this.knowledge = knowledge;
        this.anchors = anchors;
        this.rows = rows;
    }

    /** One training example: the features of a change from a measured parent, and the family it is in. */
    record Sample(Features features, String host, String family, String what) {
    }

    /**
     * The training rows: doped compositions whose host has a measured parent (none of them excluded),
     * and the end members of the review's isovalent series (two hosts that differ by one element on
     * one site, both measured: Na3PSe4 against Na3PS4 for Se on S).
     */
    record Training(List<Sample> rows, List<Double> targets) {
    }

    Training of(Holdout excluded) {
        List<Sample> used = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (Calibration.Row row : rows) {
            if (excluded.excludes(row.record()) || row.item().features().isEmpty() || row.analysis().match().isEmpty()) {
                continue;
            }
            Holdout out = excluded.plus(sameComposition(row));
            Optional<Anchor> parent = anchors.parent(row.analysis().match().get().host(), row.record().temperatureC(), null, out);
            if (parent.isPresent() && parent.get().kind() == Anchor.Kind.PARENT) {
                used.add(new Sample(row.item().features(), row.item().host(), row.item().family(), row.item().canonical()));
                y.add(row.measured() - parent.get().log10SigmaAt(row.record().temperatureC(), parent.get().eaEV()));
            }
        }
        endMembers(excluded, used, y);
        return new Training(used, y);
    }

    /** Pairs of measured hosts one isovalent swap apart, as samples of the size terms (H3, H4). */
    private void endMembers(Holdout excluded, List<Sample> used, List<Double> y) {
        List<Host> hosts = knowledge.hosts();
        for (int a = 0; a < hosts.size(); a++) {
            for (int b = a + 1; b < hosts.size(); b++) {
                Optional<Swap> swap = swap(hosts.get(a), hosts.get(b));
                if (swap.isEmpty()) {
                    continue;
                }
                Optional<Anchor> pa = anchors.parent(hosts.get(a), 25, null, excluded);
                Optional<Anchor> pb = anchors.parent(hosts.get(b), 25, null, excluded);
                if (pa.isEmpty() || pb.isEmpty() || pa.get().kind() != Anchor.Kind.PARENT || pb.get().kind() != Anchor.Kind.PARENT) {
                    continue;
                }
                Swap s = swap.get();
                Map<Term, Double> values = new EnumMap<>(Term.class);
                values.put(s.term(), s.value());
                Map<Term, String> from = new EnumMap<>(Term.class);
                from.put(s.term(), "end members " + hosts.get(a).id() + " / " + hosts.get(b).id());
                used.add(new Sample(new Features(values, from, 1), hosts.get(a).id(), hosts.get(a).family(),
                        hosts.get(b).id() + " against " + hosts.get(a).id()));
                y.add(pb.get().log10SigmaAt(25, pb.get().eaEV()) - pa.get().log10SigmaAt(25, pa.get().eaEV()));
            }
        }
    }

    private record Swap(Term term, double value) {
    }

    /**
     * Two hosts with the same sites except one element swapped at the same charge, as the size terms
     * see it: Δr/r of the whole site for a cation (H3) or for an anion that is larger and less
     * electronegative, or smaller and more (H4).
     */
    private Optional<Swap> swap(Host a, Host b) {
        if (!a.family().equals(b.family()) || a.sites().size() != b.sites().size()) {
            return Optional.empty();
        }
        Host.Site from = null;
        Host.Site to = null;
        for (int i = 0; i < a.sites().size(); i++) {
            Host.Site x = a.sites().get(i);
            Host.Site z = b.sites().get(i);
            if (!x.site().equals(z.site()) && !(x.element().equals(x.site()) && z.element().equals(z.site()))) {
                return Optional.empty();
            }
            if (Math.abs(x.amount() - z.amount()) > 1e-9 || x.oxidationState() != z.oxidationState()) {
                return Optional.empty();
            }
            if (!x.element().equals(z.element())) {
                if (from != null || x.site().equals("Na")) {
                    return Optional.empty();
                }
                from = x;
                to = z;
            }
        }
        if (from == null || Formula.isUnit(from.element()) || Formula.isUnit(to.element())) {
            return Optional.empty();
        }
        String cn = from.coordination() != null ? from.coordination() : "VI";
        PeriodicTable table = knowledge.chemistry().table();
        var ra = table.radius(from.element(), from.oxidationState(), cn);
        var rb = table.radius(to.element(), to.oxidationState(), cn);
        if (ra.isEmpty() || rb.isEmpty()) {
            return Optional.empty();
        }
        double change = (rb.get().ionicRadius() - ra.get().ionicRadius()) / ra.get().ionicRadius();
        if (from.oxidationState() > 0) {
            return Math.abs(change) > 0.05 ? Optional.of(new Swap(Term.CATION_SIZE, change)) : Optional.empty();
        }
        double en = table.require(to.element()).electronegativity() - table.require(from.element()).electronegativity();
        boolean softer = change > 0.03 && en < 0;
        boolean harder = change < -0.03 && en > 0;
        return softer || harder ? Optional.of(new Swap(Term.ANION_SOFTNESS, change)) : Optional.empty();
    }

    /** Every record of the row's composition, whatever formula unit it is written per. */
    List<LiteratureRecord> sameComposition(Calibration.Row row) {
        List<LiteratureRecord> out = new ArrayList<>();
        for (Calibration.Row r : rows) {
            if (r.item().reducedKey().equals(row.item().reducedKey())) {
                out.add(r.record());
            }
        }
        return out;
    }
}
