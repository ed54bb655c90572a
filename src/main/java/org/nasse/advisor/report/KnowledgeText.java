package org.nasse.advisor.report;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nasse.advisor.knowledge.DemonstratedCell;
import org.nasse.advisor.knowledge.Electrodes;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.LiteratureRecord;
import org.nasse.advisor.knowledge.Reference;

/** Plain-text tables of the knowledge base, one row per entry. */
public final class KnowledgeText {
    private KnowledgeText() {
    }

    public static String hosts(KnowledgeBase kb) {
        return table(kb.hosts(), "%-26s %-16s %-12s %-20s %-20s %s",
                List.of("id", "family", "σ (S/cm)", "moisture", "Na metal", "ox. limit"),
                h -> List.of(h.id(), h.family(),
                        h.conductivity() == null ? "-" : sci(h.conductivity().sigmaSPerCm()) + " @" + num(h.conductivity().temperatureC()) + "°C",
                        h.moisture() == null ? "-" : h.moisture().behaviour(),
                        h.naMetal() == null ? "-" : h.naMetal().behaviour(),
                        h.oxidationLimit() == null ? "-" : num(h.oxidationLimit().volts()) + " V"));
    }

    public static String records(KnowledgeBase kb) {
        return table(kb.records(), "%-40s %-10s %-10s %-8s %-14s %-22s %s",
                List.of("composition", "σ (S/cm)", "T (°C)", "Ea (eV)", "measured", "host", "source"),
                (LiteratureRecord r) -> List.of(r.composition(), sci(r.sigmaSPerCm()),
                        r.temperatureC() == null ? "n/s" : num(r.temperatureC()),
                        r.eaEV() == null ? "-" : num(r.eaEV()),
                        r.measuredStated() ? r.measured() : r.measured() + " (n/s)",
                        r.host() == null ? "-" : r.host(), r.fromReview() ? refs(r.refs()) : r.citationLabel()));
    }

    public static String series(KnowledgeBase kb) {
        return table(kb.series(), "%-44s %-24s %-10s %-18s %-9s %s",
                List.of("series", "host", "dopant", "mechanism", "direction", "refs"),
                (org.nasse.advisor.knowledge.DopingSeries s) -> List.of(s.id(), s.host(), s.dopant(), s.mechanism(),
                        s.direction() + (s.optimum() != null ? (s.optimum().x() != null ? " x=" + num(s.optimum().x()) : " (best, no x)") : ""),
                        refs(s.refs())));
    }

    public static String literature(KnowledgeBase kb) {
        StringBuilder sb = new StringBuilder();
        for (var l : kb.literature()) {
            sb.append(String.format("%-16s %s%n", l.key(), l.citation()));
        }
        return sb.toString();
    }

    public static String cathodes(KnowledgeBase kb) {
        return table(kb.cathodes(), "%-36s %-14s %-6s %-10s %-22s %s", List.of("cathode", "type", "V", "window", "mAh/g", "source"),
                (Electrodes.Cathode c) -> List.of(c.name(), c.type(), c.voltageV() == null ? "-" : num(c.voltageV()),
                        c.voltageWindowV() == null ? "-" : num(c.voltageWindowV().get(0)) + "-" + num(c.voltageWindowV().get(1)),
                        c.capacityMAhPerG() == null ? "-" : num(c.capacityMAhPerG()) + " " + c.capacityKind()
                                + (c.practicalCapacityMAhPerG() == null ? "" : ", " + num(c.practicalCapacityMAhPerG()) + " practical"),
                        source(c.voltage()) + " / " + source(c.capacity())));
    }

    public static String anodes(KnowledgeBase kb) {
        return table(kb.anodes(), "%-30s %-12s %s", List.of("anode", "type", "refs"),
                (Electrodes.Anode a) -> List.of(a.name(), a.type(), refs(a.refs())));
    }

    public static String interlayers(KnowledgeBase kb) {
        return table(kb.interlayers(), "%-32s %-8s %-14s %-32s %s", List.of("interlayer", "side", "kind", "works with", "refs"),
                (Electrodes.Interlayer i) -> List.of(i.name(), i.side(), i.kind(), String.join(", ", i.worksWith()), refs(i.refs())));
    }

    public static String catholytes(KnowledgeBase kb) {
        return table(kb.catholytes(), "%-28s %-10s %-8s %-30s %s", List.of("catholyte", "family", "ox. V", "with", "refs"),
                (Electrodes.Catholyte c) -> List.of(c.name(), c.family(), c.oxidationLimitV() == null ? "-" : num(c.oxidationLimitV()),
                        String.join(", ", c.worksWith()), refs(c.refs())));
    }

    public static String cells(KnowledgeBase kb) {
        return table(kb.cells(), "%-9s %-28s %-30s %-14s %-8s %-16s %s",
                List.of("id", "cathode", "electrolyte", "anode", "mAh/g", "retention", "refs"),
                (DemonstratedCell c) -> List.of(c.id(), c.cathode(), c.electrolyte(), c.anode(),
                        c.firstCycleCapacityMAhPerG() == null ? "-" : num(c.firstCycleCapacityMAhPerG()),
                        c.retentionPercent() == null ? "-" : num(c.retentionPercent()) + "%/" + (c.cycles() == null ? "?" : c.cycles()),
                        refs(c.refs())));
    }

    public static String references(List<Reference> refs) {
        return refs.stream().map(r -> "[" + r.n() + "] " + r.citation()).collect(Collectors.joining("\n")) + "\n";
    }

    private static <T> String table(List<T> rows, String format, List<String> header, Function<T, List<String>> cells) {
        StringBuilder sb = new StringBuilder(String.format(format, header.toArray()).stripTrailing()).append('\n');
        for (T row : rows) {
            sb.append(String.format(format, cells.apply(row).stream().map(KnowledgeText::clip).toArray()).stripTrailing()).append('\n');
        }
        return sb.append(rows.size()).append(" entries\n").toString();
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }

    private static String source(Electrodes.Provenance p) {
        return p == null ? "-" : p.source().equals("review") ? refs(p.refs()) : String.join(",", p.cites());
    }

    static String refs(List<Integer> refs) {
        return refs.isEmpty() ? "-" : refs.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    static String sci(double v) {
        return String.format("%.2e", v);
    }

    static String num(double v) {
        return AnalysisText.num(v);
    }
}
