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

    private record Shown(String canonical, String source) {
    }
    private final Map<String, List<Host>> sisters = new HashMap<>();

    private ReportedDopings() {
    }

    /** Indexes the analysed records (in the knowledge base's order) and analyses the series points and cells itself. */
    public static ReportedDopings of(KnowledgeBase kb, Analyzer analyzer, List<Analysis> recordAnalyses) {
        ReportedDopings r = new ReportedDopings();
        for (int i = 0; i < recordAnalyses.size(); i++) {
            r.add(recordAnalyses.get(i), kb.records().get(i).composition());
        }
        for (DopingSeries s : kb.series()) {
            String dopant = s.dopantElement();
            if (dopant != null && s.site() != null) {
                // "Sb5+" is Sb⁵⁺ only (not Sb³⁺); a bare "Zr" names no state and matches the element in any
                r.byHostSite.computeIfAbsent(key(s.host(), s.site(), dopant, stateOf(s.dopant())), k -> new ArrayList<>())
                        .add(new Shown(null, "the review's series " + s.id() + " " + s.refs()));
            }
            for (DopingSeries.Point p : s.points()) {
                r.addText(analyzer, p.composition());
            }
        }
        for (DemonstratedCell c : kb.cells()) {
            r.addText(analyzer, c.electrolyte());
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

    private void addText(Analyzer analyzer, String composition) {
        if (composition == null) {
            return;
        }
        try {
            add(analyzer.analyze(composition), composition);
        } catch (IllegalArgumentException e) {
            // a cell's electrolyte may be a composite or a name: it reports no doping we can read
        }
    }

    private void add(Analysis a, String composition) {
        if (!a.chargeBalanced() || a.match().isEmpty()) {
            return;
        }
        HostMatch m = a.match().get();
        String canonical = a.formula().toString();
        for (Substitution s : m.substitutions()) {
            byHostSite.computeIfAbsent(key(m.host().id(), s.site(), s.dopant(), s.dopantOxidationState()), k -> new ArrayList<>())
                    .add(new Shown(canonical, composition));
            byFamilySite.computeIfAbsent(familyKey(m.host().family(), s.kind(), s.hostOxidationState(), s.dopant(),
                    s.dopantOxidationState()), k -> new ArrayList<>()).add(new Shown(canonical, composition + " (" + m.host().id() + ")"));
        }
    }

    /** The closest evidence for a dopant in a state on a site of a host, and the composition that shows it. */
    public Found find(Host host, String site, SiteKind kind, int hostState, String dopant, int dopantState) {
        return find(host, site, kind, hostState, dopant, dopantState, Set.of());
    }

    /** The same, as if the compositions {@code withheld} (canonical forms) had never been reported: for validation. */
    public Found find(Host host, String site, SiteKind kind, int hostState, String dopant, int dopantState, Set<String> withheld) {
        String here = first(byHostSite, key(host.id(), site, dopant, dopantState), withheld);
        if (here == null) {
            here = first(byHostSite, key(host.id(), site, dopant, null), withheld);
        }
        if (here != null) {
            return new Found(DopingEvidence.REPORTED_IN_HOST, here);
        }
        double amount = host.sites().stream().filter(s -> s.site().equals(site)).mapToDouble(Host.Site::amount).findFirst().orElse(0);
        for (Host sister : sisters.getOrDefault(host.id(), List.of())) {
            for (Host.Site s : sister.sites()) {
                if (s.oxidationState() == hostState && Math.abs(s.amount() - amount) < 1e-9
                        && s.site().equals("Na") == site.equals("Na")) {
                    String there = first(byHostSite, key(sister.id(), s.site(), dopant, dopantState), withheld);
                    if (there == null) {
                        there = first(byHostSite, key(sister.id(), s.site(), dopant, null), withheld);
                    }
                    if (there != null) {
                        return new Found(DopingEvidence.REPORTED_IN_SISTER_HOST, there + " (" + sister.id() + ")");
                    }
                }
            }
        }
        String family = first(byFamilySite, familyKey(host.family(), kind, hostState, dopant, dopantState), withheld);
        return family != null ? new Found(DopingEvidence.SEEN_IN_FAMILY, family) : new Found(DopingEvidence.NONE, null);
    }

    /** Hosts of the same family and the same sites, charges and amounts: Na3PS4, Na3SbS4 and Na3PSe4. */
    public List<Host> sisters(String hostId) {
        return sisters.getOrDefault(hostId, List.of());
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

    private static String first(Map<String, List<Shown>> index, String key, Set<String> withheld) {
        for (Shown s : index.getOrDefault(key, List.of())) {
            if (s.canonical() == null || !withheld.contains(s.canonical())) {
                return s.source();
            }
        }
        return null;
    }

    public record Found(DopingEvidence evidence, String source) {
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
