package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.advice.Assessment;
import org.nasse.advisor.analysis.Substitution;
import org.nasse.advisor.estimate.Estimate;
import org.nasse.advisor.chemistry.Formula;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.knowledge.DopingSeries;
import org.nasse.advisor.knowledge.LiteratureRecord;
import org.nasse.advisor.progress.Progress;
import org.nasse.advisor.rules.DopantOptimum;
import org.nasse.advisor.rules.Finding;

/**
 * Runs candidates through the advisor at the scenario's temperature and turns what it says into
 * the planner's verdicts and weighted soft terms. The floor is judged on the central estimate; the
 * soft margin on the estimate minus its uncertainty. Without a floor, margins count from 10⁻⁴ S/cm
 * (an advisor setting).
 */
public final class CandidateScorer {
    /** Candidates per rules batch: the unit of progress and of stopping. */
    private static final int CHUNK = 5_000;

    static final double DEFAULT_FLOOR_LOG10 = -4;
    private final Advisor advisor;
    private final Targets targets;
    private final Ranking ranking;

    public CandidateScorer(Advisor advisor, Targets targets) {
        this(advisor, targets, Ranking.CAUTIOUS);
    }

    public CandidateScorer(Advisor advisor, Targets targets, Ranking ranking) {
        this.advisor = advisor;
        this.targets = targets;
        this.ranking = ranking;
    }

    public Ranking ranking() {
        return ranking;
    }

    public double weight(String name) {
        return targets.weight(name, CompositionConstraints.SOFT_WEIGHTS.getOrDefault(name,
                StackConstraints.SOFT_WEIGHTS.getOrDefault(name, 1.0)));
    }

    /** The cathode voltage the scenario implies: stated, or the named cathode's, or NaN. */
    public double cathodeVoltage() {
        if (targets.cathodeVoltageV() != null) {
            return targets.cathodeVoltageV();
        }
        if (targets.cathode() != null) {
            return advisor.knowledge().cathodes().stream().filter(c -> c.name().equals(targets.cathode()))
                    .map(c -> c.voltageV() == null ? Double.NaN : c.voltageV()).findFirst().orElse(Double.NaN);
        }
        return Double.NaN;
    }

    public List<ScoredCandidate> score(List<Candidate> candidates) {
        return score(candidates, Progress.SILENT);
    }

    /** Scores in chunks, reporting after each (and stopping there at Ctrl-C). */
    public List<ScoredCandidate> score(List<Candidate> candidates, Progress progress) {
        List<ScoredCandidate> out = new ArrayList<>(candidates.size());
        progress.forEachChunk("scoring " + candidates.size() + " candidates", candidates, CHUNK, chunk -> scoreChunk(chunk, out));
        return out;
    }

    /** Appends the chunk's readable candidates to {@code out}, numbered on from what is there. */
    private void scoreChunk(List<Candidate> chunk, List<ScoredCandidate> out) {
        List<org.nasse.advisor.analysis.Analysis> analyses = new ArrayList<>();
        List<Candidate> readable = new ArrayList<>();
        for (Candidate c : chunk) {
            try {
                analyses.add(advisor.analyzer().analyze(c.composition()));
                readable.add(c);
            } catch (FormulaSyntaxException e) {
                // generated candidates always parse; a user's bad proposal is reported by the caller
            }
        }
        List<Assessment> assessed = advisor.assessAll(analyses, targets.temperature());
        for (int i = 0; i < readable.size(); i++) {
            out.add(scored(out.size(), readable.get(i), assessed.get(i)));
        }
    }

    /**
     * One assessed composition of the user's judged against the targets, exactly as `recommend` judges
     * the scenario's own candidates: the evaluation behind `score --scenario`.
     */
    public ScoredCandidate judge(Assessment a) {
        return scored(-1, new Candidate(a.analysis().input(), "", List.of(), Double.NaN, true), a);
    }

    public Targets targets() {
        return targets;
    }

    ScoredCandidate scored(int id, Candidate c, Assessment a) {
        double log = a.estimate().map(e -> e.log10Sigma()).orElse(Double.NaN);
        double unc = a.estimate().map(e -> e.log10Uncertainty()).orElse(Double.NaN);
        double floor = targets.minConductivity() == null ? DEFAULT_FLOOR_LOG10 : Math.log10(targets.minConductivity());
        boolean upperBound = a.estimate().map(e -> e.upperBound()).orElse(false);
        // an estimate that is only an upper bound (a hydride below its order-disorder transition) cannot meet a floor
        boolean belowFloor = targets.minConductivity() != null && (Double.isNaN(log) || log < floor || upperBound);
        String air = a.flags().airStability();
        boolean airStable = air.equals("stable") || air.equals("reversible-hydrate");
        double processing = Double.NaN;
        for (Finding f : a.findings()) {
            if ("minProcessingC".equals(f.feature()) && f.hasMagnitude()) {
                processing = Double.isNaN(processing) ? f.magnitude() : Math.min(processing, f.magnitude());
            }
        }
        boolean tooHot = targets.maxProcessingTemperatureC() != null && !Double.isNaN(processing)
                && processing > targets.maxProcessingTemperatureC();
        List<String> excluded = new ArrayList<>();
        // elements inside units count too: excluding B excludes every closo-borate
        for (String k : a.analysis().formula().elements().keySet()) {
            if (targets.excludeElements().contains(k)) {
                excluded.add(k);
            }
        }
        List<Integer> evidence = evidence(a);
        // the margin counts from the ranking's end of the estimate: by default the cautious one, so a guess far from
        // the evidence (a wide u) cannot outrank a composition anchored on its own host's measurement
        double figure = a.estimate().map(ranking::figure).orElse(Double.NaN);
        long margin = Math.round(weight("conductivityMargin") * clamp(Double.isNaN(figure) ? -3 : figure - floor, -3, 3) * 1000);
        long airReward = targets.air().equals("ignore") ? 0 : Math.round(weight("airStability") * switch (air) {
            case "stable" -> 1.0;
            case "reversible-hydrate" -> 0.7;
            case "unknown" -> 0.3;
            default -> 0.0;
        } * 1000);
        boolean naAnode = targets.anodeChoice().equals("Na") || targets.anodeChoice().equals("any");
        long naReward = !naAnode ? 0 : Math.round(weight("naMetal") * switch (a.flags().naMetal()) {
            case "stable" -> 1.0;
            case "passivating" -> 0.8;
            case "unknown" -> 0.3;
            default -> 0.0;
        } * 1000);
        int dopings = a.analysis().match().map(m -> m.substitutions().size()).orElse(c.dopings().size());
        double pastOptimum = 0;
        for (Finding f : a.findings()) {
            if (f.rule().equals("dopant-past-optimum") && f.hasMagnitude()) {
                pastOptimum = Math.max(pastOptimum, f.magnitude());
            }
        }
        // fewer dopants, and none past the level the review found best (H6)
        long dopantPenalty = Math.round(weight("fewerDopants") * (dopings + Math.min(pastOptimum, 5)) * 1000);
        long evidenceReward = evidence.isEmpty() && evidenceCites(a).isEmpty() ? 0 : Math.round(weight("evidence") * 1000);
        long likelihood = Double.isNaN(c.prior()) ? 0 : Math.round(weight("likelihood") * clamp(c.prior(), -5, 5) * 100);
        double v = cathodeVoltage();
        double limit = a.flags().oxidationLimitV();
        long window = Double.isNaN(v) || Double.isNaN(limit) || limit >= v ? 0
                : Math.round(weight("cathodeWindow") * (v - limit) * 1000);
        return new ScoredCandidate(id, c, a, a.analysis().match().map(m -> m.host().id()).orElse("(no host)"),
                a.analysis().familyLabel(), log, unc, air, a.flags().naMetal(), limit, processing, excluded,
                a.analysis().chargeBalanced(), evidence, evidenceCites(a), belowFloor,
                targets.air().equals("required") && !airStable, tooHot,
                margin, airReward, naReward, dopantPenalty, evidenceReward, likelihood, window,
                a.estimate().map(e -> e.support()).orElse(Estimate.EXPLORATORY), figure);
    }

    /** Refs of the records of this very composition, or of the reported optimum of this doping. */
    private List<Integer> evidence(Assessment a) {
        Set<Integer> refs = new LinkedHashSet<>();
        for (LiteratureRecord r : a.reported()) {
            refs.addAll(r.refs());
        }
        a.analysis().match().ifPresent(m -> {
            for (Substitution s : m.substitutions()) {
                for (DopantOptimum o : advisor.optima()) {
                    if (o.host().equals(m.host().id()) && o.site().equals(s.site()) && o.dopant().equals(s.dopant())) {
                        refs.addAll(o.refs());
                    }
                }
                // a series the review says raises conductivity, even without a value (Sc on Zr in NZSP [87, 92])
                for (DopingSeries ds : advisor.knowledge().series()) {
                    if (ds.raises() && ds.host().equals(m.host().id()) && s.dopant().equals(ds.dopantElement())
                            && (ds.site() == null || ds.site().equals(s.site()))) {
                        refs.addAll(ds.refs());
                    }
                }
            }
        });
        return List.copyOf(refs);
    }

    /** Keys of papers outside the review that report this composition or this doping's series. */
    private List<String> evidenceCites(Assessment a) {
        Set<String> cites = new LinkedHashSet<>();
        for (LiteratureRecord r : a.reported()) {
            cites.addAll(r.cites());
        }
        a.analysis().match().ifPresent(m -> {
            for (Substitution s : m.substitutions()) {
                for (DopantOptimum o : advisor.optima()) {
                    if (o.host().equals(m.host().id()) && o.site().equals(s.site()) && o.dopant().equals(s.dopant())) {
                        cites.addAll(o.cites());
                    }
                }
            }
        });
        return List.copyOf(cites);
    }

    static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
