package org.nasse.advisor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.knowledge.DemonstratedCell;
import org.nasse.advisor.planning.CellStack;
import org.nasse.advisor.planning.ClosestCell;
import org.nasse.advisor.planning.Contact;
import org.nasse.advisor.planning.StackEnergy;
import org.nasse.advisor.planning.StackPlanner;

/** A ranked cell stack as the reports show it: the same facts in JSON, Markdown and HTML. */
final class StackRows {
    static final String HOW_RANKED = "Stacks are ranked by OptaPlanner. Hard first: no interface the review shows to fail "
            + "(a cathode above the oxidation limit of what it touches, H13/H17; Na metal on an electrolyte it reduces, H14), "
            + "no layer that breaks a target (excluded elements, families, processing temperature, air), and a separator "
            + "that conducts at the operating temperature. Then soft: closeness to the review's demonstrated cells "
            + "(1 point per layer it shares with the closest cell, a half for the same kind of material), a 3-point "
            + "penalty for each interface without precedent, the cathode's specific energy (2 points per 1000 Wh/kg), "
            + "processing temperature (1 point per 1000 °C), extra components (1 point each), and a tenth of the "
            + "separator's own score. Default weights, each overridable in the scenario's targets.weights "
            + "(cellEvidence, noPrecedent, energy, processing, components, electrolyte). Interfaces marked \"no precedent\" are untested: the report "
            + "never presents them as proven.";

    private StackRows() {
    }

    static Map<String, Object> json(int rank, StackPlanner.Pick p) {
        CellStack s = p.stack();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rank", rank);
        m.put("cathode", s.cathode());
        m.put("cathodeVoltageV", round(s.cathodeVoltageV()));
        m.put("cathodeNote", s.cathodeNote());
        m.put("catholyte", s.catholyte());
        m.put("electrolyte", s.electrolyte().composition());
        m.put("electrolyteHost", s.electrolyte().host());
        m.put("architecture", s.architecture());
        m.put("separatorVariants", s.separatorVariants());
        m.put("anodeInterlayer", s.anodeInterlayer());
        m.put("anode", s.anode());
        m.put("score", p.scoreAlone().toString());
        m.put("meetsTargets", p.scoreAlone().hardScore() == 0);
        StackEnergy e = s.energy();
        m.put("energyDensityWhPerKg", round(e.cathodeWhPerKg()));
        Map<String, Object> em = new LinkedHashMap<>();
        em.put("cathodeWhPerKg", round(e.cathodeWhPerKg()));
        em.put("capacityKind", e.capacityKind());
        em.put("arealMWhPerCm2", round(e.arealMWhPerCm2()));
        em.put("assumptions", e.assumptions());
        em.put("missing", e.missing());
        m.put("energy", em);
        List<Map<String, Object>> interfaces = new ArrayList<>();
        for (Contact c : s.contacts()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("between", c.between());
            cm.put("layers", List.of(c.left(), c.right()));
            cm.put("status", c.status().label());
            cm.put("cells", c.cells());
            cm.put("refs", c.refs());
            cm.put("why", c.why());
            interfaces.add(cm);
        }
        m.put("interfaces", interfaces);
        List<Map<String, Object>> closest = new ArrayList<>();
        for (ClosestCell cc : s.closestCells()) {
            DemonstratedCell c = cc.cell();
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("id", c.id());
            cm.put("cell", c.asWritten());
            cm.put("sharedLayers", cc.sharedLayers());
            cm.put("shared", cc.shared());
            cm.put("capacityMAhPerG", c.firstCycleCapacityMAhPerG());
            cm.put("retentionPercent", c.retentionPercent());
            cm.put("cycles", c.cycles());
            cm.put("rate", c.rate());
            cm.put("temperatureC", c.temperatureC());
            cm.put("refs", c.refs());
            closest.add(cm);
        }
        m.put("closestCells", closest);
        m.put("evidence", refs(s));
        m.put("violations", s.violations());
        m.put("constraints", p.matches());
        return m;
    }

    /** Every reference a stack's interfaces and closest cells cite. */
    static Set<Integer> refs(CellStack s) {
        Set<Integer> r = new LinkedHashSet<>();
        s.contacts().forEach(c -> r.addAll(c.refs()));
        s.closestCells().forEach(c -> r.addAll(c.cell().refs()));
        return r;
    }

    static String layers(CellStack s) {
        return s.cathode() + (s.catholyte() == null ? "" : " + " + s.catholyte()) + " | " + s.electrolyte().composition()
                + " | " + (s.anodeInterlayer() == null ? "" : s.anodeInterlayer() + " | ") + s.anode();
    }

    /**
     * The separator's other compositions in this same cell, briefly: "other Na3SbS4 separators of this cell:
     * A, B and 2 more" after {@code lead}; empty when there are none.
     */
    static String variants(CellStack s, String lead) {
        List<String> v = s.separatorVariants();
        if (v.isEmpty()) {
            return "";
        }
        List<String> shown = v.subList(0, Math.min(3, v.size()));
        return lead + "other " + s.separatorHost() + " separators of this cell: " + String.join(", ", shown)
                + (v.size() > shown.size() ? " and " + (v.size() - shown.size()) + " more" : "");
    }

    static String cathode(CellStack s) {
        return s.cathode() + (Double.isNaN(s.cathodeVoltageV()) ? "" : String.format(" (%.2f V)", s.cathodeVoltageV()))
                + (s.cathodeNote() == null ? "" : " — " + s.cathodeNote());
    }

    /** One demonstrated cell, as a colleague would quote it: layers, capacity, retention/cycles, temperature, refs. */
    static String cell(ClosestCell cc) {
        DemonstratedCell c = cc.cell();
        List<String> parts = new ArrayList<>();
        if (c.firstCycleCapacityMAhPerG() != null) {
            parts.add(AnalysisText.num(c.firstCycleCapacityMAhPerG()) + " mAh/g");
        }
        if (c.retentionPercent() != null || c.cycles() != null) {
            parts.add((c.retentionPercent() == null ? "" : AnalysisText.num(c.retentionPercent()) + " %")
                    + (c.cycles() == null ? "" : (c.retentionPercent() == null ? "" : " after ") + c.cycles() + " cycles"));
        }
        if (c.temperatureC() != null) {
            parts.add(String.format("%.0f °C", c.temperatureC()));
        }
        return c.id() + " " + c.asWritten() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")") + " " + c.refs()
                + " — shares " + String.join(", ", cc.sharedLayers());
    }

    static String closest(CellStack s) {
        return s.closestCells().isEmpty() ? "none: no cell of the review shares two of its layers"
                : String.join("; ", s.closestCells().stream().map(StackRows::cell).toList());
    }

    static String contact(Contact c) {
        List<String> cells = c.cells().subList(0, Math.min(4, c.cells().size()));
        return c.between() + ": " + c.status().label() + (cells.isEmpty() ? "" : " " + String.join(", ", cells)
                + (c.cells().size() > cells.size() ? " and " + (c.cells().size() - cells.size()) + " more" : ""))
                + (c.refs().isEmpty() ? "" : " " + c.refs()) + (c.why() == null ? "" : " — " + c.why());
    }

    /** The contacts that are not demonstrated, which a reader must not mistake for proven. */
    static String untested(CellStack s) {
        List<String> out = new ArrayList<>();
        for (Contact c : s.contacts()) {
            if (c.status() == Contact.Status.NO_PRECEDENT || c.status() == Contact.Status.INCOMPATIBLE) {
                out.add(contact(c));
            }
        }
        return out.isEmpty() ? "-" : String.join("; ", out);
    }

    static String energy(CellStack s) {
        StackEnergy e = s.energy();
        if (Double.isNaN(e.cathodeWhPerKg())) {
            return "- (" + e.missing() + ")";
        }
        return String.format("%.0f Wh/kg cathode", e.cathodeWhPerKg())
                + (Double.isNaN(e.arealMWhPerCm2()) ? "" : String.format("; %.2f mWh/cm²", e.arealMWhPerCm2()))
                + " (" + e.assumptions() + ")";
    }

    private static Double round(double x) {
        return Double.isNaN(x) ? null : Math.round(x * 1000) / 1000.0;
    }
}
