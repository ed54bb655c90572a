package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.progress.Progress;

/** A scenario in, ranked compositions and cell stacks out. */
public final class Recommender {
    private final Advisor advisor;

    public Recommender(Advisor advisor) {
        this.advisor = advisor;
    }

    /** A recommender over one advisor (a benchmark makes several over one loaded advisor). */
    @FunctionalInterface
    public interface Factory {
        Recommender create(Advisor advisor);
    }

    public record Proposal(String composition, CompositionPlanner.Pick pick, int rank, String error) {
    }

    public record Recommendation(Scenario scenario, int candidatesConsidered, CompositionPlanner.Result compositions,
                                 List<Proposal> proposals, List<StackPlanner.Pick> stacks, int stacksConsidered,
                                 int architecturesConsidered, Ranking ranking, BatchPlanner.Batch batch) {
    }

    public Recommendation recommend(Scenario scenario) {
        return recommend(scenario, Progress.SILENT);
    }

    public Recommendation recommend(Scenario scenario, Progress progress) {
        return recommend(scenario, progress, Ranking.CAUTIOUS);
    }

    public Recommendation recommend(Scenario scenario, Progress progress, Ranking ranking) {
        return recommend(scenario, progress, ranking, 0, false);
    }

    /** With {@code batch} > 0, also the next {@code batch} syntheses as one diverse set ({@link BatchPlanner}). */
    public Recommendation recommend(Scenario scenario, Progress progress, Ranking ranking, int batch, boolean allowSameDoping) {
        Targets t = scenario.targets();
        CandidateScorer scorer = new CandidateScorer(advisor, t, ranking);
        List<String> errors = new ArrayList<>();
        List<ScoredCandidate> pool = pool(scenario, scorer, errors, progress);
        long diversity = Math.round(scorer.weight("diversity") * 1000);
        progress.at("choosing compositions (OptaPlanner)", 0, 0);
        CompositionPlanner planner = new CompositionPlanner(scenario.randomSeed());
        CompositionPlanner.Result result = planner.plan(pool, scenario.topN(), diversity);

        progress.at("ranking your candidates", 0, 0);
        List<Proposal> proposals = new ArrayList<>();
        for (ScoredCandidate c : pool) {
            if (c.candidate().proposed()) {
                CompositionPlanner.Pick pick = planner.explain(c, diversity);
                int better = 0;
                for (ScoredCandidate o : pool) {
                    if (o != c && compare(o, c) > 0) {
                        better++;
                    }
                }
                proposals.add(new Proposal(c.composition(), pick, better + 1, null));
            }
        }
        for (String e : errors) {
            proposals.add(new Proposal(e.substring(0, e.indexOf(": ")), null, 0, e.substring(e.indexOf(": ") + 2)));
        }

        // electrolytes for the stacks: the recommended compositions and the hosts with a reported conductivity
        List<ScoredCandidate> electrolytes = new ArrayList<>();
        result.picks().forEach(p -> electrolytes.add(p.candidate()));
        for (ScoredCandidate c : pool) {
            if (c.candidate().dopings().isEmpty() && !c.candidate().proposed()
                    && advisor.knowledge().host(c.host()).map(h -> h.conductivity() != null).orElse(false)
                    && !electrolytes.contains(c)) {
                electrolytes.add(c);
            }
        }
        progress.at("building cell stacks", 0, 0);
        List<CellStack> stacks = new StackBuilder(advisor, t, scorer).build(electrolytes);
        // the top stacks are distinct cells: a separator's doping variants are already in the composition list
        List<CellStack> cells = StackBuilder.onePerArchitecture(stacks);
        progress.at("choosing cell stacks (OptaPlanner)", 0, 0);
        List<StackPlanner.Pick> stackPicks = new StackPlanner(scenario.randomSeed()).plan(cells, scenario.topN(), diversity);
        BatchPlanner.Batch next = null;
        if (batch > 0) {
            progress.at("choosing the next batch (OptaPlanner)", 0, 0);
            BatchPlanner planner2 = new BatchPlanner(scenario.randomSeed());
            BatchPlanner.Best best = bestMeasured(t, pool);
            Belief belief = Measured.belief(advisor, t.temperature());
            next = planner2.plan(planner2.options(pool, best, belief), batch, best,
                    new BatchPlanner.Settings(ranking.exploratory(), allowSameDoping), belief);
        }
        progress.at("done", 1, 1); // the solver ends early when interrupted: stop here rather than report it
        return new Recommendation(scenario, pool.size(), result, proposals, stackPicks, stacks.size(), cells.size(), ranking, next);
    }

    /**
     * The planner's candidates for the scenario, scored and de-duplicated: generated dopings, the hosts
     * themselves and the scenario's own candidates (those that cannot be read go to {@code errors} as
     * "composition: why").
     */
    public List<ScoredCandidate> pool(Scenario scenario, CandidateScorer scorer, List<String> errors, Progress progress) {
        progress.at("generating candidates", 0, 0);
        Targets t = scenario.targets();
        CandidateGenerator generator = CandidateGenerator.of(advisor);
        List<Candidate> candidates = new ArrayList<>(generator.generate(t, advisor.knowledge().hosts(),
                scorer.ranking().exploratory()));
        // the hosts themselves are candidates too
        for (Host h : advisor.knowledge().hosts()) {
            if (t.families().isEmpty() || t.families().contains(h.family())) {
                candidates.add(new Candidate(h.formula(), h.id(), List.of(), Double.NaN, false));
            }
        }
        for (String p : scenario.candidates()) {
            try {
                advisor.analyzer().analyze(p);
                candidates.add(new Candidate(p, "", List.of(), Double.NaN, true));
            } catch (FormulaSyntaxException e) {
                errors.add(p + ": " + e.getMessage());
            }
        }
        return dedupe(scorer.score(candidates, progress));
    }

    /**
     * The best measured so far for the targets: the best report (the knowledge base's or your own) at the targets'
     * temperature among the families the pool's candidates are in.
     */
    BatchPlanner.Best bestMeasured(Targets t, List<ScoredCandidate> pool) {
        Set<String> families = new java.util.TreeSet<>();
        pool.forEach(c -> families.add(c.family()));
        BatchPlanner.Best best = null;
        for (String f : families) {
            var b = advisor.estimator().anchors().familyBest(f, t.temperature(), org.nasse.advisor.estimate.Holdout.NONE);
            if (b.isPresent() && b.get().item().total() && (best == null || b.get().log10Sigma() > best.log10Sigma())) {
                var r = b.get().item().record();
                best = new BatchPlanner.Best(b.get().log10Sigma(), b.get().item().canonical() + " " + (r.fromUser()
                        ? "(" + r.note() + ")" : r.citationLabel()));
            }
        }
        return best != null ? best : new BatchPlanner.Best(-12, "nothing measured");
    }

    /** Hard violations first, then the soft total: how one candidate compares with another on its own. */
    public static int compare(ScoredCandidate a, ScoredCandidate b) {
        if (a.hardViolations() != b.hardViolations()) {
            return Integer.compare(b.hardViolations(), a.hardViolations());
        }
        return Long.compare(a.softAlone(), b.softAlone());
    }

    /** One candidate per canonical formula (a doping can be reached twice); the user's proposals win. */
    private static List<ScoredCandidate> dedupe(List<ScoredCandidate> scored) {
        Set<String> seen = new HashSet<>();
        List<ScoredCandidate> out = new ArrayList<>();
        for (ScoredCandidate c : scored.stream().sorted((a, b) -> Boolean.compare(b.candidate().proposed(), a.candidate().proposed())).toList()) {
            if (seen.add(c.assessment().analysis().formula().toString())) {
                out.add(c);
            }
        }
        return out;
    }
}
