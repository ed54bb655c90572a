package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nasse.advisor.knowledge.DemonstratedCell;
import org.nasse.advisor.knowledge.Electrodes;
import org.nasse.advisor.knowledge.KnowledgeBase;

/**
 * Cell-stack options for a scenario: its cathode (named, or every cathode of the demonstrated cells
 * plus one at the stated voltage), a catholyte only where the cathode is above the electrolyte's
 * oxidation limit, the electrolytes (the recommended compositions and the hosts), an anode
 * interlayer only where the electrolyte is not stable against Na, and the scenario's anodes.
 */
public final class StackBuilder {
    private final KnowledgeBase kb;
    private final Targets targets;
    private final CandidateScorer scorer;

    public StackBuilder(KnowledgeBase kb, Targets targets, CandidateScorer scorer) {
        this.kb = kb;
        this.targets = targets;
        this.scorer = scorer;
    }

    record CathodeOption(String name, double voltage, double capacity) {
    }

    /**
     * The named cathode (at its own voltage, else the stated one); or, with a stated voltage, a cathode
     * at that voltage plus the knowledge base's cathodes within 0.3 V of it; or every cathode of the
     * demonstrated cells. A cathode gets only a voltage the knowledge base or the scenario gives it.
     */
    List<CathodeOption> cathodes() {
        List<CathodeOption> out = new ArrayList<>();
        double stated = targets.cathodeVoltageV() == null ? Double.NaN : targets.cathodeVoltageV();
        for (Electrodes.Cathode c : kb.cathodes()) {
            double v = c.voltageV() == null ? Double.NaN : c.voltageV();
            boolean used = kb.cells().stream().anyMatch(cell -> cell.cathode().equals(c.name()));
            if (targets.cathode() != null) {
                if (c.name().equals(targets.cathode())) {
                    out.add(new CathodeOption(c.name(), Double.isNaN(v) ? stated : v, capacity(c)));
                }
            } else if (!Double.isNaN(stated) ? !Double.isNaN(v) && Math.abs(v - stated) <= 0.3 : used) {
                out.add(new CathodeOption(c.name(), v, capacity(c)));
            }
        }
        if (targets.cathode() == null && !Double.isNaN(stated)) {
            out.add(new CathodeOption("cathode at " + stated + " V (from the targets)", stated, Double.NaN));
        }
        return out;
    }

    /** The cathode's stated capacity, else the median first-cycle capacity of its demonstrated cells. */
    private double capacity(Electrodes.Cathode c) {
        if (c.capacityMAhPerG() != null) {
            return c.capacityMAhPerG();
        }
        double[] caps = kb.cells().stream().filter(cell -> cell.cathode().equals(c.name()) && cell.firstCycleCapacityMAhPerG() != null)
                .mapToDouble(DemonstratedCell::firstCycleCapacityMAhPerG).sorted().toArray();
        return caps.length == 0 ? Double.NaN : caps[caps.length / 2];
    }

    List<Electrodes.Anode> anodes() {
        return kb.anodes().stream().filter(a -> switch (targets.anodeChoice()) {
            case "Na" -> a.name().equals("Na");
            case "Na-Sn" -> a.type().equals("alloy");
            case "hard-carbon" -> a.type().equals("carbon");
            default -> a.type().equals("metal") || a.type().equals("alloy");
        }).toList();
    }

    public List<CellStack> build(List<ScoredCandidate> electrolytes) {
        List<CellStack> out = new ArrayList<>();
        List<Electrodes.Interlayer> interlayers = kb.interlayers().stream().filter(i -> i.side().equals("anode")).toList();
        for (CathodeOption cat : cathodes()) {
            for (ScoredCandidate e : electrolytes) {
                double limit = e.oxidationLimitV();
                boolean needsCatholyte = !Double.isNaN(cat.voltage) && !Double.isNaN(limit) && cat.voltage > limit;
                List<Electrodes.Catholyte> catholytes = new ArrayList<>();
                catholytes.add(null);
                if (needsCatholyte) {
                    catholytes.addAll(kb.catholytes());
                }
                for (Electrodes.Catholyte cl : catholytes) {
                    for (Electrodes.Anode an : anodes()) {
                        boolean metal = an.type().equals("metal");
                        List<Electrodes.Interlayer> options = new ArrayList<>();
                        options.add(null);
                        if (metal && !e.naMetal().equals("stable") && !e.naMetal().equals("passivating")) {
                            interlayers.stream().filter(i -> i.worksWith().isEmpty() || i.worksWith().contains(e.family()))
                                    .forEach(options::add);
                        }
                        for (Electrodes.Interlayer il : options) {
                            out.add(stack(out.size(), cat, cl, e, il, an));
                        }
                    }
                }
            }
        }
        return out;
    }

    private CellStack stack(int id, CathodeOption cat, Electrodes.Catholyte cl, ScoredCandidate e, Electrodes.Interlayer il,
                            Electrodes.Anode an) {
        double v = cat.voltage;
        double limit = e.oxidationLimitV();
        boolean shielded = cl != null && (cl.oxidationLimitV() == null || cl.oxidationLimitV() >= v);
        boolean uncovered = !Double.isNaN(v) && !Double.isNaN(limit) && v > limit && !shielded;
        boolean unknownLimit = Double.isNaN(limit) || (cl != null && cl.oxidationLimitV() == null)
                || (an.type().equals("metal") && e.naMetal().equals("unknown") && il == null);
        boolean metal = an.type().equals("metal");
        boolean anodeUnstable = metal && e.naMetal().equals("unstable") && il == null;
        boolean tooSlow = e.belowFloor() || (targets.minConductivity() == null && (Double.isNaN(e.log10Sigma())
                || e.log10Sigma() < CandidateScorer.DEFAULT_FLOOR_LOG10 - 1));
        double energy = Double.isNaN(v) || Double.isNaN(cat.capacity) ? Double.NaN : cat.capacity * v;
        // evidence: demonstrated cells with this cathode and this electrolyte (host, or family), anode alike
        Set<String> cells = new LinkedHashSet<>();
        Set<Integer> refs = new LinkedHashSet<>();
        double evidence = 0;
        for (DemonstratedCell c : kb.cells()) {
            boolean sameCathode = c.cathode().equals(cat.name);
            boolean sameElectrolyte = e.host().equals(c.electrolyteHost()) || e.composition().equals(c.electrolyte());
            if (sameCathode && sameElectrolyte) {
                cells.add(c.id());
                refs.addAll(c.refs());
                evidence = Math.max(evidence, c.anode().equals(an.name()) ? 1.0 : 0.7);
            } else if (sameElectrolyte && c.anode().equals(an.name())) {
                cells.add(c.id());
                refs.addAll(c.refs());
                evidence = Math.max(evidence, 0.4);
            }
        }
        double processing = Double.isNaN(e.processingC()) ? 0 : e.processingC();
        int extra = (cl == null ? 0 : 1) + (il == null ? 0 : 1);
        return new CellStack(id, cat.name, v, cat.capacity, cl == null ? null : cl.name(), e, il == null ? null : il.name(),
                an.name(), energy, List.copyOf(cells), List.copyOf(refs), uncovered, anodeUnstable, tooSlow,
                Double.isNaN(energy) ? 0 : Math.round(scorer.weight("energy") * energy),
                Math.round(scorer.weight("cellEvidence") * evidence * 1000),
                Math.round(scorer.weight("processing") * processing),
                Math.round(scorer.weight("components") * extra * 1000),
                Math.round(scorer.weight("electrolyte") * e.softAlone() / 10.0),
                unknownLimit ? Math.round(scorer.weight("unknownLimit") * 1000) : 0);
    }
}
