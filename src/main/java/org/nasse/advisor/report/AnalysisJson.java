package org.nasse.advisor.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import org.nasse.advisor.advice.Assessment;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.estimate.Estimate;
import org.nasse.advisor.rules.Finding;
import org.nasse.advisor.analysis.HostMatch;
import org.nasse.advisor.analysis.Plausibility;
import org.nasse.advisor.analysis.Substitution;

/** The JSON of one analysed composition, field names and order as in the command contract. */
public final class AnalysisJson {
    /** Every top-level key {@link #of} may write, in its order (AnalysisJsonFieldsTest keeps the two in step). */
    public static final List<String> FIELDS = List.of("input", "formula", "units", "canonical", "chargeBalanced",
            "residualCharge", "chargeNote", "oxidationStates", "family", "host", "substitutions", "naVacancies",
            "naInterstitials", "sodium", "notes", "estimate", "reported", "findings", "flags", "error");

    private AnalysisJson() {
    }

    public static Map<String, Object> of(Assessment assessment) {
        Analysis a = assessment.analysis();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", a.input());
        m.put("formula", a.formula().elementsAsDoubles());
        if (!a.formula().units().isEmpty()) {
            m.put("units", a.formula().unitsAsDoubles());
        }
        m.put("canonical", a.formula().toString());
        m.put("chargeBalanced", a.chargeBalanced());
        if (!a.chargeBalanced() || a.chargeBalance().balancedWithinRounding()) {
            double r = a.chargeBalance().residualCharge();
            m.put("residualCharge", Double.isNaN(r) ? null : r);
        }
        if (a.chargeBalance().balancedWithinRounding()) {
            m.put("chargeNote", a.roundingNote());
        }
        m.put("oxidationStates", a.chargeBalance().oxidationStates());
        m.put("family", a.familyLabel());
        m.put("host", a.match().map(x -> x.host().id()).orElse(null));
        if (a.match().isPresent()) {
            HostMatch hm = a.match().get();
            List<Map<String, Object>> subs = new ArrayList<>();
            for (int k = 0; k < hm.substitutions().size(); k++) {
                Substitution s = hm.substitutions().get(k);
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("site", s.site());
                sm.put("hostElement", s.hostElement());
                sm.put("dopant", s.dopant());
                sm.put("fraction", s.fraction());
                sm.put("siteFraction", s.siteFraction());
                sm.put("hostOxidationState", s.hostOxidationState());
                sm.put("dopantOxidationState", s.dopantOxidationState());
                sm.put("type", s.isAliovalent() ? "aliovalent" : "isovalent");
                sm.put("coordination", s.coordination());
                sm.put("hostRadius", s.hostRadius());
                sm.put("dopantRadius", s.dopantRadius());
                sm.put("relativeRadiusChange", s.hasRadii() ? round(s.relativeRadiusChange()) : null);
                if (k < assessment.plausibility().size()) {
                    Plausibility p = assessment.plausibility().get(k);
                    sm.put("plausibility", p.verdict().label());
                    sm.put("evidence", p.evidence().words());
                    if (p.evidenceSource() != null) {
                        sm.put("evidenceSource", p.evidenceSource());
                    }
                    if (!p.concerns().isEmpty()) {
                        sm.put("concerns", p.concerns().stream().map(c -> Map.of("kind", c.kind(), "verdict", c.verdict().label(),
                                "why", c.why())).toList());
                    }
                }
                subs.add(sm);
            }
            m.put("substitutions", subs);
            m.put("naVacancies", hm.sodium().vacancies());
            m.put("naInterstitials", hm.sodium().interstitials());
            Map<String, Object> na = new LinkedHashMap<>();
            na.put("hostNa", hm.sodium().hostNa());
            na.put("na", hm.sodium().na());
            na.put("dopantsOnNaSites", hm.sodium().onNaSite());
            na.put("naSites", hm.sodium().naSites());
            na.put("emptyNaSites", hm.sodium().emptyNaSites());
            na.put("compensatedOnNa", hm.sodium().chargeCompensatedOnNa());
            m.put("sodium", na);
            if (!hm.notes().isEmpty()) {
                m.put("notes", hm.notes());
            }
        } else {
            m.put("substitutions", List.of());
            m.put("naVacancies", null);
            m.put("naInterstitials", null);
        }
        m.put("estimate", assessment.estimate().map(AnalysisJson::estimate).orElse(null));
        if (!assessment.reported().isEmpty()) {
            List<Map<String, Object>> reported = new ArrayList<>();
            for (var r : assessment.reported()) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("sigmaSPerCm", r.sigmaSPerCm());
                rm.put("temperatureC", r.temperatureC());
                rm.put("eaEV", r.eaEV());
                rm.put("refs", r.refs());
                rm.put("cites", r.cites());
                rm.put("source", r.source());
                rm.put("note", r.note());
                reported.add(rm);
            }
            m.put("reported", reported);
        }
        m.put("findings", findings(assessment.findings()));
        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("airStability", assessment.flags().airStability());
        flags.put("naMetal", assessment.flags().naMetal());
        flags.put("oxidationLimitV", Double.isNaN(assessment.flags().oxidationLimitV()) ? null : assessment.flags().oxidationLimitV());
        m.put("flags", flags);
        if (a.problem() != null) {
            m.put("error", a.problem());
        }
        return m;
    }

    /** Findings as every JSON output gives them: rule, heuristic, effect, feature and magnitude, message, refs (the review's reference numbers) and cites (keys of papers outside it). */
    public static List<Map<String, Object>> findings(List<Finding> findings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> fm = new LinkedHashMap<>(); // Map.of's order changes from run to run
            fm.put("rule", f.rule());
            fm.put("heuristic", f.heuristic());
            fm.put("effect", f.effect());
            if (f.feature() != null) {
                fm.put("feature", f.feature());
                fm.put("magnitude", f.hasMagnitude() ? round(f.magnitude()) : null);
            }
            fm.put("message", f.message());
            fm.put("refs", f.refs());
            fm.put("cites", f.cites());
            out.add(fm);
        }
        return out;
    }

    static Map<String, Object> estimate(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("temperatureC", e.temperatureC());
        m.put("log10Sigma", round(e.log10Sigma()));
        m.put("sigmaSPerCm", Double.parseDouble(String.format("%.3e", e.sigmaSPerCm())));
        m.put("log10Uncertainty", round(e.log10Uncertainty()));
        m.put("eaEV", round(e.eaEV()));
        m.put("of", e.of());
        m.put("basis", e.basis());
        m.put("support", e.support());
        m.put("lowerBoundLog10", round(e.lowerBoundLog10()));
        m.put("upperBoundLog10", round(e.upperBoundLog10()));
        m.put("uncertaintyParts", e.uncertaintyParts());
        if (e.ceiling() != null) {
            Map<String, Object> ceiling = new LinkedHashMap<>();
            ceiling.put("log10Sigma", e.ceiling().log10Sigma());
            ceiling.put("composition", e.ceiling().composition());
            ceiling.put("refs", e.ceiling().refs());
            ceiling.put("cites", e.ceiling().cites());
            ceiling.put("capped", e.ceiling().capped());
            if (e.ceiling().capped()) {
                ceiling.put("uncappedLog10Sigma", e.ceiling().uncappedLog10Sigma());
            }
            m.put("familyBest", ceiling);
        }
        Map<String, Object> anchor = new LinkedHashMap<>();
        anchor.put("kind", e.anchor().kind().name().toLowerCase().replace('_', '-'));
        anchor.put("source", e.anchor().source());
        anchor.put("log10Sigma", round(e.anchor().log10Sigma()));
        anchor.put("temperatureC", e.anchor().temperatureC());
        anchor.put("measured", e.anchor().measured());
        anchor.put("refs", e.anchor().refs());
        anchor.put("cites", e.anchor().cites());
        m.put("anchor", anchor);
        if (e.reported()) {
            m.put("refs", e.anchor().refs());
            m.put("cites", e.anchor().cites());
        }
        List<Map<String, Object>> contributions = new ArrayList<>();
        for (var c : e.contributions()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("term", c.term());
            cm.put("heuristic", c.heuristic());
            cm.put("finding", c.finding());
            cm.put("value", c.value());
            cm.put("weighted", c.weighted());
            cm.put("coefficient", c.coefficient());
            cm.put("decades", c.decades());
            if (c.note() != null) {
                cm.put("note", c.note());
            }
            contributions.add(cm);
        }
        m.put("contributions", contributions);
        if (e.upperBound()) {
            m.put("upperBound", true);
        }
        if (e.lowerBound()) {
            m.put("lowerBound", true);
        }
        if (!e.notes().isEmpty()) {
            m.put("notes", e.notes());
        }
        return m;
    }

    static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }

    /** A row that could not be read at all. */
    public static Map<String, Object> error(String input, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("error", message);
        return m;
    }
}
