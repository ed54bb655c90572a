package org.nasse.advisor.estimate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nasse.advisor.chemistry.Formula;
import org.nasse.advisor.estimate.ConductivityModel.Statistic;
import org.nasse.advisor.knowledge.Host;

/**
 * The measured starting points of estimates, best first: the composition's own reports; its host's
 * parent reports nearest the asked temperature; for a host without one, a parent derived from its
 * doped records (each measured value less the model's doping gain); and for a composition without a
 * host, its nearest reported neighbours in the family ({@link Neighbours}). Activation energies: the
 * record's own, else the slope between its reports at two temperatures ({@link Evidence#ownEa}), else the
 * host's measured one, else the family median. {@code excluded} records are ignored everywhere, which
 * is how validation keeps a record from anchoring (or looking up) itself.
 */
public final class Anchors {
    /** Reports within this many °C of the asked temperature count as "at" it. */
    static final double NEAR_C = 15;

    private final Evidence evidence;
    /** A cache key of a name (host or family), a temperature and a model's identity: no string to build per lookup. */
    private record Key(String name, double temperatureC, int model) {
    }

    private final Map<Key, Optional<Anchor>> parentCache = new ConcurrentHashMap<>();
    private final Map<String, Statistic> eaCache = new ConcurrentHashMap<>();

    private final Neighbours neighbours;
    /** What the estimates are of: a pellet's total conductivity, or a grain's (a bulk or single-crystal value). */
    private final boolean grain;

    /** Anchors for a dense pellet's total conductivity, what estimates are of unless asked otherwise. */
    public Anchors(Evidence evidence) {
        this(evidence, false);
    }

    /** Anchors for a grain's conductivity ({@code grain}: bulk or single-crystal values first), else a pellet's. */
    public Anchors(Evidence evidence, boolean grain) {
        this.evidence = evidence;
        this.grain = grain;
        this.neighbours = new Neighbours(evidence, this);
    }

    /** Whether these anchors are for a grain's conductivity rather than a pellet's. */
    public boolean grain() {
        return grain;
    }

    public Evidence evidence() {
        return evidence;
    }

    /** The composition's own reports: at the temperature (REPORTED), else the nearest one (OWN_REPORT). */
    public Optional<Anchor> reported(Formula formula, String host, String family, double temperatureC,
                                     Holdout excluded) {
        List<Evidence.Item> own = forAsked(usable(evidence.ofComposition(formula), excluded));
        if (own.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence.Item> near = nearest(own, temperatureC);
        Ea chosen = eaOf(near.get(0), host, family, excluded);
        double ea = chosen.value();
        boolean at = Math.abs(near.get(0).temperatureC() - temperatureC) <= NEAR_C;
        double t = at ? temperatureC : near.get(0).temperatureC();
        List<Double> values = new ArrayList<>();
        for (Evidence.Item i : near) {
            values.add(Anchor.shift(i.log10Sigma(), i.temperatureC(), t, ea));
        }
        String canonical = near.get(0).canonical();
        String what = (near.size() == 1 ? "the report of " + canonical : "median of " + near.size() + " reports of " + canonical)
                + yours(near);
        return Optional.of(new Anchor(statistic(values).value(), t, ea, chosen.measured(),
                what + " at " + trim(near.get(0).temperatureC()) + " °C", refs(near), cites(near),
                at ? Anchor.Kind.REPORTED : Anchor.Kind.OWN_REPORT, measured(near)));
    }

    /** The spread (decades) of a composition's reports at the temperature, for the uncertainty. */
    public double reportedSpread(Formula formula, double temperatureC, Holdout excluded) {
        List<Double> v = new ArrayList<>();
        for (Evidence.Item i : usable(evidence.ofComposition(formula), excluded)) {
            if (Math.abs(i.temperatureC() - temperatureC) <= NEAR_C) {
                v.add(i.log10Sigma());
            }
        }
        if (v.size() < 2) {
            return 0;
        }
        return (v.stream().mapToDouble(Double::doubleValue).max().orElse(0) - v.stream().mapToDouble(Double::doubleValue).min().orElse(0)) / 2;
    }

    /**
     * The host's parent at the temperature: its own reports nearest it (median of those within
     * {@value #NEAR_C} °C of the nearest), or, when none is reported, a parent derived from the host's
     * doped records with the model's gain taken off each.
     */
    public Optional<Anchor> parent(Host host, double temperatureC, ConductivityModel model, Holdout excluded) {
        if (excluded.isEmpty()) {
            Key key = new Key(host.id(), temperatureC, System.identityHashCode(model));
            return parentCache.computeIfAbsent(key, k -> computeParent(host, temperatureC, model, excluded));
        }
        return computeParent(host, temperatureC, model, excluded);
    }

    private Optional<Anchor> computeParent(Host host, double temperatureC, ConductivityModel model, Holdout excluded) {
        List<Evidence.Item> all = forAsked(usable(evidence.ofHost(host.id()), excluded));
        List<Evidence.Item> parents = all.stream().filter(Evidence.Item::parent).toList();
        Statistic hostEa = hostEa(host.id(), excluded);
        double ea = hostEa.count() > 0 ? hostEa.value() : familyEa(host.family(), excluded).value();
        if (!parents.isEmpty()) {
            List<Evidence.Item> near = nearest(parents, temperatureC);
            double t = near.stream().mapToDouble(Evidence.Item::temperatureC).average().orElseThrow();
            List<Double> values = near.stream().map(i -> Anchor.shift(i.log10Sigma(), i.temperatureC(), t, ea)).toList();
            String what = (near.size() == 1 ? "parent report of " + host.id()
                    : "median of " + near.size() + " reports of " + host.id()) + yours(near);
            return Optional.of(new Anchor(statistic(values).value(), t, ea, hostEa.count() > 0,
                    what + " near " + trim(t) + " °C", refs(near), cites(near), Anchor.Kind.PARENT, measured(near)));
        }
        List<Evidence.Item> doped = all.stream().filter(i -> !i.features().isEmpty()).toList();
        if (doped.isEmpty() || model == null) {
            return Optional.empty();
        }
        List<Double> values = new ArrayList<>();
        for (Evidence.Item i : doped) {
            double gain = model.delta(i.features(), host.id(), host.family());
            values.add(Anchor.shift(i.log10Sigma() - gain, i.temperatureC(), temperatureC, ea));
        }
        return Optional.of(new Anchor(statistic(values).value(), temperatureC, ea, hostEa.count() > 0,
                host.id() + " derived from " + doped.size() + " doped record" + (doped.size() == 1 ? "" : "s")
                        + yours(doped) + " less the model's doping gain", refs(doped), cites(doped), Anchor.Kind.DERIVED_PARENT, measured(doped)));
    }

    /** The family's reported compositions most like this one, pooled: see {@link Neighbours}. */
    public Optional<Anchor> neighbours(Map<String, Double> fractions, String family, double temperatureC,
                                       Holdout excluded) {
        return neighbours.anchor(fractions, family, temperatureC, excluded);
    }

    private final Map<Key, Optional<Best>> bestCache = new ConcurrentHashMap<>();

    /** The best report of a family at a temperature: the value, and the record it comes from. */
    public record Best(double log10Sigma, Evidence.Item item) {
    }

    /**
     * The highest conductivity the family's records reach at the temperature, each brought there along
     * its Arrhenius line (its own Ea, else the family's): the ceiling no modelled gain may lift an
     * estimate through without saying so.
     */
    public Optional<Best> familyBest(String family, double temperatureC, Holdout excluded) {
        if (excluded.isEmpty()) {
            return bestCache.computeIfAbsent(new Key(family, temperatureC, 0), k -> computeFamilyBest(family, temperatureC, excluded));
        }
        return computeFamilyBest(family, temperatureC, excluded);
    }

    private Optional<Best> computeFamilyBest(String family, double temperatureC, Holdout excluded) {
        double familyEa = familyEa(family, excluded).value();
        Best best = null;
        for (Evidence.Item i : forAsked(usable(evidence.ofFamily(family), excluded))) {
            Double own = evidence.ownEa(i, excluded);
            double ea = own != null ? own : familyEa;
            double v = Anchor.shift(i.log10Sigma(), i.temperatureC(), temperatureC, ea);
            if (best == null || v > best.log10Sigma()) {
                best = new Best(v, i);
            }
        }
        return Optional.ofNullable(best);
    }

    private final Map<Key, Boolean> carriesCache = new ConcurrentHashMap<>();

    /** Whether any record of the family carries the term (else its fitted size comes from other families). */
    public boolean familyCarries(String family, Term term, Holdout excluded) {
        if (excluded.isEmpty()) {
            return carriesCache.computeIfAbsent(new Key(family, 0, term.ordinal()), k -> computeCarries(family, term, excluded));
        }
        return computeCarries(family, term, excluded);
    }

    private boolean computeCarries(String family, Term term, Holdout excluded) {
        for (Evidence.Item i : usable(evidence.ofFamily(family), excluded)) {
            if (i.features().value(term) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The canonical forms of the records left out, so the judge forgets what they showed. */
    public Set<String> withheldCompositions(Holdout excluded) {
        Set<String> out = new java.util.HashSet<>();
        for (Evidence.Item i : evidence.items()) {
            if (excluded.excludes(i.record())) {
                out.add(i.reducedKey());
            }
        }
        return out;
    }

    private final Map<Key, Optional<Anchor>> hostNeighbourCache = new ConcurrentHashMap<>();

    /** A host without reports of its own placed among its family's reported neighbours (cached for batches). */
    public Optional<Anchor> hostAmongNeighbours(Host host, double temperatureC, Holdout excluded) {
        Map<String, Double> fractions = evidence.hostFractions(host.id());
        if (fractions == null) {
            return Optional.empty();
        }
        if (excluded.isEmpty()) {
            return hostNeighbourCache.computeIfAbsent(new Key(host.id(), temperatureC, 0),
                    k -> neighbours(fractions, host.family(), temperatureC, excluded));
        }
        return neighbours(fractions, host.family(), temperatureC, excluded);
    }

    /** An activation energy, and whether it was measured (for the record or its host) rather than the family's median. */
    record Ea(double value, boolean measured) {
    }

    /** The record's own Ea, else its host's measured one, else the family median. */
    Ea eaOf(Evidence.Item item, String host, String family, Holdout excluded) {
        Double own = evidence.ownEa(item, excluded);
        if (own != null) {
            return new Ea(own, true);
        }
        if (host != null) {
            Statistic h = hostEa(host, excluded);
            if (h.count() > 0) {
                return new Ea(h.value(), true);
            }
        }
        return new Ea(familyEa(family, excluded).value(), false);
    }

    /** Median Ea of the host's parent reports that state one. */
    public Statistic hostEa(String host, Holdout excluded) {
        List<Double> v = new ArrayList<>();
        for (Evidence.Item i : usable(evidence.ofHost(host), excluded)) {
            Double own = i.parent() ? evidence.ownEa(i, excluded) : null;
            if (own != null) {
                v.add(own);
            }
        }
        return statistic(v);
    }

    /** Median Ea of the family's records; the median of all records when the family has fewer than two. */
    public Statistic familyEa(String family, Holdout excluded) {
        if (excluded.isEmpty()) {
            return eaCache.computeIfAbsent(family, f -> computeFamilyEa(f, excluded));
        }
        return computeFamilyEa(family, excluded);
    }

    private Statistic computeFamilyEa(String family, Holdout excluded) {
        List<Double> own = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (Evidence.Item i : usable(evidence.items(), excluded)) {
            if (excluded.ea(i) != null) {
                boolean ownFamily = family.equals(i.family());
                if (ownFamily || !i.record().fromUser()) { // a lab's rows speak for their own family only
                    all.add(excluded.ea(i));
                }
                if (ownFamily) {
                    own.add(excluded.ea(i));
                }
            }
        }
        return own.size() >= 2 ? statistic(own) : statistic(all);
    }

    /**
     * What an estimate can stand on: the values of the kind asked for where there are any. A pellet's total
     * stands on totals: a single crystal's or a grain's conductivity leaves out the grain boundaries, so it counts
     * only where nothing else was measured (and the anchor says so). A grain's stands on bulk and single-crystal
     * values: a pellet's total includes the grain boundaries and is lower, so it counts only where nothing else was
     * measured (and the estimate says it is a lower bound).
     */
    List<Evidence.Item> forAsked(List<Evidence.Item> items) {
        for (Evidence.Item i : items) {
            if (i.total() == grain) {
                List<Evidence.Item> asked = items.stream().filter(x -> x.total() != grain).toList();
                return asked.isEmpty() ? items : asked;
            }
        }
        return items;
    }

    /** "total" when every item is a total conductivity, else the kinds of value among them. */
    static String measured(List<Evidence.Item> items) {
        Set<String> kinds = new java.util.TreeSet<>();
        items.forEach(i -> kinds.add(i.record().measured()));
        return kinds.size() == 1 && kinds.contains(org.nasse.advisor.knowledge.LiteratureRecord.TOTAL) ? kinds.iterator().next()
                : String.join(", ", kinds);
    }

    static List<Evidence.Item> usable(List<Evidence.Item> items, Holdout excluded) {
        if (excluded.records().isEmpty()) {
            return items;
        }
        return items.stream().filter(i -> !excluded.excludes(i.record())).toList();
    }

    /** The items nearest the temperature: all within {@value #NEAR_C} °C of the nearest one. */
    private static List<Evidence.Item> nearest(List<Evidence.Item> items, double temperatureC) {
        double best = items.stream().mapToDouble(i -> Math.abs(i.temperatureC() - temperatureC)).min().orElseThrow();
        double reference = items.stream().filter(i -> Math.abs(i.temperatureC() - temperatureC) == best)
                .findFirst().orElseThrow().temperatureC();
        return items.stream().filter(i -> Math.abs(i.temperatureC() - reference) <= NEAR_C).toList();
    }

    /** " (your data, lines 3, 7)" where some of the items are a lab's own rows, else "". */
    static String yours(List<Evidence.Item> items) {
        List<String> lines = new ArrayList<>();
        for (Evidence.Item i : items) {
            if (i.record().fromUser()) {
                lines.add(i.record().note().replace("your data, line ", ""));
            }
        }
        if (lines.isEmpty()) {
            return "";
        }
        return " (your data, line" + (lines.size() == 1 ? " " : "s ") + String.join(", ", lines) + ")";
    }

    static List<Integer> refs(List<Evidence.Item> items) {
        Set<Integer> out = new LinkedHashSet<>();
        items.forEach(i -> out.addAll(i.record().refs()));
        return List.copyOf(out);
    }

    static List<String> cites(List<Evidence.Item> items) {
        Set<String> out = new LinkedHashSet<>();
        items.forEach(i -> out.addAll(i.record().cites()));
        return List.copyOf(out);
    }

    static Statistic statistic(List<Double> values) {
        if (values.isEmpty()) {
            return new Statistic(Double.NaN, null, 0);
        }
        List<Double> v = new ArrayList<>(values);
        int n = v.size();
        double median = median(v);
        double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sd = n < 2 ? Double.NaN : Math.sqrt(v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / (n - 1));
        return new Statistic(round(median), Double.isNaN(sd) ? null : round(sd), n);
    }

    /** The median of the values (sorts the list it is given). */
    static double median(List<Double> v) {
        v.sort(null);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    public static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }

    private static String trim(double x) {
        return java.math.BigDecimal.valueOf(Math.round(x * 10) / 10.0).stripTrailingZeros().toPlainString();
    }
}
