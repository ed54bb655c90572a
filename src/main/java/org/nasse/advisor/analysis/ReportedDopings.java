package org.nasse.advisor.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.knowledge.DemonstratedCell;
import org.nasse.advisor.knowledge.DopingSeries;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.LiteratureRecord;

/**
 * Every doping the knowledge base has seen: the substitutions of its reported compositions (records,
 * the review's series and the electrolytes of its demonstrated cells), indexed by host site, by the
 * site of an isostructural sister host, and by the kind and charge of site within a family. This is the
 * evidence a proposed doping is judged by before the model is asked what it would do.
 */
public final class ReportedDopings {
    /** Each key's showings: the composition that shows it, in canonical form, and how to name it. */
    private final Map<String, List<Shown>> byHostSite = new HashMap<>();
    private final Map<String, List<Shown>> byFamilySite = new HashMap<>();

    /** {@code composition}: the reduced key of the composition that shows it (null for a series' statement). */
    private record Shown(String composition, String source, List<Integer> refs, List<String> cites) {
    }
    private final Map<String, List<Host>> sisters = new HashMap<>();

    private ReportedDopings() {
    }

    /** Indexes the analysed records (in the knowledge base's order) and analyses the series points and cells itself. */
    public static ReportedDopings of(KnowledgeBase kb, Analyzer analyzer, List<Analysis> recordAnalyses) {
        return of(kb, analyzer, kb.records(), recordAnalyses);
    }

    /**
     * The same with the records given (the knowledge base's, then a lab's own rows, {@code source: user}), each
     * with its analysis at the same index. A user row shows its doping as any report does, named "your data, line N".
     */
    public static ReportedDopings of(KnowledgeBase kb, Analyzer analyzer, List<LiteratureRecord> records, List<Analysis> recordAnalyses) {
        ReportedDopings r = new ReportedDopings();
        for (int i = 0; i < recordAnalyses.size(); i++) {
            LiteratureRecord rec = records.get(i);
            r.add(recordAnalyses.get(i), rec.fromUser() ? rec.composition() + " (" + rec.note() + ")" : rec.composition(),
                    rec.refs(), rec.cites());
        }
        for (DopingSeries s : kb.series()) {
            String dopant = s.dopantElement();
            if (dopant != null && s.site() != null && !s.refs().isEmpty()) {
                // "Sb5+" is Sb⁵⁺ only (not Sb³⁺); a bare "Zr" names no state and matches the element in any
                r.byHostSite.computeIfAbsent(key(s.host(), s.site(), dopant, stateOf(s.dopant())), k -> new ArrayList<>())
                        .add(new Shown(null, "the review's series " + s.id(), s.refs(), List.of()));
            } else if (dopant != null && s.site() != null && stateOf(s.dopant()) != null) {
                // a statement without a reference is no report: it only says the family has seen such a dopant
                kb.host(s.host()).flatMap(h -> h.sites().stream().filter(x -> x.site().equals(s.site())).findFirst())
                        .ifPresent(site -> r.byFamilySite.computeIfAbsent(familyKey(s.family(), kind(site), site.oxidationState(),
                                dopant, stateOf(s.dopant())), k -> new ArrayList<>())
                                .add(new Shown(null, "the review's series " + s.id() + " (§" + s.section() + ", no reference)",
                                        List.of(), List.of())));
            }
            for (DopingSeries.Point p : s.points()) {
                r.addText(analyzer, p.composition(), p.refs() == null || p.refs().isEmpty() ? s.refs() : p.refs());
            }
        }
        for (DemonstratedCell c : kb.cells()) {
            r.addText(analyzer, c.electrolyte(), c.refs());
        }
        Map<String, List<Host>> byShape = new HashMap<>();
        for (Host h : kb.hosts()) {
            byShape.computeIfAbsent(shape(h), k -> new ArrayList<>()).add(h);
        }
        for (List<Host> group : byShape.values()) {
            for (Host h : group) {
                r.sisters.put(h.id(), group.stream().filter(o -> !o.id().equals(h.id())).toList());
            }
        }
        return r;
    }

    private void addText(Analyzer analyzer, String composition, List<Integer> refs) {
        if (composition == null) {
            return;
        }
        try {
            add(analyzer.analyze(composition), composition, refs, List.of());
        } catch (IllegalArgumentException e) {
            // a cell's electrolyte may be a composite or a name: it reports no doping we can read
        }
    }

    private void add(Analysis a, String composition, List<Integer> refs, List<String> cites) {
        if (!a.chargeBalanced() || a.match().isEmpty()) {
            return;
        }
        HostMatch m = a.match().get();
        String canonical = a.formula().reducedKey();
        for (Substitution s : m.substitutions()) {
            byHostSite.computeIfAbsent(key(m.host().id(), s.site(), s.dopant(), s.dopantOxidationState()), k -> new ArrayList<>())
                    .add(new Shown(canonical, composition, refs, cites));
            byFamilySite.computeIfAbsent(familyKey(m.host().family(), s.kind(), s.hostOxidationState(), s.dopant(),
                    s.dopantOxidationState()), k -> new ArrayList<>()).add(new Shown(canonical, composition + " (" + m.host().id() + ")", refs, cites));
        }
    }

    /** The closest evidence for a dopant in a state on a site of a host, and the composition that shows it. */
    public Found find(Host host, String site, SiteKind kind, int hostState, String dopant, int dopantState) {
        return find(host, site, kind, hostState, dopant, dopantState, Set.of());
    }

    /** The same, as if the compositions {@code withheld} (reduced keys) had never been reported: for validation. */
    public Found find(Host host, String site, SiteKind kind, int hostState, String dopant, int dopantState, Set<String> withheld) {
        Shown here = first(byHostSite, key(host.id(), site, dopant, dopantState), withheld);
        if (here == null) {
            here = first(byHostSite, key(host.id(), site, dopant, null), withheld);
        }
        if (here != null) {
            return new Found(DopingEvidence.REPORTED_IN_HOST, here.source(), here.refs(), here.cites());
        }
        double amount = host.sites().stream().filter(s -> s.site().equals(site)).mapToDouble(Host.Site::amount).findFirst().orElse(0);
        for (Host sister : sisters.getOrDefault(host.id(), List.of())) {
            for (Host.Site s : sister.sites()) {
                if (s.oxidationState() == hostState && Math.abs(s.amount() - amount) < 1e-9
                        && s.site().equals("Na") == site.equals("Na")) {
                    Shown there = first(byHostSite, key(sister.id(), s.site(), dopant, dopantState), withheld);
                    if (there == null) {
                        there = first(byHostSite, key(sister.id(), s.site(), dopant, null), withheld);
                    }
                    if (there != null) {
                        return new Found(DopingEvidence.REPORTED_IN_SISTER_HOST, there.source() + " (" + sister.id() + ")",
                                there.refs(), there.cites());
                    }
                }
            }
        }
        Shown family = first(byFamilySite, familyKey(host.family(), kind, hostState, dopant, dopantState), withheld);
        return family != null ? new Found(DopingEvidence.SEEN_IN_FAMILY, family.source(), family.refs(), family.cites())
                : new Found(DopingEvidence.NONE, null, List.of(), List.of());
    }

    /** Hosts of the same family and the same sites, charges and amounts: Na3PS4, Na3SbS4 and Na3PSe4. */
    public List<Host> sisters(String hostId) {
        return sisters.getOrDefault(hostId, List.of());
    }

    static SiteKind kind(Host.Site site) {
        return site.site().equals("Na") ? SiteKind.SODIUM : site.oxidationState() < 0 ? SiteKind.ANION : SiteKind.CATION;
    }

    /** The charge written after a dopant's symbol ("Sb5+" → 5, "Cl-" → −1), or null where none is written. */
    static Integer stateOf(String dopant) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[A-Z][a-z]?(\\d*)([+-])$").matcher(dopant.trim());
        if (!m.matches()) {
            return null;
        }
        int n = m.group(1).isEmpty() ? 1 : Integer.parseInt(m.group(1));
        return m.group(2).equals("+") ? n : -n;
    }

    private static Shown first(Map<String, List<Shown>> index, String key, Set<String> withheld) {
        for (Shown s : index.getOrDefault(key, List.of())) {
            if (s.composition() == null || !withheld.contains(s.composition())) {
                return s;
            }
        }
        return null;
    }

    /** The closest evidence, the composition (or series) that shows it, and that one's sources. */
    public record Found(DopingEvidence evidence, String source, List<Integer> refs, List<String> cites) {
    }

    private static String key(String host, String site, String dopant, Integer state) {
        return host + "|" + site + "|" + dopant + "|" + (state == null ? "*" : state);
    }

    private static String familyKey(String family, SiteKind kind, int hostState, String dopant, int state) {
        return family + "|" + kind + "|" + hostState + "|" + dopant + "|" + state;
    }

    /** The family and the (charge, amount) of every site, in order: what isostructural hosts share. */
    static String shape(Host h) {
        StringBuilder sb = new StringBuilder(h.family());
        h.sites().stream().map(s -> (s.site().equals("Na") ? "Na" : "") + s.oxidationState() + "x" + s.amount())
                .sorted().forEach(x -> sb.append('|').append(x));
        return sb.toString();
    }
}
