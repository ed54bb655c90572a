package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hipparchus.special.Erf;
import org.nasse.advisor.analysis.DopingEvidence;
import org.nasse.advisor.analysis.HostMatch;
import org.nasse.advisor.analysis.Plausibility;
import org.nasse.advisor.analysis.Substitution;
import org.nasse.advisor.estimate.Estimate;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The next N syntheses as one set (OptaPlanner), the way batch Bayesian optimisation plans experiments. The planner's
 * belief about each composition ({@link Belief}) is the estimate and its u, moved by what has been measured: a
 * measurement's miss (measured minus estimated) carries over to its neighbours in proportion to how much of their
 * error they share (the host's anchor; a doping of the same site with a like dopant and level). Each pick is worth its
 * expected improvement over the best measured so far, EI = E[max(0, log σ − best)] under the posterior N(mean, u²),
 * plus {@value #TEACH_PER_DECADE} per decade of posterior u beyond a measurement's scatter (what measuring it would
 * teach); the set is valued pick by pick, each as if those before it had been measured at their posterior mean
 * (kriging believer, {@link Acquisition}), so a second pick like the first gains and teaches less. Hard: every target
 * met, no substitution implausible (unless exploring), no two picks with the same dopant on the same site of a host
 * (unless asked).
 */
public final class BatchPlanner {
    /** What each decade of posterior uncertainty is worth learning, in decades of expected gain. */
    public static final double TEACH_PER_DECADE = 0.10;
    /** Options the solver sees: the best this many per pick, by their own value. */
    static final int SHORTLIST_PER_PICK = 40;

    /** Exploring lets implausible substitutions in; {@code allowSameDoping} lets two picks share a site and dopant. */
    public record Settings(boolean exploratory, boolean allowSameDoping) {
    }

    /** The best measured so far: log10 σ at the targets' temperature, and what it is. */
    public record Best(double log10Sigma, String what) {
    }

    /** A pick of the batch, and why it is in it. */
    public record Pick(BatchOption option, String why) {
        public ScoredCandidate candidate() {
            return option.candidate();
        }
    }

    public record Batch(Best best, List<Pick> picks, int optionsConsidered, HardSoftLongScore score, Settings settings) {
    }

    private final long seed;
    private final double teachWeight;

    public BatchPlanner(long seed) {
        this(seed, 1.0);
    }

    /** {@code teachWeight} 0: expected improvement alone. */
    public BatchPlanner(long seed, double teachWeight) {
        this.seed = seed;
        this.teachWeight = teachWeight;
    }

    /** E[max(0, X − best)] for X ~ N(mu, u²), in decades. */
    public static double expectedImprovement(double mu, double u, double best) {
        if (Double.isNaN(mu)) {
            return 0;
        }
        if (!(u > 1e-9)) {
            return Math.max(0, mu - best);
        }
        double z = (mu - best) / u;
        double cdf = 0.5 * (1 + Erf.erf(z / Math.sqrt(2)));
        double pdf = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
        return (mu - best) * cdf + u * pdf;
    }

    /** The options of a pool against the best measured so far, nothing measured on the pool's hosts. */
    public List<BatchOption> options(List<ScoredCandidate> pool, Best best) {
        return options(pool, best, new Belief(List.of()));
    }

    /** The options of a pool against the best measured so far, under a belief moved by measurements. */
    public List<BatchOption> options(List<ScoredCandidate> pool, Best best, Belief belief) {
        List<BatchOption> out = new ArrayList<>(pool.size());
        Acquisition alone = new Acquisition(belief, best.log10Sigma(), teachWeight);
        int id = 0;
        for (ScoredCandidate c : pool) {
            Estimate e = c.assessment().estimate().orElse(null);
            if (e == null || e.reported() || Double.isNaN(e.log10Sigma())) {
                continue; // no estimate, or measured already: nothing to learn from making it again
            }
            List<String> keys = new ArrayList<>();
            List<String> untested = new ArrayList<>();
            boolean implausible = false;
            HostMatch m = c.assessment().analysis().match().orElse(null);
            List<Plausibility> judged = c.assessment().plausibility();
            if (m != null) {
                for (int k = 0; k < m.substitutions().size(); k++) {
                    Substitution s = m.substitutions().get(k);
                    keys.add(m.host().id() + "|" + s.site() + "|" + s.dopant());
                    Plausibility p = k < judged.size() ? judged.get(k) : null;
                    if (p != null && p.implausible()) {
                        implausible = true;
                    }
                    if (p == null || p.evidence() != DopingEvidence.REPORTED_IN_HOST) {
                        untested.add(s.dopant() + " on " + s.site());
                    }
                }
            }
            BatchOption bare = new BatchOption(id, c, Belief.point(m, e), 0, 0, keys, implausible, untested);
            Acquisition.Step step = alone.alone(bare);
            out.add(new BatchOption(id++, c, bare.point(), step.expectedGain(), step.teach(), keys, implausible, untested));
        }
        return out;
    }

    /** Chooses {@code n} of the options as one set. */
    public Batch plan(List<BatchOption> options, int n, Best best, Settings settings) {
        return plan(options, n, best, settings, new Belief(List.of()));
    }

    /** Chooses {@code n} of the options as one set, under a belief moved by measurements. */
    public Batch plan(List<BatchOption> options, int n, Best best, Settings settings, Belief belief) {
        Acquisition acquisition = new Acquisition(belief, best.log10Sigma(), teachWeight);
        List<BatchOption> shortlist = options.stream()
                .filter(o -> o.candidate().meetsTargets() && (settings.exploratory() || !o.implausible()))
                .sorted(Comparator.comparingLong(BatchOption::softAlone).reversed().thenComparingInt(BatchOption::id))
                .limit((long) SHORTLIST_PER_PICK * n).toList();
        List<BatchSlot> slots = new ArrayList<>();
        for (int i = 0; i < Math.min(n, shortlist.size()); i++) {
            slots.add(new BatchSlot(i));
        }
        List<Pick> picks = new ArrayList<>();
        HardSoftLongScore score = HardSoftLongScore.ZERO;
        if (!slots.isEmpty()) {
            BatchPlan solved = SolverFactory.<BatchPlan>create(Solving.config(BatchPlan.class, BatchSlot.class,
                    BatchConstraints.class, seed, 200)).buildSolver()
                    .solve(new BatchPlan(new ArrayList<>(shortlist), slots, settings, acquisition));
            score = solved.getScore();
            List<BatchOption> chosen = new ArrayList<>();
            for (BatchSlot s : solved.getSlots()) {
                if (s.getOption() != null && !chosen.contains(s.getOption())) {
                    chosen.add(s.getOption());
                }
            }
            if (!score.isFeasible()) {
                // fewer diverse options than picks: keep those that break nothing together
                List<BatchOption> kept = new ArrayList<>();
                for (BatchOption o : chosen) {
                    if (kept.stream().noneMatch(k -> !settings.allowSameDoping() && k.shares(o))) {
                        kept.add(o);
                    }
                }
                chosen = kept;
            }
            // in the believer's order, each with what it adds given the picks before it
            for (Acquisition.Step step : acquisition.sequence(chosen)) {
                picks.add(new Pick(step.option(), why(step, best)));
            }
        }
        return new Batch(best, picks, shortlist.size(), score, settings);
    }

    private static String why(Acquisition.Step step, Best best) {
        BatchOption o = step.option();
        Estimate e = o.candidate().assessment().estimate().orElseThrow();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "expected gain %.2f decades over the best measured (%s, log10 σ %.2f): estimate %.2f ± %.2f",
                o.expectedGain(), best.what(), best.log10Sigma(), e.log10Sigma(), e.log10Uncertainty()));
        if (Math.abs(o.expectedGain() + o.teach() - step.value()) > 0.0005 || Math.abs(step.mean() - o.point().mu()) > 0.005) {
            sb.append(String.format(Locale.ROOT, "; believed %.2f ± %.2f after the measurements and the picks above it "
                    + "(gain %.2f, teaches %.2f)", step.mean(), step.u(), step.expectedGain(), step.teach()));
        }
        if (!o.untested().isEmpty()) {
            sb.append("; teaches: ").append(String.join(", ", o.untested())).append(" not yet shown in ")
                    .append(o.candidate().host());
        } else {
            sb.append("; a doping this host has shown");
        }
        sb.append(String.format(Locale.ROOT, "; support %s", e.support()));
        return sb.toString();
    }

    /** The best measured so far, as JSON. */
    public static Map<String, Object> bestJson(Batch b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("log10Sigma", round(b.best().log10Sigma()));
        out.put("what", b.best().what());
        out.put("optionsConsidered", b.optionsConsidered());
        out.put("teachPerDecadeOfU", TEACH_PER_DECADE);
        out.put("measurementU", Belief.MEASUREMENT_U);
        return out;
    }

    /** JSON of a batch: each pick with composition, substitutions, meetsTargets, expectedGain and why. */
    public static List<Map<String, Object>> json(Batch b) {
        List<Map<String, Object>> picks = new ArrayList<>();
        for (Pick p : b.picks()) {
            ScoredCandidate c = p.candidate();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("composition", c.composition());
            m.put("host", c.host());
            List<Map<String, Object>> subs = new ArrayList<>();
            c.assessment().analysis().match().ifPresent(h -> h.substitutions().forEach(s -> {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("site", s.site());
                sm.put("dopant", s.dopant());
                sm.put("fraction", s.fraction());
                subs.add(sm);
            }));
            m.put("substitutions", subs);
            m.put("meetsTargets", c.meetsTargets());
            m.put("expectedGain", round(p.option().expectedGain()));
            m.put("teaches", round(p.option().teach()));
            m.put("log10Sigma", round(c.log10Sigma()));
            m.put("log10Uncertainty", round(c.log10Uncertainty()));
            m.put("support", c.support());
            m.put("why", p.why());
            picks.add(m);
        }
        return picks;
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
