package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.knowledge.DemonstratedCell;
import org.nasse.advisor.knowledge.Electrodes;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.KnowledgeBase;

/**
 * What the review's cells (Tables 1-3, §5.5) and statements say about a stack: each interface
 * judged demonstrated, stated, without precedent or incompatible, and the demonstrated cells that
 * share most of its layers.
 */
final class Precedents {
    private final KnowledgeBase kb;
    private final Advisor advisor;
    private final Map<String, String> cellFamily = new ConcurrentHashMap<>();

    Precedents(Advisor advisor) {
        this.kb = advisor.knowledge();
        this.advisor = advisor;
    }

    /** The separator of a cell is this electrolyte: same host, or the same composition as written. */
    private static boolean sameSeparator(DemonstratedCell c, ScoredCandidate sep) {
        return sep.host().equals(c.electrolyteHost()) || sep.composition().equals(c.electrolyte());
    }

    /** The family of a cell's separator: its host's, else what the advisor reads from the formula, else "". */
    String family(DemonstratedCell c) {
        return cellFamily.computeIfAbsent(c.id(), id -> {
            if (c.electrolyteHost() != null) {
                return kb.host(c.electrolyteHost()).map(Host::family).orElse("");
            }
            try {
                return advisor.analyzer().analyze(c.electrolyte()).familyLabel();
            } catch (FormulaSyntaxException e) {
                return c.electrolyte().toLowerCase().contains("al2o3") ? "beta-alumina" : "";
            }
        });
    }

    private static List<Integer> refs(List<DemonstratedCell> cells) {
        Set<Integer> r = new LinkedHashSet<>();
        cells.forEach(c -> r.addAll(c.refs()));
        return List.copyOf(r);
    }

    private static Contact demonstrated(String between, String l, String r, List<DemonstratedCell> cells) {
        return new Contact(between, l, r, Contact.Status.DEMONSTRATED, cells.stream().map(DemonstratedCell::id).toList(),
                refs(cells), null);
    }

    /** Demonstrated with the separator's host: says which compositions the cells used when this one is not among them. */
    private static Contact demonstrated(String between, String l, String r, List<DemonstratedCell> cells, ScoredCandidate sep) {
        Set<String> used = new LinkedHashSet<>();
        cells.forEach(c -> used.add(c.electrolyte()));
        List<String> shown = used.stream().limit(3).toList();
        String why = used.contains(sep.composition()) ? null : "with " + String.join(", ", shown)
                + (used.size() > shown.size() ? " and " + (used.size() - shown.size()) + " more" : "") + " (same host, "
                + sep.host() + "); " + sep.composition() + " itself has not been in a cell";
        return new Contact(between, l, r, Contact.Status.DEMONSTRATED, cells.stream().map(DemonstratedCell::id).toList(),
                refs(cells), why);
    }

    List<Contact> contacts(CathodeChoice cathode, Electrodes.Catholyte cl, ScoredCandidate sep, Electrodes.Interlayer il,
                           Electrodes.Anode an) {
        List<Contact> out = new ArrayList<>();
        double v = cathode.voltage();
        Host host = kb.host(sep.host()).orElse(null);
        if (cl != null) {
            List<DemonstratedCell> both = kb.cells().stream()
                    .filter(c -> c.cathode().equals(cathode.name()) && cl.name().equals(c.catholyte())).toList();
            if (cl.oxidationLimitV() != null && !Double.isNaN(v) && v > cl.oxidationLimitV()) {
                out.add(new Contact("cathode/catholyte", cathode.name(), cl.name(), Contact.Status.INCOMPATIBLE, List.of(), cl.refs(),
                        String.format("the cathode at %.2f V is above the catholyte's oxidation limit of %.1f V", v, cl.oxidationLimitV())));
            } else if (!both.isEmpty()) {
                out.add(demonstrated("cathode/catholyte", cathode.name(), cl.name(), both));
            } else if (cl.worksWith().contains(cathode.name())) {
                out.add(new Contact("cathode/catholyte", cathode.name(), cl.name(), Contact.Status.STATED, List.of(), cl.refs(),
                        "the review states " + cl.name() + " works with " + cathode.name()));
            } else {
                out.add(new Contact("cathode/catholyte", cathode.name(), cl.name(), Contact.Status.NO_PRECEDENT, List.of(), List.of(),
                        "no cell or statement of the review puts " + cl.name() + " in " + cathode.name()));
            }
            List<DemonstratedCell> layered = kb.cells().stream()
                    .filter(c -> cl.name().equals(c.catholyte()) && sameSeparator(c, sep)).toList();
            List<DemonstratedCell> sameKind = kb.cells().stream().filter(c -> c.catholyte() != null
                    && kb.catholytes().stream().anyMatch(k -> k.name().equals(c.catholyte()) && k.family().equals(cl.family()))
                    && family(c).equals(sep.family())).toList();
            if (!layered.isEmpty()) {
                out.add(demonstrated("catholyte/separator", cl.name(), sep.composition(), layered, sep));
            } else if (!sameKind.isEmpty()) {
                out.add(new Contact("catholyte/separator", cl.name(), sep.composition(), Contact.Status.STATED,
                        sameKind.stream().map(DemonstratedCell::id).toList(), refs(sameKind),
                        "a " + cl.family() + " catholyte on a " + sep.family() + " separator works in the review's cells "
                                + "(not these two materials)"));
            } else {
                out.add(new Contact("catholyte/separator", cl.name(), sep.composition(), Contact.Status.NO_PRECEDENT, List.of(),
                        List.of(), "no cell of the review puts a " + cl.family() + " catholyte on a " + sep.family() + " separator"));
            }
        } else {
            double limit = sep.oxidationLimitV();
            List<DemonstratedCell> both = kb.cells().stream()
                    .filter(c -> c.cathode().equals(cathode.name()) && c.catholyte() == null && sameSeparator(c, sep)).toList();
            if (!Double.isNaN(v) && !Double.isNaN(limit) && v > limit) {
                List<Integer> r = host != null && host.oxidationLimit() != null ? host.oxidationLimit().refs() : List.of();
                out.add(new Contact("cathode/separator", cathode.name(), sep.composition(), Contact.Status.INCOMPATIBLE, List.of(), r,
                        String.format("the cathode at %.2f V is above the separator's oxidation limit of %.1f V: it needs a "
                                + "catholyte (H13, H17)", v, limit)));
            } else if (!both.isEmpty()) {
                out.add(demonstrated("cathode/separator", cathode.name(), sep.composition(), both, sep));
            } else if (sep.family().equals("sulfide") && !Double.isNaN(v) && v > 3.0) {
                out.add(new Contact("cathode/separator", cathode.name(), sep.composition(), Contact.Status.NO_PRECEDENT, List.of(),
                        List.of(134, 138), String.format("a sulfide against a %.1f V cathode: the review's cells above ~3 V "
                                + "put a halide catholyte between them (H17)", v)));
            } else {
                out.add(new Contact("cathode/separator", cathode.name(), sep.composition(), Contact.Status.NO_PRECEDENT, List.of(),
                        List.of(), "no cell of the review pairs " + cathode.name() + " with " + sep.host()));
            }
        }
        if (il != null) {
            List<DemonstratedCell> layered = kb.cells().stream()
                    .filter(c -> il.name().equals(c.anodeInterlayer()) && sameSeparator(c, sep)).toList();
            if (!layered.isEmpty()) {
                out.add(demonstrated("separator/interlayer", sep.composition(), il.name(), layered, sep));
            } else if (il.worksWith().contains(sep.family())) {
                out.add(new Contact("separator/interlayer", sep.composition(), il.name(), Contact.Status.STATED, List.of(), il.refs(),
                        il.name() + " is shown with " + sep.family() + " electrolytes"));
            } else {
                out.add(new Contact("separator/interlayer", sep.composition(), il.name(), Contact.Status.NO_PRECEDENT, List.of(),
                        List.of(), il.name() + " is shown only with " + String.join(", ", il.worksWith())));
            }
            List<DemonstratedCell> onAnode = kb.cells().stream()
                    .filter(c -> il.name().equals(c.anodeInterlayer()) && c.anode().equals(an.name())).toList();
            if (!onAnode.isEmpty()) {
                out.add(demonstrated("interlayer/anode", il.name(), an.name(), onAnode));
            } else if (an.type().equals("metal")) {
                out.add(new Contact("interlayer/anode", il.name(), an.name(), Contact.Status.STATED, List.of(), il.refs(),
                        il.name() + " is an anode-side layer for Na metal: " + il.effect()));
            } else {
                out.add(new Contact("interlayer/anode", il.name(), an.name(), Contact.Status.NO_PRECEDENT, List.of(), List.of(),
                        il.name() + " is shown on Na metal only"));
            }
        } else {
            out.add(anodeContact(sep, host, an));
        }
        return out;
    }

    private Contact anodeContact(ScoredCandidate sep, Host host, Electrodes.Anode an) {
        List<DemonstratedCell> direct = kb.cells().stream()
                .filter(c -> sameSeparator(c, sep) && c.anode().equals(an.name()) && c.anodeInterlayer() == null).toList();
        String behaviour = sep.naMetal();
        List<Integer> naRefs = host != null && host.naMetal() != null ? host.naMetal().refs() : List.of();
        if (an.type().equals("metal") && behaviour.equals("unstable")) {
            return new Contact("separator/anode", sep.composition(), an.name(), Contact.Status.INCOMPATIBLE, List.of(), naRefs,
                    sep.host() + " is reduced by Na metal (H14): it needs an interlayer or an alloy anode");
        }
        if (!direct.isEmpty()) {
            return demonstrated("separator/anode", sep.composition(), an.name(), direct, sep);
        }
        if (an.type().equals("metal") && (behaviour.equals("stable") || behaviour.equals("passivating"))) {
            return new Contact("separator/anode", sep.composition(), an.name(), Contact.Status.STATED, List.of(), naRefs,
                    sep.host() + " is " + behaviour + " against Na metal (H14)");
        }
        List<DemonstratedCell> sameKind = kb.cells().stream().filter(c -> c.anodeInterlayer() == null
                && family(c).equals(sep.family()) && anodeType(c.anode()).equals(an.type())).toList();
        if (!sameKind.isEmpty() && !an.type().equals("metal")) {
            return new Contact("separator/anode", sep.composition(), an.name(), Contact.Status.STATED,
                    sameKind.stream().map(DemonstratedCell::id).toList(), refs(sameKind),
                    an.type() + " anodes work with " + sep.family() + " separators in the review's cells");
        }
        String why = sep.family().equals("halide") && an.type().equals("metal")
                ? "no cell of the review puts a halide on bare Na metal: its halide cells use a Na-Sn alloy anode, a sulfide "
                        + "separator, or both"
                : "no cell or statement of the review puts " + sep.host() + " on " + an.name();
        return new Contact("separator/anode", sep.composition(), an.name(), Contact.Status.NO_PRECEDENT, List.of(), List.of(), why);
    }

    private String anodeType(String name) {
        return kb.anodes().stream().filter(a -> a.name().equals(name)).map(Electrodes.Anode::type).findFirst().orElse("");
    }

    private String cathodeType(String name) {
        return kb.cathodes().stream().filter(a -> a.name().equals(name)).map(Electrodes.Cathode::type).findFirst().orElse("");
    }

    /**
     * The demonstrated cells that share most layers with the stack (a layer counts 1 when it is the
     * same material, ½ when it is the same kind: cathode type, separator family, anode type, or the
     * material in the other electrolyte role), at most three, closest in temperature first on a tie.
     */
    List<ClosestCell> closest(CathodeChoice cathode, Electrodes.Catholyte cl, ScoredCandidate sep, Electrodes.Interlayer il,
                              Electrodes.Anode an, double temperatureC) {
        List<ClosestCell> all = new ArrayList<>();
        String type = cathode.entry() == null ? null : cathode.entry().type();
        for (DemonstratedCell c : kb.cells()) {
            double score = 0;
            List<String> layers = new ArrayList<>();
            if (c.cathode().equals(cathode.name())) {
                score += 1;
                layers.add("cathode");
            } else if (type != null && type.equals(cathodeType(c.cathode()))) {
                score += 0.5;
                layers.add("cathode type (" + type + ")");
            }
            if (cl != null && cl.name().equals(c.catholyte())) {
                score += 1;
                layers.add("catholyte");
            } else if (cl != null && (cl.name().equals(c.electrolyte()) || cl.name().equals(c.electrolyteHost()))) {
                score += 0.5;
                layers.add("catholyte (as separator)");
            }
            if (sep.composition().equals(c.electrolyte())) {
                score += 1;
                layers.add("separator");
            } else if (sameSeparator(c, sep)) {
                score += 1;
                layers.add("separator host (" + sep.host() + ")");
            } else if (sep.composition().equals(c.catholyte()) || sep.host().equals(c.catholyte())) {
                score += 0.5;
                layers.add("separator (as catholyte)");
            } else if (!sep.family().isEmpty() && sep.family().equals(family(c))) {
                score += 0.5;
                layers.add("separator family (" + sep.family() + ")");
            }
            if (il != null && il.name().equals(c.anodeInterlayer())) {
                score += 1;
                layers.add("anode interlayer");
            }
            if (c.anode().equals(an.name())) {
                score += 1;
                layers.add("anode");
            } else if (an.type().equals(anodeType(c.anode()))) {
                score += 0.5;
                layers.add("anode type (" + an.type() + ")");
            }
            if (score >= 1.5) {
                all.add(new ClosestCell(c, score, layers));
            }
        }
        all.sort(Comparator.comparingDouble((ClosestCell x) -> -x.shared())
                .thenComparingDouble(x -> x.cell().temperatureC() == null ? 1e9 : Math.abs(x.cell().temperatureC() - temperatureC))
                .thenComparing(x -> -(x.cell().cycles() == null ? 0 : x.cell().cycles())));
        // one entry per physical cell: the review lists some cells once per rate (S5.5-04..06)
        Set<String> seen = new java.util.HashSet<>();
        List<ClosestCell> distinct = all.stream().filter(x -> seen.add(x.cell().asWritten() + x.cell().refs())).toList();
        return distinct.subList(0, Math.min(3, distinct.size()));
    }

    /** A cathode option of a stack: a cathode of the knowledge base, or a placeholder at the stated voltage. */
    record CathodeChoice(String name, Electrodes.Cathode entry, double voltage, String note) {
    }
}
