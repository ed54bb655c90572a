package org.nasse.advisor.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
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
    static final double MIN_FRAMEWORK_RETAINED = 0.5;
    private static final int MAX_DOPANTS = 5;

    private final PeriodicTable table;
    private final List<Frame> frames = new ArrayList<>();
    private final Map<String, String> reportedHost = new HashMap<>();

    public HostMatcher(KnowledgeBase kb) {
        this.table = kb.chemistry().table();
        for (Host h : kb.hosts()) {
            frames.add(new Frame(h, kb.chemistry().parse(h.formula())));
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
        String reported = reportedHost.get(formula.toString());
        HostMatch best = null;
        for (Frame frame : frames) {
            if (reported != null && !frame.host.id().equals(reported)) {
                continue;
            }
            HostMatch m = explain(frame, formula, balance, family);
            if (m != null && (best == null || m.cost() < best.cost() - 1e-9)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** One host's explanation of the composition, or null when it is not this framework. */
    HostMatch explain(Frame frame, Formula formula, ChargeBalance balance, Family family) {
        Map<String, Double> c = new LinkedHashMap<>();
        formula.amounts().forEach((k, v) -> {
            if (!k.equals(ClusterUnits.WATER)) {
                c.put(k, v.doubleValue());
            }
        });
        // framework sites keep their element's state; a host element in another state is another framework
        for (Host.Site s : frame.framework) {
            Integer state = balance.oxidationStates().get(s.element());
            if (state != null && state.intValue() != s.oxidationState()) {
                return null;
            }
        }
        double retained = 0;
        double frameworkAtoms = 0;
        for (var e : frame.frameworkTotals.entrySet()) {
            retained += Math.min(e.getValue(), c.getOrDefault(e.getKey(), 0.0));
            frameworkAtoms += e.getValue();
        }
        if (frameworkAtoms > 0 && retained / frameworkAtoms < MIN_FRAMEWORK_RETAINED) {
            return null;
        }
        // dopants: new elements, and host framework elements in excess
        List<Dopant> dopants = new ArrayList<>();
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
            }
        }
        if (dopants.size() > MAX_DOPANTS) {
            return null;
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
            List<Integer> sites = new ArrayList<>();
            for (int i = 0; i < frame.framework.size(); i++) {
                Host.Site s = frame.framework.get(i);
                if (Integer.signum(s.oxidationState()) == Integer.signum(d.state) && !s.element().equals(d.key)) {
                    sites.add(i);
                }
            }
            if (d.state > 0 && frame.hostNa > 0) {
                sites.add(-1);
            }
            if (sites.isEmpty()) {
                return null;
            }
            candidates.add(sites.stream().mapToInt(Integer::intValue).toArray());
        }
        Assignment best = assign(frame, dopants, candidates, deficit);
        if (best == null || best.unexplained > MAX_UNEXPLAINED) {
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
        if (formula.contains(ClusterUnits.WATER)) {
            notes.add("hydrate: " + formula.exactAmount(ClusterUnits.WATER).toPlainString() + " H2O per formula unit");
        }
        if (!sodium.chargeCompensatedOnNa()) {
            notes.add(String.format("Na content differs from what the substitutions call for by %+.4f per formula unit",
                    (na - frame.hostNa) - expected));
        }
        double changed = dopants.stream().mapToDouble(d -> d.amount).sum();
        double cost = changed + 0.01 * dopants.size() + best.penalty
                + (family != Family.UNKNOWN && !frame.host.family().equals(family.label()) ? 0.5 : 0);
        return new HostMatch(frame.host, subs, sodium, cost, notes);
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

    /** Exhaustive over the (few) dopants: fill deficits first, then prefer similar charge and size. */
    private Assignment assign(Frame frame, List<Dopant> dopants, List<int[]> candidates, double[] deficit) {
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

    private Assignment score(Frame frame, List<Dopant> dopants, int[] choice, double[] deficit) {
        double[] filled = new double[deficit.length];
        double similarity = 0;
        for (int k = 0; k < dopants.size(); k++) {
            Dopant d = dopants.get(k);
            if (choice[k] < 0) {
                // a Na site takes mono- and divalent cations; higher charges there are implausible
                similarity += d.state >= 3 ? 1.0 * d.amount : 0.02 * d.amount;
            } else {
                filled[choice[k]] += d.amount;
                Host.Site s = frame.framework.get(choice[k]);
                similarity += 0.05 * Math.abs(d.state - s.oxidationState()) * d.amount;
            }
        }
        double unexplained = 0;
        for (int i = 0; i < deficit.length; i++) {
            unexplained += Math.abs(deficit[i] - filled[i]);
        }
        return new Assignment(choice.clone(), unexplained, 10 * unexplained + similarity);
    }

    private static double round(double x) {
        return BigDecimal.valueOf(x).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().doubleValue();
    }

    private record Dopant(String key, double amount, int state) {
    }

    private record Assignment(int[] sites, double unexplained, double penalty) {
    }

    /** A host prepared for matching: its mobile-Na site apart from the framework sites. */
    static final class Frame {
        final Host host;
        final double hostNa;
        final double naSites;
        final String naCoordination;
        final List<Host.Site> framework = new ArrayList<>();
        final Map<String, Double> frameworkTotals = new LinkedHashMap<>();
        final Map<String, Integer> firstSiteOf = new HashMap<>();

        Frame(Host host, Formula formula) {
            this.host = host;
            double na = 0;
            String naCn = null;
            for (Host.Site s : host.sites()) {
                if (s.site().equals("Na")) {
                    na += s.amount();
                    naCn = naCn == null ? s.coordination() : naCn;
                } else {
                    firstSiteOf.putIfAbsent(s.element(), framework.size());
                    framework.add(s);
                    frameworkTotals.merge(s.element(), s.amount(), Double::sum);
                }
            }
            this.hostNa = na;
            this.naSites = host.naSites();
            this.naCoordination = naCn;
        }
    }
}
