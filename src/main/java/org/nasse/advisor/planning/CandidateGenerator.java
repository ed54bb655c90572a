package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.nasse.advisor.analysis.Analyzer;
import org.nasse.advisor.analysis.DopingEvidence;
import org.nasse.advisor.analysis.Plausibility;
import org.nasse.advisor.analysis.SubstitutionJudge;
import org.nasse.advisor.chemistry.ClusterUnit;
import org.nasse.advisor.chemistry.Element;
import org.nasse.advisor.chemistry.Formula;
import org.nasse.advisor.chemistry.IonicRadius;
import org.nasse.advisor.chemistry.OxidationStates;
import org.nasse.advisor.chemistry.PeriodicTable;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.SubstitutionPrior;
import org.nasse.advisor.rules.DopantOptimum;

/**
 * Dopants per host site from the element data: a common oxidation state of the same sign within
 * two of a framework cation's (Zn²⁺ or Mg²⁺ on Zr⁴⁺ in NASICON [93]) and one of an anion's, a
 * divalent cation on a Na site, no variable-valence cation unless allowed (H12), no excluded element, no cation
 * more electronegative than the host's anion,
 * and a substitution the {@link SubstitutionJudge} does not find implausible (size, charge, state
 * against the site; anything reported on the site here or in a sister host passes whatever its size:
 * W⁶⁺ on the P⁵⁺ site of Na3PS4, as on the Sb⁵⁺ site of Na3SbS4 [116]). Implausible ones only when
 * asked for exploratory options. Fractions on a grid up to {@link #SOLUBILITY_CAP} of the site, plus
 * the reported optimum where the review has one; pairs of the most likely dopings on two sites. Na
 * compensates the charge. The λ prior ranks, it never excludes. A composition that another host explains
 * better (one host's doping can be another's) is left to that host.
 */
public final class CandidateGenerator {
    /** Highest fraction of a site tried (an advisor setting; the review's optima run from 0.06 to 0.75 per f.u.). */
    public static final double SOLUBILITY_CAP = 0.30;
    /** Dopant amounts per formula unit tried, capped at {@link #SOLUBILITY_CAP} of the site. */
    static final double[] GRID = {0.05, 0.10, 0.15, 0.20, 0.30, 0.40, 0.50};
    static final Set<String> VARIABLE_VALENCE = Set.of("Ni", "Co", "Mn", "Fe", "V", "Cr", "Cu", "Ti");
    /**
     * Never proposed (an advisor setting): radioactive elements, mercury, thallium, cadmium and beryllium (toxic), and the
     * platinum-group metals, gold and rhenium (precious), which no battery electrolyte would be made of.
     */
    static final Set<String> IMPRACTICAL = Set.of("Tc", "Pm", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np",
            "Pu", "Am", "Cm", "Bk", "Cf", "Es", "Fm", "Md", "No", "Lr", "Hg", "Tl", "Ru", "Rh", "Pd", "Os", "Ir", "Pt",
            "Au", "Re", "Be", "Cd");
    private static final int PAIRS_PER_HOST = 6;

    private final KnowledgeBase kb;
    private final PeriodicTable table;
    private final SubstitutionPrior prior;
    private final SubstitutionJudge judge;
    private final List<DopantOptimum> optima;

    public CandidateGenerator(KnowledgeBase kb, SubstitutionJudge judge, List<DopantOptimum> optima) {
        this.kb = kb;
        this.table = kb.chemistry().table();
        this.prior = kb.substitutionPrior();
        this.judge = judge;
        this.optima = optima;
        for (Host h : kb.hosts()) {
            Set<String> elements = new TreeSet<>();
            h.sites().forEach(s -> elements.add(s.element()));
            hostElements.put(h.id(), elements);
        }
    }

    private final Map<String, Set<String>> hostElements = new LinkedHashMap<>();
    /** Reads candidates back, only where another host could claim them (built on first need). */
    private Analyzer analyzer;

    /**
     * True when another host of the knowledge base, all of whose elements the composition has, explains
     * it with fewer changes: Sn 0.3 on the Sb site of Na3SbS4 is Na10SnSb2S12 with Sb in excess, and
     * Ca 0.5 on Na in Na3AlH6 reads as Ca on Al in NaAlH4. Such a composition belongs to the other host,
     * which proposes its own dopings.
     */
    private boolean claimedByAnotherHost(Host h, Set<String> elements, String composition) {
        boolean rival = false;
        for (var e : hostElements.entrySet()) {
            rival |= !e.getKey().equals(h.id()) && elements.containsAll(e.getValue());
        }
        if (!rival) {
            return false;
        }
        return analyzer().analyze(composition).match().map(m -> !m.host().id().equals(h.id())).orElse(false);
    }

    /** The generator of an advisor: its knowledge, its judge of substitutions and its reported optima. */
    public static CandidateGenerator of(org.nasse.advisor.advice.Advisor advisor) {
        return new CandidateGenerator(advisor.knowledge(), advisor.judge(), advisor.optima());
    }

    /** Site dopings of one host, most likely first; implausible ones only when {@code exploratory}. */
    public List<Candidate.Doping> dopings(Host host, Targets targets, boolean exploratory) {
        List<Candidate.Doping> out = new ArrayList<>();
        Map<Candidate.Doping, Double> lambdas = new LinkedHashMap<>();
        for (Host.Site site : host.sites()) {
            if (!site.site().equals("Na") && site.element().equals("Na")) {
                continue;
            }
            if (Formula.isUnit(site.element())) {
                unitDopings(host, site, targets, out, lambdas);
                continue;
            }
            boolean naSite = site.site().equals("Na");
            String cn = site.coordination() == null ? "VI" : site.coordination();
            Optional<IonicRadius> hostRadius = table.radius(site.element(), site.oxidationState(), cn);
            if (hostRadius.isEmpty()) {
                continue;
            }
            double leastElectronegativeAnion = leastElectronegativeAnion(host);
            for (Element e : table.all()) {
                String d = e.symbol();
                // a cation more electronegative than the host's anion has no ionic reading (Pb beside H⁻ in NaAlH4)
                if (site.oxidationState() > 0 && e.hasElectronegativity()
                        && OxidationStates.inverted(e.electronegativity(), leastElectronegativeAnion)) {
                    continue;
                }
                // a cation site takes cations, an anion site anions (no I⁷⁺ on the P site of a thiophosphate)
                boolean anionFormer = OxidationStates.ANION_FORMERS.contains(d);
                if (anionFormer != site.oxidationState() < 0) {
                    continue;
                }
                if (d.equals(site.element()) || d.equals("Na") || IMPRACTICAL.contains(d) || targets.excludeElements().contains(d)) {
                    continue;
                }
                // a host element on another site, or a variable-valence cation (H12), only where the literature shows it
                // (Si on the P/Si site of NZSP; Cr³⁺ on Zr in NaZr2(PO4)3)
                boolean restricted = host.formula().contains(d) && isInHost(host, d)
                        || VARIABLE_VALENCE.contains(d) && !targets.variableValenceAllowed();
                for (int q : new TreeSet<>(e.commonOxidationStates())) {
                    int reach = site.oxidationState() > 0 ? 2 : 1;
                    boolean ok = naSite ? q == 2 : Integer.signum(q) == Integer.signum(site.oxidationState())
                            && Math.abs(q - site.oxidationState()) <= reach;
                    if (!ok) {
                        continue;
                    }
                    Plausibility p = judge.judge(host, site, d, q);
                    if (restricted && p.evidence() != DopingEvidence.REPORTED_IN_HOST) {
                        continue;
                    }
                    // without a radius there is no judging the size: only what the literature has shown
                    if (!p.evidence().reported() && (table.radius(d, q, cn).isEmpty() || p.implausible() && !exploratory)) {
                        continue;
                    }
                    List<Double> xs = fractions(host, site, d);
                    // a dopant far off the site's size is offered only where it still reads as a doping of this host
                    Plausibility.Concern size = p.concern("size");
                    if (size != null && size.verdict() == Plausibility.Verdict.IMPLAUSIBLE && !p.evidence().reported()) {
                        xs = xs.stream().filter(x -> readsBack(host, new Candidate.Doping(site.site(), site.element(),
                                site.oxidationState(), d, q, x))).toList();
                    }
                    for (double x : xs) {
                        Candidate.Doping doping = new Candidate.Doping(site.site(), site.element(), site.oxidationState(), d, q, x);
                        out.add(doping);
                        lambdas.put(doping, prior.lambda(site.element(), site.oxidationState(), d, q));
                    }
                }
            }
        }
        out.sort(Comparator.comparingDouble((Candidate.Doping dp) -> {
            double l = lambdas.get(dp);
            return Double.isNaN(l) ? Double.MAX_VALUE : -l;
        }));
        return out;
    }

    /**
     * A cluster anion's site takes another cluster anion of the same charge (H8: two anions frustrate ordering
     * and keep the disordered phase, Na2(B12H12)0.5(B10H10)0.5 [140]; C substitution, NaCB11H12 [139]). Only
     * where the mixed composition still reads as a doping of this host; no radii, so the judge has only the
     * literature to go on.
     */
    private void unitDopings(Host host, Host.Site site, Targets targets, List<Candidate.Doping> out,
                             Map<Candidate.Doping, Double> lambdas) {
        for (ClusterUnit u : kb.chemistry().clusters().all()) {
            if (u.name().equals(site.element()) || u.charge() != site.oxidationState() || !u.isHydrideAnion()
                    || u.composition().keySet().stream().anyMatch(targets.excludeElements()::contains)) {
                continue;
            }
            for (double x : fractions(host, site, u.name())) {
                Candidate.Doping doping = new Candidate.Doping(site.site(), site.element(), site.oxidationState(), u.name(), u.charge(), x);
                if (readsBack(host, doping)) {
                    out.add(doping);
                    lambdas.put(doping, Double.NaN);
                }
            }
        }
    }

    /** Whether the composition of one doping analyses back to this host with that dopant on that site, in that state. */
    private boolean readsBack(Host h, Candidate.Doping d) {
        Optional<Candidate> c = build(h, List.of(d));
        if (c.isEmpty()) {
            return false;
        }
        return analyzer().analyze(c.get().composition()).match().filter(m -> m.host().id().equals(h.id()))
                .map(m -> m.substitutions().stream().anyMatch(s -> s.site().equals(d.site()) && s.dopant().equals(d.dopant())
                        && s.dopantOxidationState() == d.charge())).orElse(false);
    }

    private synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = new Analyzer(kb);
        }
        return analyzer;
    }

    /** The electronegativity of the host's least electronegative element anion (+∞ with cluster anions only). */
    private double leastElectronegativeAnion(Host host) {
        double least = Double.POSITIVE_INFINITY;
        for (Host.Site s : host.sites()) {
            if (s.oxidationState() < 0 && !Formula.isUnit(s.element()) && table.require(s.element()).hasElectronegativity()) {
                least = Math.min(least, table.require(s.element()).electronegativity());
            }
        }
        return least;
    }

    private static boolean isInHost(Host host, String element) {
        return host.sites().stream().anyMatch(s -> s.element().equals(element));
    }

    private List<Double> fractions(Host host, Host.Site site, String dopant) {
        List<Double> xs = new ArrayList<>();
        for (double g : GRID) {
            if (g <= SOLUBILITY_CAP * site.amount() + 1e-9) {
                xs.add(g);
            }
        }
        for (DopantOptimum o : optima) {
            if (o.host().equals(host.id()) && o.site().equals(site.site()) && o.dopant().equals(dopant)
                    && !xs.contains(o.bestFraction())) {
                xs.add(o.bestFraction());
            }
        }
        return xs;
    }

    /** Single dopings of every allowed host and pairs of the most likely ones on two sites. */
    public List<Candidate> generate(Targets targets, List<Host> hosts) {
        return generate(targets, hosts, false);
    }

    /** The same, with implausible substitutions among them when {@code exploratory}. */
    public List<Candidate> generate(Targets targets, List<Host> hosts, boolean exploratory) {
        List<Candidate> out = new ArrayList<>();
        for (Host h : hosts) {
            if (!targets.families().isEmpty() && !targets.families().contains(h.family())) {
                continue;
            }
            if (h.sites().stream().anyMatch(s -> targets.excludeElements().contains(s.element()))) {
                continue;
            }
            List<Candidate.Doping> singles = dopings(h, targets, exploratory);
            for (Candidate.Doping d : singles) {
                build(h, List.of(d)).ifPresent(out::add);
            }
            List<Candidate.Doping> best = singles.stream().filter(d -> !Double.isNaN(prior.lambda(d.hostElement(),
                    d.hostCharge(), d.dopant(), d.charge()))).limit(PAIRS_PER_HOST * GRID.length).toList();
            for (int i = 0; i < best.size(); i++) {
                for (int j = i + 1; j < best.size(); j++) {
                    Candidate.Doping a = best.get(i);
                    Candidate.Doping b = best.get(j);
                    if (!a.site().equals(b.site()) && a.fraction() <= 0.1 + 1e-9 && b.fraction() <= 0.1 + 1e-9
                            && !tradeable(a, b)) {
                        build(h, List.of(a, b)).ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Two dopings whose dopants could trade framework sites at the same total charge mismatch: the
     * composition does not say which is where (Ti⁴⁺ on Sn⁴⁺ with Fe³⁺ on Sb⁵⁺ reads as well as Ti⁴⁺ on Sb⁵⁺
     * with Fe³⁺ on Sn⁴⁺ in Na10SnSb2S12), so the pair is not proposed.
     */
    static boolean tradeable(Candidate.Doping a, Candidate.Doping b) {
        if (a.site().equals("Na") || b.site().equals("Na") || Integer.signum(a.hostCharge()) != Integer.signum(b.hostCharge())) {
            return false;
        }
        int asMade = Math.abs(a.charge() - a.hostCharge()) + Math.abs(b.charge() - b.hostCharge());
        int traded = Math.abs(a.charge() - b.hostCharge()) + Math.abs(b.charge() - a.hostCharge());
        return traded <= asMade;
    }

    /** All dopings of one host (what `suggest` ranks). */
    public List<Candidate> forHost(Host h, Targets targets, boolean exploratory) {
        return dopings(h, targets, exploratory).stream().map(d -> build(h, List.of(d))).flatMap(Optional::stream).toList();
    }

    /** The formula of the host with these dopings, Na compensating the charge; empty if Na would run out. */
    Optional<Candidate> build(Host h, List<Candidate.Doping> dopings) {
        Map<String, Double> amounts = new LinkedHashMap<>();
        for (Host.Site s : h.sites()) {
            String key = s.site().equals("Na") ? "Na" : s.element();
            amounts.merge(key, s.amount(), Double::sum);
            for (Candidate.Doping d : dopings) { // each dopant written next to the ion it replaces
                if (d.hostElement().equals(s.element()) && d.site().equals(s.site())) {
                    amounts.putIfAbsent(d.dopant(), 0.0);
                }
            }
        }
        double lambda = 0;
        for (Candidate.Doping d : dopings) {
            boolean naSite = d.site().equals("Na");
            amounts.merge(naSite ? "Na" : d.hostElement(), -d.fraction(), Double::sum);
            amounts.merge(d.dopant(), d.fraction(), Double::sum);
            // charge on Na: a dopant on a Na site takes a site and removes q-1 more Na
            amounts.merge("Na", -(naSite ? d.charge() - 1 : d.charge() - d.hostCharge()) * d.fraction(), Double::sum);
            lambda += prior.lambdaOrLeast(d.hostElement(), d.hostCharge(), d.dopant(), d.charge());
        }
        if (amounts.get("Na") <= 0.05) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (var e : amounts.entrySet()) {
            double v = round(e.getValue());
            if (v <= 1e-9) {
                continue;
            }
            sb.append(Formula.isUnit(e.getKey()) ? "(" + e.getKey() + ")" : e.getKey()).append(num(v));
        }
        if (claimedByAnotherHost(h, amounts.keySet(), sb.toString())) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(sb.toString(), h.id(), dopings, lambda, false));
    }

    static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    static String num(double v) {
        if (Math.abs(v - 1) < 1e-9) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
