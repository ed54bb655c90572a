package org.nasse.advisor.advice;

import java.util.ArrayList;
import java.util.List;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.analysis.Analyzer;
import org.nasse.advisor.chemistry.CompositionIndex;
import org.nasse.advisor.analysis.Plausibility;
import org.nasse.advisor.analysis.ReportedDopings;
import org.nasse.advisor.analysis.StateShares;
import org.nasse.advisor.analysis.SubstitutionJudge;
import org.nasse.advisor.rules.DopantOptima;
import org.nasse.advisor.estimate.Anchors;
import org.nasse.advisor.estimate.ConductivityModel;
import org.nasse.advisor.estimate.Estimator;
import org.nasse.advisor.estimate.Evidence;
import org.nasse.advisor.knowledge.LiteratureRecord;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.rules.DopantOptimum;
import org.nasse.advisor.rules.Finding;
import org.nasse.advisor.rules.FindingSink;
import org.nasse.advisor.rules.RuleFacts;
import org.nasse.advisor.rules.RuleSet;

/**
 * The pipeline: formula → analysis (chemistry, host, substitutions) → rules (findings, flags).
 * Many compositions go through the rules in one batch.
 */
public final class Advisor {
    private final KnowledgeBase knowledge;
    private final Analyzer analyzer;
    private final RuleSet rules;
    private final RuleFacts facts;
    private final List<DopantOptimum> optima;
    private final Evidence evidence;
    private final Estimator estimator;
    private final SubstitutionJudge judge;
    /** The records of each reported composition, whatever formula unit either is written per. */
    private final CompositionIndex<LiteratureRecord> reported;
    /** A lab's own measurements ({@code source: user}), in memory only; empty for the knowledge base alone. */
    private final List<LiteratureRecord> userRows;

    /** Room temperature, the default of every estimate. */
    public static final double ROOM_TEMPERATURE_C = 25;

    public Advisor(KnowledgeBase knowledge, RuleSet rules, ConductivityModel model) {
        this(knowledge, rules, model, List.of());
    }

    /**
     * With a lab's own rows beside the knowledge base's records: they anchor estimates, show dopings to the
     * judge and bound the family like any report, named "your data, line N". The model is used as given:
     * {@code calibration.UserEvidence} refits it on the literature and the rows.
     */
    public Advisor(KnowledgeBase knowledge, RuleSet rules, ConductivityModel model, List<LiteratureRecord> userRows) {
        this.knowledge = knowledge;
        this.userRows = List.copyOf(userRows);
        this.reported = new CompositionIndex<>();
        this.analyzer = new Analyzer(knowledge);
        this.rules = rules;
        this.optima = DopantOptima.from(knowledge, analyzer);
        // the reported values, analysed and run through the rules once: what every estimate stands on
        List<LiteratureRecord> records = new ArrayList<>(knowledge.records());
        records.addAll(this.userRows);
        List<Analysis> analyses = new ArrayList<>(records.size());
        for (LiteratureRecord r : records) {
            Analysis a = analyzer.analyze(r.composition());
            analyses.add(a);
            reported.add(a.formula(), r);
        }
        // every doping the literature has shown, so a proposed one is judged against it before it is estimated
        this.judge = new SubstitutionJudge(knowledge.chemistry().table(), knowledge.substitutionPrior(),
                ReportedDopings.of(knowledge, analyzer, records, analyses), StateShares.of(knowledge.chemistry().table()));
        this.facts = new RuleFacts(knowledge.chemistry().table(), rules.matches(org.nasse.advisor.rules.Ion.class));
        this.evidence = new Evidence(records, analyses, findingsOf(analyses));
        knowledge.hosts().forEach(h -> evidence.addHost(h.id(), analyzer.analyze(h.formula())));
        this.estimator = new Estimator(new Anchors(evidence), model, judge);
    }

    private Advisor(Advisor a, Estimator estimator) {
        this.knowledge = a.knowledge;
        this.analyzer = a.analyzer;
        this.rules = a.rules;
        this.facts = a.facts;
        this.optima = a.optima;
        this.evidence = a.evidence;
        this.judge = a.judge;
        this.reported = a.reported;
        this.userRows = a.userRows;
        this.estimator = estimator;
    }

    /**
     * The same advisor (evidence, judge, rules) with another model: the one refitted on the literature and the
     * user's rows; {@code literature} is the model fitted on the literature alone, so every term the rows moved
     * can say so ({@code movedBy}: what moved it).
     */
    public Advisor withModel(ConductivityModel model, ConductivityModel literature, String movedBy) {
        return new Advisor(this, new Estimator(estimator.anchors(), model, judge, literature, movedBy));
    }

    /** The lab's own rows this advisor stands on besides the knowledge base (empty without --evidence). */
    public List<LiteratureRecord> userRows() {
        return userRows;
    }

    public Evidence evidence() {
        return evidence;
    }

    /** Whether a dopant can take a site at all, against the dopings the literature has shown. */
    public SubstitutionJudge judge() {
        return judge;
    }

    public Estimator estimator() {
        return estimator;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    public RuleSet rules() {
        return rules;
    }

    public List<DopantOptimum> optima() {
        return optima;
    }

    /** Parses and analyses; throws FormulaSyntaxException for text that is not a formula. */
    public Assessment assess(String formula) {
        return assess(formula, ROOM_TEMPERATURE_C);
    }

    public Assessment assess(String formula, double temperatureC) {
        return assessAll(List.of(analyzer.analyze(formula)), temperatureC).get(0);
    }

    /** With {@code grain}, the estimate is of a grain's conductivity (bulk or single crystal), not a pellet's total. */
    public Assessment assess(String formula, double temperatureC, boolean grain) {
        return assessAll(List.of(analyzer.analyze(formula)), temperatureC, grain ? estimator.forGrain() : estimator).get(0);
    }

    public List<Assessment> assessAll(List<Analysis> analyses) {
        return assessAll(analyses, ROOM_TEMPERATURE_C);
    }

    /** What the knowledge base reports for this composition, whatever formula unit either is written per. */
    private List<LiteratureRecord> reportedOf(Analysis a) {
        return reported.get(a.formula());
    }

    /** Runs already analysed compositions through the rules together, and estimates each at the temperature. */
    public List<Assessment> assessAll(List<Analysis> analyses, double temperatureC) {
        return assessAll(analyses, temperatureC, estimator);
    }

    private List<Assessment> assessAll(List<Analysis> analyses, double temperatureC, Estimator estimator) {
        List<List<Plausibility>> judged = new ArrayList<>(analyses.size());
        for (Analysis a : analyses) {
            judged.add(a.chargeBalanced() ? judge.judgeAll(a) : List.of());
        }
        FindingSink sink = evaluate(analyses, judged);
        List<List<Finding>> byComposition = byComposition(sink, analyses.size());
        List<Assessment> out = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            List<Finding> fs = byComposition.get(i);
            out.add(new Assessment(analyses.get(i), fs, sink.flags(i),
                    estimator.estimate(analyses.get(i), fs, temperatureC, judged.get(i)),
                    reportedOf(analyses.get(i)), judged.get(i)));
        }
        return out;
    }

    /** The findings of each composition, in heuristic order. */
    private List<List<Finding>> findingsOf(List<Analysis> analyses) {
        List<List<Plausibility>> judged = new ArrayList<>(analyses.size());
        for (Analysis a : analyses) {
            judged.add(a.chargeBalanced() ? judge.judgeAll(a) : List.of());
        }
        return byComposition(evaluate(analyses, judged), analyses.size());
    }

    private FindingSink evaluate(List<Analysis> analyses, List<List<Plausibility>> judged) {
        List<List<Object>> batch = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            batch.add(analyses.get(i).chargeBalanced() ? facts.of(i, analyses.get(i), judged.get(i)) : List.of());
        }
        return rules.evaluate(batch, optima);
    }

    private static List<List<Finding>> byComposition(FindingSink sink, int n) {
        int[] count = new int[n];
        for (Finding f : sink.findings()) {
            count[f.composition()]++;
        }
        List<List<Finding>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(count[i]));
        }
        for (Finding f : sink.findings()) {
            out.get(f.composition()).add(f);
        }
        out.forEach(fs -> fs.sort(FINDING_ORDER));
        return out;
    }

    /** Heuristic number order (H1 before H10), then rule name: stable output for users and tests. */
    static final java.util.Comparator<Finding> FINDING_ORDER = (a, b) -> a.heuristicNumber() != b.heuristicNumber()
            ? Integer.compare(a.heuristicNumber(), b.heuristicNumber()) : a.rule().compareTo(b.rule());
}
