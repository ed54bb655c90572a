package org.nasse.advisor.advice;

import java.util.ArrayList;
import java.util.List;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.analysis.Analyzer;
import org.nasse.advisor.analysis.DopantOptima;
import org.nasse.advisor.estimate.Anchors;
import org.nasse.advisor.estimate.ConductivityModel;
import org.nasse.advisor.estimate.Estimator;
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
    private final Estimator estimator;
    private final java.util.Map<String, List<org.nasse.advisor.knowledge.LiteratureRecord>> reported = new java.util.HashMap<>();

    /** Room temperature, the default of every estimate. */
    public static final double ROOM_TEMPERATURE_C = 25;

    public Advisor(KnowledgeBase knowledge, RuleSet rules, ConductivityModel model) {
        this.knowledge = knowledge;
        this.analyzer = new Analyzer(knowledge);
        this.rules = rules;
        this.facts = new RuleFacts(knowledge.chemistry().table());
        this.optima = DopantOptima.from(knowledge, analyzer);
        this.estimator = new Estimator(new Anchors(knowledge, analyzer), model);
        for (var r : knowledge.records()) {
            reported.computeIfAbsent(knowledge.chemistry().parse(r.composition()).toString(), k -> new ArrayList<>()).add(r);
        }
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

    public List<Assessment> assessAll(List<Analysis> analyses) {
        return assessAll(analyses, ROOM_TEMPERATURE_C);
    }

    /** Runs already analysed compositions through the rules together, and estimates each at the temperature. */
    public List<Assessment> assessAll(List<Analysis> analyses, double temperatureC) {
        List<List<Object>> batch = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            batch.add(analyses.get(i).chargeBalanced() ? facts.of(i, analyses.get(i)) : List.of());
        }
        FindingSink sink = rules.evaluate(batch, optima);
        List<List<Finding>> byComposition = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            byComposition.add(new ArrayList<>());
        }
        for (Finding f : sink.findings()) {
            byComposition.get(f.composition()).add(f);
        }
        List<Assessment> out = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            List<Finding> fs = byComposition.get(i);
            fs.sort(FINDING_ORDER);
            out.add(new Assessment(analyses.get(i), fs, sink.flags(i), estimator.estimate(analyses.get(i), fs, temperatureC),
                    reported.getOrDefault(analyses.get(i).formula().toString(), List.of())));
        }
        return out;
    }

    /** Heuristic number order (H1 before H10), then rule name: stable output for users and tests. */
    static final java.util.Comparator<Finding> FINDING_ORDER = java.util.Comparator
            .comparingInt(Finding::heuristicNumber).thenComparing(Finding::rule);
}
