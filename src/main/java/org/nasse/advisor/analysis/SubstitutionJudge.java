package org.nasse.advisor.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nasse.advisor.analysis.Plausibility.Concern;
import org.nasse.advisor.analysis.Plausibility.Verdict;
import org.nasse.advisor.chemistry.Formula;
import org.nasse.advisor.chemistry.IonicRadius;
import org.nasse.advisor.chemistry.PeriodicTable;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.SubstitutionPrior;

/**
 * Judges whether a dopant can take a host site before anyone asks what it would do to conductivity,
 * the way a crystal chemist does on sight:
 * <ul>
 * <li><b>size</b> (Goldschmidt's rule, goldschmidt1926): Shannon ionic radii at the site's coordination
 *     within 15 % substitute freely, 15-30 % to a limited extent (doubtful), beyond 30 % hardly at all
 *     (implausible);</li>
 * <li><b>charge</b>: framework cations differing by two are doubtful (double compensation per dopant),
 *     by three or more implausible, anions by two or more implausible;</li>
 * <li><b>state</b>: a cation above its element's most frequent state (ICSD occurrence) would oxidise a
 *     soft host anion (S²⁻, Se²⁻, Te²⁻, I⁻) and is implausible there (Pb⁴⁺ in a sulfide); a state that
 *     is rare for its element is doubtful anywhere (Ge²⁺).</li>
 * </ul>
 * Evidence overrides the rules of thumb: a doping reported on this site of this host or of an
 * isostructural sister host is plausible whatever its size (Zr⁴⁺ on Y³⁺ in Na3YCl6 [134], W⁶⁺ on the
 * M⁵⁺ site of Na3MS4 [116]); one seen on such a site elsewhere in the family, or a pair the data-mined
 * substitution model (Hautier et al. 2011, λ ≥ 1) finds common, is eased by one step.
 */
public final class SubstitutionJudge {
    /** Goldschmidt's limits on the relative radius difference (goldschmidt1926). */
    static final double FREE_SIZE = 0.15;
    static final double LIMITED_SIZE = 0.30;
    /** λ at or above this: the pair substitutes often in known structures (Hautier et al. 2011). */
    static final double COMMON_LAMBDA = 1.0;
    /** A state found in fewer than this share of its element's ICSD compounds is rare. */
    static final double RARE_STATE_SHARE = 0.05;
    /** Anions a cation above its usual state would oxidise: soft ones outright, chloride and bromide less readily. */
    static final Set<String> SOFT_ANIONS = Set.of("S", "Se", "Te", "I");
    static final Set<String> OXIDISABLE_HALIDES = Set.of("Cl", "Br");

    /** How often an element is found in a state, as a share of its ICSD occurrences; NaN where unknown. */
    @FunctionalInterface
    public interface StateShare {
        double of(String element, int state);
    }

    private final PeriodicTable table;
    private final SubstitutionPrior prior;
    private final ReportedDopings reported;
    private final StateShare states;

    public SubstitutionJudge(PeriodicTable table, SubstitutionPrior prior, ReportedDopings reported, StateShare states) {
        this.table = table;
        this.prior = prior;
        this.reported = reported;
        this.states = states;
    }

    public ReportedDopings reported() {
        return reported;
    }

    /** Every substitution of an analysed composition, in the order of its host match (empty without a host). */
    public List<Plausibility> judgeAll(Analysis a) {
        return judgeAll(a, java.util.Set.of());
    }

    public List<Plausibility> judgeAll(Analysis a, java.util.Set<String> withheld) {
        if (a.match().isEmpty()) {
            return List.of();
        }
        HostMatch m = a.match().get();
        List<Plausibility> out = new ArrayList<>(m.substitutions().size());
        for (Substitution s : m.substitutions()) {
            out.add(judge(m.host(), s, withheld));
        }
        return out;
    }

    /** A substitution the analysis found in a composition of {@code host}. */
    public Plausibility judge(Host host, Substitution s) {
        return judge(host, s, java.util.Set.of());
    }

    /** The same, as if the compositions {@code withheld} had never been reported (validation). */
    public Plausibility judge(Host host, Substitution s, java.util.Set<String> withheld) {
        return judge(host, s.site(), s.kind(), s.hostElement(), s.hostOxidationState(), s.dopant(), s.dopantOxidationState(),
                s.hostRadius(), s.dopantRadius(), s.coordination(), withheld);
    }

    /** A doping the generator is thinking of: radii at the site's coordination (VI where the host states none). */
    public Plausibility judge(Host host, Host.Site site, String dopant, int dopantState) {
        String cn = site.coordination() == null ? "VI" : site.coordination();
        SiteKind kind = ReportedDopings.kind(site);
        return judge(host, site.site(), kind, site.element(), site.oxidationState(), dopant, dopantState,
                radius(site.element(), site.oxidationState(), cn), radius(dopant, dopantState, cn), cn, java.util.Set.of());
    }

    private Double radius(String element, int state, String cn) {
        return Formula.isUnit(element) ? null : table.radius(element, state, cn).map(IonicRadius::ionicRadius).orElse(null);
    }

    /**
     * What a verdict depends on: everything but the dopant's fraction. The same substitution recurs in
     * thousands of generated or scored compositions, so a verdict is worked out once per key and shared
     * (a Plausibility is immutable). The host is compared by identity: one judge serves one knowledge base.
     */
    private static final class Key {
        private final Host host;
        private final String site;
        private final SiteKind kind;
        private final String hostElement;
        private final int hostState;
        private final String dopant;
        private final int dopantState;
        private final Double hostRadius;
        private final Double dopantRadius;
        private final String cn;
        /** Worked out once and compared first: most keys a look-up meets differ in it. */
        private final int hash;

        Key(Host host, String site, SiteKind kind, String hostElement, int hostState, String dopant, int dopantState,
            Double hostRadius, Double dopantRadius, String cn) {
            this.host = host;
            this.site = site;
            this.kind = kind;
            this.hostElement = hostElement;
            this.hostState = hostState;
            this.dopant = dopant;
            this.dopantState = dopantState;
            this.hostRadius = hostRadius;
            this.dopantRadius = dopantRadius;
            this.cn = cn;
            int h = System.identityHashCode(host);
            h = 31 * h + site.hashCode();
            h = 31 * h + hostElement.hashCode();
            h = 31 * h + dopant.hashCode();
            h = 31 * h + 8 * hostState + dopantState;
            h = 31 * h + java.util.Objects.hashCode(hostRadius);
            h = 31 * h + java.util.Objects.hashCode(dopantRadius);
            h = 31 * h + java.util.Objects.hashCode(cn);
            this.hash = h * 0x9E3779B9; // spread the small string hashes of one- and two-letter symbols
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && host == k.host && hostState == k.hostState
                    && dopantState == k.dopantState && kind == k.kind && dopant.equals(k.dopant) && site.equals(k.site)
                    && hostElement.equals(k.hostElement) && java.util.Objects.equals(hostRadius, k.hostRadius)
                    && java.util.Objects.equals(dopantRadius, k.dopantRadius) && java.util.Objects.equals(cn, k.cn);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Hosts × sites × dopants × states is small; the cap only guards against a pathological stream of radii. */
    private static final int CACHE_LIMIT = 100_000;
    private final java.util.Map<Key, Plausibility> verdicts = new java.util.concurrent.ConcurrentHashMap<>();

    Plausibility judge(Host host, String site, SiteKind kind, String hostElement, int hostState, String dopant, int dopantState,
                       Double hostRadius, Double dopantRadius, String cn, java.util.Set<String> withheld) {
        if (!withheld.isEmpty() || site == null || hostElement == null || dopant == null) {
            return verdict(host, site, kind, hostElement, hostState, dopant, dopantState, hostRadius, dopantRadius, cn, withheld);
        }
        Key key = new Key(host, site, kind, hostElement, hostState, dopant, dopantState, hostRadius, dopantRadius, cn);
        Plausibility p = verdicts.get(key);
        if (p == null) {
            p = verdict(host, site, kind, hostElement, hostState, dopant, dopantState, hostRadius, dopantRadius, cn, withheld);
            if (verdicts.size() < CACHE_LIMIT) {
                verdicts.putIfAbsent(key, p);
            }
        }
        return p;
    }

    private Plausibility verdict(Host host, String site, SiteKind kind, String hostElement, int hostState, String dopant,
                                 int dopantState, Double hostRadius, Double dopantRadius, String cn, java.util.Set<String> withheld) {
        ReportedDopings.Found found = reported.find(host, site, kind, hostState, dopant, dopantState, withheld);
        List<Concern> concerns = new ArrayList<>();
        String dIon = ion(dopant, dopantState);
        String hIon = ion(hostElement, hostState);
        if (hostRadius != null && dopantRadius != null && hostRadius > 0) {
            double d = (dopantRadius - hostRadius) / hostRadius;
            double a = Math.abs(d);
            if (a > FREE_SIZE) {
                Verdict v = a > LIMITED_SIZE ? Verdict.IMPLAUSIBLE : Verdict.DOUBTFUL;
                concerns.add(new Concern("size", v, d, String.format(Locale.ROOT,
                        "%s (%.2f Å) is %.0f%% %s than %s (%.2f Å) at CN %s: %s (Goldschmidt: within 15%% free, 15-30%% limited, "
                                + "beyond 30%% little substitution)", dIon, dopantRadius, 100 * a, d > 0 ? "larger" : "smaller",
                        hIon, hostRadius, cn == null ? "VI" : cn,
                        v == Verdict.IMPLAUSIBLE ? "too far from the site's size to dissolve" : "limited solubility expected")));
            }
        }
        int dq = Math.abs(dopantState - hostState);
        Verdict charge = kind == SiteKind.ANION ? (dq >= 2 ? Verdict.IMPLAUSIBLE : Verdict.PLAUSIBLE)
                : dq >= 3 ? Verdict.IMPLAUSIBLE : dq == 2 ? Verdict.DOUBTFUL : Verdict.PLAUSIBLE;
        if (charge != Verdict.PLAUSIBLE) {
            concerns.add(new Concern("charge", charge, dopantState - hostState, String.format(Locale.ROOT,
                    "%s for %s differs by %d charges: each dopant needs %d Na of compensation, and substitution between "
                            + "ions whose charges differ by more than one is minimal (Goldschmidt)", dIon, hIon, dq, dq)));
        }
        Concern state = stateConcern(host, dopant, dopantState, kind);
        if (state != null) {
            concerns.add(state);
        }
        Verdict verdict = Verdict.PLAUSIBLE;
        for (Concern c : concerns) {
            verdict = verdict.worst(c.verdict());
        }
        if (found.evidence().reported()) {
            verdict = Verdict.PLAUSIBLE;
        } else {
            double lambda = prior.lambda(hostElement, hostState, dopant, dopantState);
            int ease = (found.evidence() == DopingEvidence.SEEN_IN_FAMILY ? 1 : 0) + (lambda >= COMMON_LAMBDA ? 1 : 0);
            // the family's precedent or a data-mined likelihood (λ counts pairs in any structure: Gd3+ and Sb5+ share the
            // octahedra of oxide pyrochlores, not the SbS4 tetrahedra of a thioantimonate) outweighs one objection, not two
            if (concerns.stream().filter(c -> c.verdict() != Verdict.PLAUSIBLE).count() > 1) {
                ease = 0;
            }
            // nothing but a report excuses an oxidising state (Pb⁴⁺ oxidises sulfide whoever has tried it) or a size twice
            // Goldschmidt's limit off: that is another compound, not a doping
            Concern size = concerns.isEmpty() || !concerns.get(0).kind().equals("size") ? null : concerns.get(0);
            Verdict floor = state != null && state.verdict() == Verdict.IMPLAUSIBLE
                    || size != null && Math.abs(size.magnitude()) > 2 * LIMITED_SIZE ? Verdict.IMPLAUSIBLE : Verdict.PLAUSIBLE;
            verdict = verdict.easedBy(Math.min(ease, 1)).worst(floor);
        }
        return new Plausibility(verdict, found.evidence(), found.source(), found.refs(), found.cites(), concerns);
    }

    private Concern stateConcern(Host host, String dopant, int q, SiteKind kind) {
        if (Formula.isUnit(dopant) || q == 0) {
            return null;
        }
        double share = states.of(dopant, q);
        if (Double.isNaN(share)) {
            return null;
        }
        String anion = mainAnion(host);
        if (kind != SiteKind.ANION && q > 0 && anion != null && (SOFT_ANIONS.contains(anion) || OXIDISABLE_HALIDES.contains(anion))) {
            int usual = usualState(dopant, q);
            if (q > usual) {
                Verdict v = SOFT_ANIONS.contains(anion) ? Verdict.IMPLAUSIBLE : Verdict.DOUBTFUL;
                return new Concern("state", v, share, String.format(Locale.ROOT,
                        "%s is above %s's usual +%d (%.0f%% of its cationic ICSD compounds are %s): it would %s the %s of %s",
                        ion(dopant, q), dopant, usual, 100 * share, ion(dopant, q),
                        v == Verdict.IMPLAUSIBLE ? "oxidise" : "tend to oxidise", ion(anion, anionState(host, anion)), host.id()));
            }
        }
        if (share < RARE_STATE_SHARE) {
            return new Concern("state", Verdict.DOUBTFUL, share, String.format(Locale.ROOT,
                    "%s is a rare state of %s (%.1f%% of its %s ICSD compounds)", ion(dopant, q), dopant, 100 * share,
                    q > 0 ? "cationic" : "anionic"));
        }
        return null;
    }

    /** The element's most frequent state of the same sign. */
    private int usualState(String element, int q) {
        int best = q;
        double bestShare = -1;
        for (int s = 1; s <= 8; s++) {
            int state = q > 0 ? s : -s;
            double share = states.of(element, state);
            if (!Double.isNaN(share) && share > bestShare) {
                bestShare = share;
                best = state;
            }
        }
        return best;
    }

    /** The anion carrying most of the host's negative charge. */
    static String mainAnion(Host host) {
        Host.Site best = null;
        for (Host.Site s : host.sites()) {
            if (s.oxidationState() < 0 && (best == null || -s.oxidationState() * s.amount() > -best.oxidationState() * best.amount())) {
                best = s;
            }
        }
        return best == null ? null : best.element();
    }

    private static int anionState(Host host, String anion) {
        return host.sites().stream().filter(s -> s.element().equals(anion)).mapToInt(Host.Site::oxidationState).findFirst().orElse(-2);
    }

    /** "Pb4+", "S2-", "Na+". */
    static String ion(String element, int q) {
        int a = Math.abs(q);
        return element + (a == 1 ? "" : String.valueOf(a)) + (q > 0 ? "+" : q < 0 ? "-" : "");
    }
}
