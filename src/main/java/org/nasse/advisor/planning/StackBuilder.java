package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.knowledge.DemonstratedCell;
import org.nasse.advisor.knowledge.Electrodes;
import org.nasse.advisor.knowledge.KnowledgeBase;

/**
 * Cell stacks for a scenario, layer by layer: cathode (+ catholyte) | separator | (anode interlayer) |
 * anode. Cathodes: the named one; or the knowledge base's cathodes within 0.3 V of the stated voltage
 * (a placeholder at that voltage only when none is, and it says so); or the cathodes of the
 * demonstrated cells. A catholyte where the cathode is above the separator's oxidation limit, where a
 * sulfide meets a cathode above ~3 V (H17), or where a demonstrated cell with this cathode uses one;
 * an interlayer where Na metal meets a separator not known to be stable against it. Every target
 * applies to every layer; every interface is judged from the review's cells and statements.
 */
public final class StackBuilder {
    /** A stated cathode voltage matches the knowledge base's cathodes within this many volts. */
    static final double VOLTAGE_MATCH_V = 0.3;
    /** Above this voltage a sulfide separator wants a halide catholyte (H17, "above ~3 V"). */
    static final double SULFIDE_CATHOLYTE_ABOVE_V = 3.0;

    private final KnowledgeBase kb;
    private final Targets targets;
    private final CandidateScorer scorer;
    private final Advisor advisor;
    private final Precedents precedents;
    private final Map<String, Optional<ScoredCandidate>> catholyteAssessments = new LinkedHashMap<>();

    public StackBuilder(Advisor advisor, Targets targets, CandidateScorer scorer) {
        this.kb = advisor.knowledge();
        this.advisor = advisor;
        this.targets = targets;
        this.scorer = scorer;
        this.precedents = new Precedents(advisor);
    }

    List<Precedents.CathodeChoice> cathodes() {
        List<Precedents.CathodeChoice> out = new ArrayList<>();
        double stated = targets.cathodeVoltageV() == null ? Double.NaN : targets.cathodeVoltageV();
        if (targets.cathode() != null) {
            for (Electrodes.Cathode c : kb.cathodes()) {
                if (c.name().equals(targets.cathode())) {
                    double v = c.voltageV() != null ? c.voltageV() : stated;
                    out.add(new Precedents.CathodeChoice(c.name(), c, v, c.voltageV() == null && !Double.isNaN(stated)
                            ? "no voltage in the knowledge base: the stated " + stated + " V is used" : null));
                }
            }
            return out;
        }
        if (!Double.isNaN(stated)) {
            for (Electrodes.Cathode c : kb.cathodes()) {
                if (c.voltageV() != null && Math.abs(c.voltageV() - stated) <= VOLTAGE_MATCH_V) {
                    out.add(new Precedents.CathodeChoice(c.name(), c, c.voltageV(), null));
                }
            }
            if (out.isEmpty()) {
                out.add(new Precedents.CathodeChoice("cathode at " + stated + " V", null, stated,
                        "no cathode of the knowledge base works within " + VOLTAGE_MATCH_V + " V of " + stated
                                + " V: a placeholder at the stated voltage, with no capacity and no precedent"));
            }
            return out;
        }
        for (Electrodes.Cathode c : kb.cathodes()) {
            if (kb.cells().stream().anyMatch(cell -> cell.cathode().equals(c.name()))) {
                out.add(new Precedents.CathodeChoice(c.name(), c, c.voltageV() == null ? Double.NaN : c.voltageV(), null));
            }
        }
        return out;
    }

    List<Electrodes.Anode> anodes() {
        return kb.anodes().stream().filter(a -> switch (targets.anodeChoice()) {
            case "Na" -> a.name().equals("Na");
            case "Na-Sn" -> a.type().equals("alloy") && a.formula() != null;
            case "hard-carbon" -> a.type().equals("carbon");
            default -> a.type().equals("metal") && a.formula() != null || a.type().equals("alloy") && a.formula() != null;
        }).toList();
    }

    public List<CellStack> build(List<ScoredCandidate> separators) {
        List<CellStack> out = new ArrayList<>();
        List<Electrodes.Interlayer> interlayers = kb.interlayers().stream().filter(i -> i.side().equals("anode")).toList();
        for (Precedents.CathodeChoice cat : cathodes()) {
            for (ScoredCandidate sep : separators) {
                for (Electrodes.Catholyte cl : catholytes(cat, sep)) {
                    for (Electrodes.Anode an : anodes()) {
                        List<Electrodes.Interlayer> options = new ArrayList<>();
                        options.add(null);
                        boolean metal = an.type().equals("metal");
                        if (metal && !sep.naMetal().equals("stable") && !sep.naMetal().equals("passivating")) {
                            interlayers.stream().filter(i -> i.worksWith().isEmpty() || i.worksWith().contains(sep.family()))
                                    .forEach(options::add);
                        }
                        for (Electrodes.Interlayer il : options) {
                            out.add(stack(out.size(), cat, cl, sep, il, an));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * No catholyte; where the cathode needs one, the knowledge base's catholytes that can take its
     * voltage (not above a stated oxidation limit, no sulfide above ~3 V, H17); and the catholytes the
     * demonstrated cells with this cathode use.
     */
    private List<Electrodes.Catholyte> catholytes(Precedents.CathodeChoice cat, ScoredCandidate sep) {
        List<Electrodes.Catholyte> out = new ArrayList<>();
        out.add(null);
        double v = cat.voltage();
        double limit = sep.oxidationLimitV();
        boolean needed = !Double.isNaN(v) && (!Double.isNaN(limit) && v > limit
                || sep.family().equals("sulfide") && v > SULFIDE_CATHOLYTE_ABOVE_V);
        for (Electrodes.Catholyte c : kb.catholytes()) {
            if (c.name().equals(sep.composition()) || c.name().equals(sep.host())) {
                continue;
            }
            boolean takesTheVoltage = (c.oxidationLimitV() == null || v <= c.oxidationLimitV())
                    && !(c.family().equals("sulfide") && v > SULFIDE_CATHOLYTE_ABOVE_V);
            boolean usedWithThisCathode = kb.cells().stream().anyMatch(x -> x.cathode().equals(cat.name())
                    && c.name().equals(x.catholyte()));
            if (needed && takesTheVoltage || usedWithThisCathode) {
                out.add(c);
            }
        }
        return out;
    }

    private CellStack stack(int id, Precedents.CathodeChoice cat, Electrodes.Catholyte cl, ScoredCandidate sep,
                            Electrodes.Interlayer il, Electrodes.Anode an) {
        List<Contact> contacts = precedents.contacts(cat, cl, sep, il, an);
        List<ClosestCell> closest = precedents.closest(cat, cl, sep, il, an, targets.temperature());
        List<String> violations = new ArrayList<>();
        for (Contact c : contacts) {
            if (c.status() == Contact.Status.INCOMPATIBLE) {
                violations.add(c.between() + " incompatible: " + c.why() + (c.refs().isEmpty() ? "" : " " + c.refs()));
            }
        }
        // every target, every layer
        excluded("cathode", cat.entry() == null ? null : cat.entry().formula(), cat.name(), violations);
        excluded("separator", sep.composition(), sep.composition(), violations);
        excluded("anode", an.formula(), an.name(), violations);
        if (il != null) {
            excluded("anode interlayer", null, il.name(), violations);
        }
        ScoredCandidate catholyte = cl == null ? null : catholyte(cl).orElse(null);
        if (cl != null) {
            excluded("catholyte", cl.formula(), cl.name(), violations);
            layerTargets("catholyte " + cl.name(), cl.family(), catholyte, violations);
            // the operating temperature binds the catholyte too: below the default floor it starves the cathode
            if (catholyte != null && !Double.isNaN(catholyte.log10Sigma())
                    && catholyte.log10Sigma() < CandidateScorer.DEFAULT_FLOOR_LOG10 - 1) {
                violations.add(String.format("catholyte %s too slow at %.0f °C (%.1e S/cm)", cl.name(), targets.temperature(),
                        Math.pow(10, catholyte.log10Sigma())));
            }
        }
        layerTargets("separator " + sep.composition(), sep.family(), sep, violations);
        boolean tooSlow = sep.belowFloor() || (targets.minConductivity() == null && (Double.isNaN(sep.log10Sigma())
                || sep.log10Sigma() < CandidateScorer.DEFAULT_FLOOR_LOG10 - 1));
        if (tooSlow) {
            violations.add(String.format("separator too slow at %.0f °C (%s)", targets.temperature(),
                    Double.isNaN(sep.log10Sigma()) ? "no estimate" : String.format("%.1e S/cm", Math.pow(10, sep.log10Sigma()))));
        }
        StackEnergy energy = energy(cat, closest);
        double shared = closest.isEmpty() ? 0 : closest.get(0).shared();
        long noPrecedent = contacts.stream().filter(c -> c.status() == Contact.Status.NO_PRECEDENT).count();
        double processing = Math.max(Double.isNaN(sep.processingC()) ? 0 : sep.processingC(),
                catholyte == null || Double.isNaN(catholyte.processingC()) ? 0 : catholyte.processingC());
        int extra = (cl == null ? 0 : 1) + (il == null ? 0 : 1);
        return new CellStack(id, cat.name(), cat.voltage(), cat.note(), cl == null ? null : cl.name(), sep,
                il == null ? null : il.name(), an.name(), energy, contacts, closest, violations, tooSlow,
                Double.isNaN(energy.cathodeWhPerKg()) ? 0 : Math.round(scorer.weight("energy") * energy.cathodeWhPerKg()),
                Math.round(scorer.weight("cellEvidence") * shared * 1000),
                Math.round(scorer.weight("noPrecedent") * noPrecedent * 1000),
                Math.round(scorer.weight("processing") * processing),
                Math.round(scorer.weight("components") * extra * 1000),
                Math.round(scorer.weight("electrolyte") * sep.softAlone() / 10.0), List.of());
    }

    /**
     * One stack per architecture (cathode, catholyte, separator host, interlayer, anode): the one whose
     * separator composition scores best there, naming the host's other compositions as its variants.
     * Without this the top stacks are one cell with the dopant level varied, which the composition list
     * already shows. Order and ids of the kept stacks are those of the input.
     */
    public static List<CellStack> onePerArchitecture(List<CellStack> stacks) {
        Map<String, List<CellStack>> byArchitecture = new LinkedHashMap<>();
        for (CellStack s : stacks) {
            byArchitecture.computeIfAbsent(s.architecture(), k -> new ArrayList<>()).add(s);
        }
        List<CellStack> out = new ArrayList<>();
        for (List<CellStack> same : byArchitecture.values()) {
            List<CellStack> ranked = new ArrayList<>(same);
            // best first: fewer hard violations, then the higher soft score; the earlier stack on a tie
            ranked.sort(java.util.Comparator.comparing(CellStack::alone).reversed());
            List<String> variants = new ArrayList<>();
            for (CellStack s : ranked.subList(1, ranked.size())) {
                if (!variants.contains(s.electrolyte().composition())) {
                    variants.add(s.electrolyte().composition());
                }
            }
            out.add(ranked.get(0).withSeparatorVariants(variants));
        }
        out.sort(java.util.Comparator.comparingInt(CellStack::id));
        return out;
    }

    /** A catholyte with a formula, assessed like any composition at the scenario's temperature. */
    private Optional<ScoredCandidate> catholyte(Electrodes.Catholyte cl) {
        return catholyteAssessments.computeIfAbsent(cl.name(), n -> {
            if (cl.formula() == null) {
                return Optional.empty();
            }
            List<ScoredCandidate> s = scorer.score(List.of(new Candidate(cl.formula(), "", List.of(), Double.NaN, false)));
            return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
        });
    }

    /** Family, processing and air-stability targets of an electrolyte layer. */
    private void layerTargets(String layer, String family, ScoredCandidate assessed, List<String> violations) {
        if (!targets.families().isEmpty() && !targets.families().contains(family)) {
            violations.add(layer + " is " + family + ", outside the families " + targets.families());
        }
        if (assessed == null) {
            return;
        }
        if (assessed.processedTooHot()) {
            violations.add(String.format("%s is processed at %.0f °C, above the %.0f °C limit", layer, assessed.processingC(),
                    targets.maxProcessingTemperatureC()));
        }
        if (assessed.airRequiredButUnstable()) {
            violations.add(layer + " is not air-stable (" + assessed.airStability() + "), and the targets require it");
        }
    }

    /** Excluded elements in a layer: its formula's elements, else the element symbols its name spells. */
    private void excluded(String layer, String formula, String name, List<String> violations) {
        if (targets.excludeElements().isEmpty()) {
            return;
        }
        Set<String> found = new LinkedHashSet<>();
        for (String e : elements(formula, name)) {
            if (targets.excludeElements().contains(e)) {
                found.add(e);
            }
        }
        if (!found.isEmpty()) {
            violations.add(layer + " " + name + " contains excluded " + String.join(", ", found));
        }
    }

    Set<String> elements(String formula, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : formula != null ? List.of(formula) : List.of(name.split("[^A-Za-z0-9.()\\[\\]]+"))) {
            if (formula == null && text.matches("[A-Z]{2,}")) {
                continue; // an acronym (SC, PPP, CPMEA, NVP), not a formula: "SC" is not sulfur and carbon
            }
            try {
                out.addAll(advisor.knowledge().chemistry().parse(text).elements().keySet());
            } catch (FormulaSyntaxException notAFormula) {
                // a name such as "ionic liquid" or "CPMEA": no formula, no elements to check
            }
        }
        return out;
    }

    /**
     * The cathode's specific energy (voltage × capacity), and its areal energy where a demonstrated cell
     * with this cathode gives a loading.
     */
    private StackEnergy energy(Precedents.CathodeChoice cat, List<ClosestCell> closest) {
        Electrodes.Cathode c = cat.entry();
        if (c == null) {
            return new StackEnergy(Double.NaN, null, Double.NaN, null,
                    "no cathode of the knowledge base at this voltage: no capacity, no energy");
        }
        Double capacity = c.workingCapacity();
        double v = cat.voltage();
        if (capacity == null || Double.isNaN(v)) {
            return new StackEnergy(Double.NaN, null, Double.NaN, null, "no " + (capacity == null ? "capacity" : "voltage")
                    + " of " + c.name() + " in the knowledge base (none found in a citable source)");
        }
        double whPerKg = capacity * v;
        DemonstratedCell loaded = null;
        for (ClosestCell cc : closest) {
            if (cc.cell().cathode().equals(c.name()) && cc.cell().loadingMgPerCm2() != null) {
                loaded = cc.cell();
                break;
            }
        }
        if (loaded == null) {
            loaded = kb.cells().stream().filter(x -> x.cathode().equals(c.name()) && x.loadingMgPerCm2() != null)
                    .findFirst().orElse(null);
        }
        String basis = plain(v) + " V × " + plain(capacity) + " mAh/g (" + c.workingCapacityKind() + ")";
        if (loaded == null) {
            return new StackEnergy(whPerKg, c.workingCapacityKind(), Double.NaN, basis,
                    "no demonstrated cell with " + c.name() + " gives a loading, so no areal figure; "
                            + StackEnergy.STACK_LEVEL_MISSING);
        }
        double areal = loaded.loadingMgPerCm2() * capacity * v / 1000;
        return new StackEnergy(whPerKg, c.workingCapacityKind(), areal, basis + ", cathode loading "
                + plain(loaded.loadingMgPerCm2()) + " mg/cm² as in cell " + loaded.id() + " " + loaded.refs(),
                StackEnergy.STACK_LEVEL_MISSING);
    }

    /** A number as the source prints it: 3.4, 110.6, 128 (no padding zeros). */
    private static String plain(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
