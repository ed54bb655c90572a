package org.nasse.advisor.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.rules.Finding;
import org.nasse.advisor.analysis.HostMatch;
import org.nasse.advisor.knowledge.LiteratureRecord;

/**
 * log10 σ(T) = log10 σa + Δ + log10(Ta/T) − (Ea − λΔ)/(k ln10)·(1/T − 1/Ta), with Δ = Σ cᵢ fᵢ the
 * findings' effect in decades, λ the fitted Ea shift per decade, and (σa, Ta, Ea) the anchor.
 * The uncertainty adds in quadrature the fit's own error, a term per substitution and one per
 * 100 K of extrapolation from the anchor; without a host it starts from the family's spread.
 */
public final class Estimator {
    private static final double MIN_EA = 0.05;

    private final Anchors anchors;
    private final ConductivityModel model;

    public Estimator(Anchors anchors, ConductivityModel model) {
        this.anchors = anchors;
        this.model = model;
    }

    public ConductivityModel model() {
        return model;
    }

    public Anchors anchors() {
        return anchors;
    }

    public Optional<Estimate> estimate(Analysis analysis, List<Finding> findings, double temperatureC) {
        return estimate(analysis, findings, temperatureC, model, Set.of());
    }

    /** With an explicit model and excluded records: what calibration and leave-one-out use. */
    public Optional<Estimate> estimate(Analysis analysis, List<Finding> findings, double temperatureC, ConductivityModel m,
                                       Set<LiteratureRecord> excluded) {
        if (!analysis.chargeBalanced()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        HostMatch match = analysis.match().orElse(null);
        Optional<Anchor> anchor = match == null ? Optional.empty() : anchors.forHost(match.host(), excluded);
        if (anchor.isEmpty()) {
            anchor = anchors.forFamily(analysis.familyLabel(), excluded);
            if (anchor.isEmpty()) {
                return Optional.empty();
            }
            notes.add(match == null ? "no host in the knowledge base: family-level estimate, wide uncertainty"
                    : "the host " + match.host().id() + " has no reported conductivity: family-level anchor, wide uncertainty");
        }
        Anchor an = anchor.get();
        Features f = Features.of(analysis, findings);
        Map<String, Double> contributions = new LinkedHashMap<>();
        double delta = 0;
        double[] v = f.vector();
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0 && m != null) {
                double c = m.coefficient(Features.NAMES.get(i)) * v[i];
                contributions.put(Features.NAMES.get(i), Anchors.round(c));
                delta += c;
            }
        }
        if (m == null) {
            notes.add("the model is not calibrated (run `advisor calibrate`): the host's own conductivity only");
        }
        double lambda = m == null ? 0 : m.eaShiftPerDecade();
        double ea = Math.max(MIN_EA, an.eaEV() - lambda * delta);
        double log = an.log10SigmaAt(temperatureC, ea) + delta;
        if (!an.eaMeasured() && Math.abs(temperatureC - an.temperatureC()) > 20) {
            notes.add(String.format("Ea %.2f eV is the family median, not measured for this host", ea));
        }
        boolean upperBound = "complex-hydride".equals(analysis.familyLabel()) && an.temperatureC() > 80
                && temperatureC < an.temperatureC() - 40 && f.disorder() == 0;
        if (upperBound) {
            notes.add("the anchor is the disordered high-temperature phase; below the order-disorder transition "
                    + "conductivity drops by orders of magnitude, so this is an upper bound (H8)");
        }
        double u = uncertainty(m, an, f, temperatureC, analysis.familyLabel(), excluded);
        return Optional.of(new Estimate(temperatureC, Anchors.round(log), Anchors.round(u), Anchors.round(ea), an,
                contributions, notes, upperBound));
    }

    private double uncertainty(ConductivityModel m, Anchor an, Features f, double temperatureC, String family,
                               Set<LiteratureRecord> excluded) {
        if (m == null) {
            return an.familyLevel() ? 2.0 : 1.0;
        }
        ConductivityModel.Uncertainty u = m.uncertainty();
        double base = u.base();
        if (an.familyLevel()) {
            ConductivityModel.Statistic s = anchors.familyLog10Sigma25(family, excluded);
            base = Math.max(u.noHost(), s.spread() == null ? u.noHost() : s.spread());
        }
        double subs = u.perSubstitution() * f.substitutions();
        double temp = u.perHundredKelvin() * Math.abs(temperatureC - an.temperatureC()) / 100;
        return Math.sqrt(base * base + subs * subs + temp * temp);
    }
}
