package org.nasse.advisor.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.nasse.advisor.chemistry.ChargeBalance;
import org.nasse.advisor.chemistry.ClusterUnits;
import org.nasse.advisor.chemistry.Family;
import org.nasse.advisor.chemistry.Formula;
import org.nasse.advisor.chemistry.IonicRadius;
import org.nasse.advisor.chemistry.PeriodicTable;
import org.nasse.advisor.chemistry.RomanNumerals;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.LiteratureRecord;

/**
 * Finds the host framework with the fewest changes and explains a composition as substitutions
 * by site. Every element the host lacks, and every host element in excess, is a dopant; each host
 * site with less of its element than the host has a deficit. Dopants are placed on sites of the
 * same charge sign so that deficits are filled, cations with no framework deficit to fill go on
 * the Na site, and what is left on Na is vacancies or interstitials. A composition the review
 * itself reports keeps the host the review gives it.
 */
public final class HostMatcher {
    /** More atoms than this left unexplained per formula unit and the host is not the composition's framework. */
    static final double MAX_UNEXPLAINED = 0.02;
    /**
     * How far a doping may go before the composition is another compound. A dopant is the minority on
     * its site: every framework site keeps at least half of the host's own elements, aliovalent dopants
     * take at most half of the framework cations, and at most a third of the anions (the review's
     * aliovalent anion dopings are a few per cent: Cl 0.0625 on S, I 0.1 on S, BH4 0.3 on Cl;
     * Na3(BH4)(B12H12) is a double salt, not a doped Na2B12H12, and Na11.1Sn2.1P0.9Se12 no doped Na3PSe4).
     * A composition the review reports with its host may go further (Zr 0.75 on Y in Na3YCl6).
     */
    record Limits(double minSiteKept, double maxAliovalentCations, double maxAliovalentAnions) {
        static final Limits DOPING = new Limits(0.5, 0.5, 1.0 / 3);
        static final Limits REPORTED = new Limits(0.2, 0.8, 0.8);
    }
    /** An aliovalent dopant more than twice the size of the host ion (or under half) is not on that site. */
    static final double MAX_RADIUS_MISMATCH = 1.0;
    private static final int MAX_DOPANTS = 5;

    private final PeriodicTable table;
    private final List<Framework> frames = new ArrayList<>();
    private final HostCandidates candidates = new HostCandidates(frames);
    /** Compositions whose host is known outright: each host's own formula, and the review's reported ones. */
    private final Map<String, String> reportedHost = new HashMap<>();
    private final Map<IonPair, String> sharedCoordination = new java.util.concurrent.ConcurrentHashMap<>();

    private record IonPair(String a, int qa, String b, int qb) {
    }

    public HostMatcher(KnowledgeBase kb) {
        this.table = kb.chemistry().table();
        for (Host h : kb.hosts()) {
            Formula f = kb.chemistry().parse(h.formula());
            frames.add(new Framework(frames.size(), h, f));
            reportedHost.putIfAbsent(f.toString(), h.id());
        }
        for (LiteratureRecord r : kb.records()) {
            if (r.host() != null) {
                reportedHost.putIfAbsent(kb.chemistry().parse(r.composition()).toString(), r.host());
            }
        }
    }

    public Optional<HostMatch> match(Formula formula, ChargeBalance balance, Family family) {
        if (!balance.balanced()) {
            return Optional.empty();
        }
        ComparedComposition c = ComparedComposition.of(formula, balance, family, Limits.DOPING);
        // a host's own formula is that host, whatever the family guess says (Na2BH4NH2 is filed as an
        // anti-perovskite); a composition the review reports keeps the host the review gives it
        String reported = reportedHost.get(formula.toString());
        if (reported != null) {
            for (Framework frame : frames) {
                if (frame.host.id().equals(reported) && frame.couldHost(c)) {
                    HostMatch m = bestScale(frame, c.withLimits(Limits.REPORTED), Double.POSITIVE_INFINITY);
                    if (m != null) {
                        return Optional.of(m);
                    }
                }
            }
        }
        // hosts of the composition's own family first; the others only when none of those explains it
        HostMatch best = bestOf(c, true);
        return Optional.ofNullable(best != null ? best : bestOf(c, false));
    }

    /**
     * The cheapest host; on a tie (within 1e-9) the one listed first in the knowledge base. Hosts that
     * lack fewest of the composition's elements are tried first, so the likely winner sets a tight
     * bound early and the others are cut short.
     */
    private HostMatch bestOf(ComparedComposition c, boolean sameFamily) {
        HostMatch best = null;
        Framework bestFrame = null;
        for (Framework frame : candidates.of(c, sameFamily)) {
            // a host can only win by costing less than the best so far (or as much, if listed earlier)
            boolean earlier = bestFrame != null && frame.index < bestFrame.index;
            double pruneAt = best == null ? Double.POSITIVE_INFINITY
                    : earlier ? Math.nextUp(best.cost() + 1e-9) : best.cost() - 1e-9;
            HostMatch m = bestScale(frame, c, pruneAt);
            if (m != null && (best == null || (earlier ? m.cost() <= best.cost() + 1e-9 : m.cost() < best.cost() - 1e-9))) {
                best = m;
                bestFrame = frame;
            }
        }
        return best;
    }

    /**
     * Compares per host formula unit: as written, and scaled so the anion count matches the host's
     * (Na2(CB9H10)(CB11H12) is two formula units of the NaCB11H12 framework).
     */
    private HostMatch bestScale(Framework frame, ComparedComposition comp, double pruneAt) {
        HostMatch asWritten = explain(frame, comp, 1.0, pruneAt);
        double scale = comp.anions() > 0 ? frame.anionCount / comp.anions() : 1.0;
        if (Math.abs(scale - 1) < 1e-6 || scale <= 0) {
            return asWritten;
        }
        HostMatch scaled = explain(frame, comp, scale, asWritten == null ? pruneAt : Math.min(pruneAt, asWritten.cost()));
        if (scaled == null) {
            return asWritten;
        }
        return asWritten == null || scaled.cost() < asWritten.cost() ? scaled : asWritten;
    }

    /**
     * One host's explanation of the composition, or null when it is not this framework, or when its
     * cost could not be under {@code pruneAt} (the cost is at least the dopant total plus the per-dopant
     * and other-family terms, known before any site is assigned).
     */
    HostMatch explain(Framework frame, ComparedComposition comp, double scale, double pruneAt) {
        Formula formula = comp.formula();
        ChargeBalance balance = comp.balance();
        Family family = comp.family();
        // framework sites keep their element's state; a host element in another state is another framework
        for (Host.Site s : frame.framework) {
            Integer state = balance.oxidationStates().get(s.element());
            if (state != null && state.intValue() != s.oxidationState()) {
                return null;
            }
        }
        Map<String, Double> c = comp.amounts();
        if (scale != 1.0) {
            c = new LinkedHashMap<>();
            for (var e : comp.amounts().entrySet()) {
                c.put(e.getKey(), round(e.getValue() * scale));
            }
        }
        if (!frame.keepsEverySite(c, comp.limits().minSiteKept())) {
            return null;
        }
        // dopants: new elements, and host framework elements in excess
        double otherFamily = family != Family.UNKNOWN && !frame.ofFamily(comp) ? 0.5 : 0;
        List<Dopant> dopants = new ArrayList<>();
        double changed = 0;
        for (var e : c.entrySet()) {
            String k = e.getKey();
            if (k.equals("Na")) {
                continue;
            }
            double amount = e.getValue() - frame.frameworkTotals.getOrDefault(k, 0.0);
            if (amount > 1e-9) {
                Integer q = balance.oxidationStates().get(k);
                if (q == null || q == 0) {
                    return null;
                }
                dopants.add(new Dopant(k, amount, q));
                changed += amount;
                if (dopants.size() > MAX_DOPANTS || changed + 0.01 * dopants.size() + otherFamily >= pruneAt) {
                    return null;
                }
            }
        }
        double[] deficit = new double[frame.framework.size()];
        for (int i = 0; i < deficit.length; i++) {
            Host.Site s = frame.framework.get(i);
            deficit[i] = frame.firstSiteOf.get(s.element()) == i
                    ? frame.frameworkTotals.get(s.element()) - c.getOrDefault(s.element(), 0.0) : 0;
            deficit[i] = Math.max(0, deficit[i]);
        }
        // candidate sites per dopant: same charge sign; -1 stands for the Na site
        List<int[]> candidates = new ArrayList<>();
        for (Dopant d : dopants) {
            int[] sites = new int[frame.framework.size() + 1];
            int n = 0;
            for (int i = 0; i < frame.framework.size(); i++) {
                Host.Site s = frame.framework.get(i);
                if (Integer.signum(s.oxidationState()) == Integer.signum(d.state) && !s.element().equals(d.key)) {
                    sites[n++] = i;
                }
            }
            // a Na site takes mono- and divalent cations (Ca, Sr, Mg: H1); 3+ and higher belong in the framework
            if (d.state > 0 && d.state <= 2 && frame.hostNa > 0) {
                sites[n++] = -1;
            }
            if (n == 0) {
                return null;
            }
            candidates.add(Arrays.copyOf(sites, n));
        }
        Assignment best = assign(frame, dopants, candidates, deficit);
        if (best == null || best.unexplained > MAX_UNEXPLAINED || !sameFramework(frame, dopants, best, comp.limits())) {
            return null;
        }
        // build the substitutions
        List<Substitution> subs = new ArrayList<>();
        double onNa = 0;
        double expected = 0;
        for (int k = 0; k < dopants.size(); k++) {
            Dopant d = dopants.get(k);
            int site = best.sites[k];
            if (site < 0) {
                onNa += d.amount;
                expected -= d.state * d.amount;
                subs.add(substitution("Na", "Na", 1, SiteKind.SODIUM, frame.naCoordination, frame.hostNa, d));
            } else {
                Host.Site s = frame.framework.get(site);
                expected -= (d.state - s.oxidationState()) * d.amount;
                subs.add(substitution(s.site(), s.element(), s.oxidationState(),
                        s.oxidationState() > 0 ? SiteKind.CATION : SiteKind.ANION, s.coordination(),
                        frame.frameworkTotals.get(s.element()), d));
            }
        }
        double na = c.getOrDefault("Na", 0.0) - frame.frameworkTotals.getOrDefault("Na", 0.0);
        SodiumBookkeeping sodium = new SodiumBookkeeping(frame.hostNa, round(na), round(onNa), frame.naSites, round(expected));
        List<String> notes = new ArrayList<>();
        if (Math.abs(scale - 1) > 1e-6) {
            notes.add("compared per formula unit of " + frame.host.id() + ": the composition as written is "
                    + round(1 / scale) + " of them");
        }
        if (formula.contains(ClusterUnits.WATER)) {
            notes.add("hydrate: " + formula.exactAmount(ClusterUnits.WATER).toPlainString() + " H2O per formula unit");
        }
        if (!sodium.chargeCompensatedOnNa()) {
            notes.add(String.format("Na content differs from what the substitutions call for by %+.4f per formula unit",
                    (na - frame.hostNa) - expected));
        }
        double cost = changed + 0.01 * dopants.size() + best.penalty + otherFamily;
        return new HostMatch(frame.host, subs, sodium, cost, notes);
    }

    /**
     * The structure survives isovalent replacement (As for P, Gd for Y) but not a wholesale change of
     * charges: aliovalent dopants may take at most 80 % of the framework cations (Zr 0.75 on Y in
     * Na3YCl6), or of the anions, and each must fit its site (V3+ does not sit on a tetrahedral Si4+ site).
     */
    private boolean sameFramework(Framework frame, List<Dopant> dopants, Assignment a, Limits limits) {
        double aliovalentCations = 0;
        double aliovalentAnions = 0;
        for (int k = 0; k < dopants.size(); k++) {
            if (a.sites[k] < 0) {
                continue;
            }
            Host.Site s = frame.framework.get(a.sites[k]);
            Dopant d = dopants.get(k);
            if (s.oxidationState() != d.state && !Formula.isUnit(d.key) && !Formula.isUnit(s.element())) {
                String cn = s.coordination() != null ? s.coordination() : sharedCoordination(s.element(), s.oxidationState(), d.key, d.state);
                Double rh = radius(s.element(), s.oxidationState(), cn);
                Double rd = radius(d.key, d.state, cn);
                if (rh != null && rd != null && rh > 0 && Math.abs(rd - rh) / rh > MAX_RADIUS_MISMATCH) {
                    return false;
                }
            }
            // P for Si on the mixed P/Si site of NASICON redistributes the site's own elements: not a dopant share
            if (s.oxidationState() != dopants.get(k).state && !frame.siteHolds(s.site(), d.key)) {
                if (s.oxidationState() > 0) {
                    aliovalentCations += dopants.get(k).amount;
                } else {
                    aliovalentAnions += dopants.get(k).amount;
                }
            }
        }
        return aliovalentCations <= limits.maxAliovalentCations() * frame.cationCount + 1e-9
                && aliovalentAnions <= limits.maxAliovalentAnions() * frame.anionCount + 1e-9;
    }

    private Substitution substitution(String site, String hostElement, int hostState, SiteKind kind,
                                      String coordination, double siteAmount, Dopant d) {
        String cn = coordination;
        boolean stated = cn != null;
        Double rHost = null;
        Double rDopant = null;
        if (!Formula.isUnit(hostElement) && !Formula.isUnit(d.key)) {
            if (cn == null) {
                cn = sharedCoordination(hostElement, hostState, d.key, d.state);
            }
            rHost = radius(hostElement, hostState, cn);
            rDopant = radius(d.key, d.state, cn);
        }
        return new Substitution(site, hostElement, d.key, round(d.amount), siteAmount > 0 ? round(d.amount / siteAmount) : 0,
                hostState, d.state, kind, cn, stated, rHost, rDopant);
    }

    private Double radius(String element, int state, String coordination) {
        return table.radius(element, state, coordination).map(IonicRadius::ionicRadius).orElse(null);
    }

    /** Where the host states no coordination: the one listed for both ions that is closest to VI. */
    private String sharedCoordination(String a, int qa, String b, int qb) {
        return sharedCoordination.computeIfAbsent(new IonPair(a, qa, b, qb), k -> findSharedCoordination(a, qa, b, qb));
    }

    private String findSharedCoordination(String a, int qa, String b, int qb) {
        Set<String> ca = new TreeSet<>();
        table.radii(a, qa).forEach(r -> ca.add(r.coordination()));
        Set<String> shared = new TreeSet<>();
        table.radii(b, qb).forEach(r -> {
            if (ca.contains(r.coordination())) {
                shared.add(r.coordination());
            }
        });
        Set<String> pool = shared.isEmpty() ? ca : shared;
        return pool.stream().min(Comparator.comparingInt(x -> Math.abs(RomanNumerals.parse(x) - 6))).orElse("VI");
    }

    /** Exhaustive over the (few) dopants: fill deficits first, then prefer similar charge, then similar size. */
    private Assignment assign(Framework frame, List<Dopant> dopants, List<int[]> candidates, double[] deficit) {
        int n = dopants.size();
        int[] choice = new int[n];
        int[] idx = new int[n];
        Assignment best = null;
        while (true) {
            for (int k = 0; k < n; k++) {
                choice[k] = candidates.get(k)[idx[k]];
            }
            Assignment a = score(frame, dopants, choice, deficit);
            if (best == null || a.penalty < best.penalty - 1e-12) {
                best = a;
            }
            int k = 0;
            while (k < n && ++idx[k] == candidates.get(k).length) {
                idx[k] = 0;
                k++;
            }
            if (k == n) {
                return best;
            }
        }
    }

    private Assignment score(Framework frame, List<Dopant> dopants, int[] choice, double[] deficit) {
        double[] filled = new double[deficit.length];
        double similarity = 0;
        for (int k = 0; k < dopants.size(); k++) {
            Dopant d = dopants.get(k);
            if (choice[k] < 0) {
                // a Na site takes mono- and divalent cations; higher charges there are implausible
                similarity += 0.02 * d.amount;
            } else {
                filled[choice[k]] += d.amount;
                Host.Site s = frame.framework.get(choice[k]);
                similarity += 0.05 * Math.abs(d.state - s.oxidationState()) * d.amount;
                // size decides between sites of equal charge fit (Ti4+ on Sn and Si4+ on P of Na11Sn2PS12, not
                // swapped); at most 0.01 per atom, under any difference in charge
                similarity += 0.01 * Math.min(1.0, sizeMismatch(s, d)) * d.amount;
            }
        }
        double unexplained = 0;
        for (int i = 0; i < deficit.length; i++) {
            unexplained += Math.abs(deficit[i] - filled[i]);
        }
        return new Assignment(choice.clone(), unexplained, 10 * unexplained + similarity);
    }

    /** |r_dopant − r_host| / r_host at the site's coordination, 0 where either radius is unknown (cluster units). */
    private double sizeMismatch(Host.Site s, Dopant d) {
        if (Formula.isUnit(d.key) || Formula.isUnit(s.element())) {
            return 0;
        }
        String cn = s.coordination() != null ? s.coordination() : sharedCoordination(s.element(), s.oxidationState(), d.key, d.state);
        Double rh = radius(s.element(), s.oxidationState(), cn);
        Double rd = radius(d.key, d.state, cn);
        return rh == null || rd == null || rh <= 0 ? 0 : Math.abs(rd - rh) / rh;
    }

    private static double round(double x) {
        return Math.rint(x * 1e6) / 1e6;
    }

    private record Dopant(String key, double amount, int state) {
    }

    private record Assignment(int[] sites, double unexplained, double penalty) {
    }
}
