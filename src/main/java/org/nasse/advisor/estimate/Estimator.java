package org.nasse.advisor.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.analysis.HostMatch;
import org.nasse.advisor.rules.Finding;

/**
 * Known beats modelled. A composition the knowledge base reports at the asked temperature is
 * estimated by its reports (basis {@code reported}). Otherwise
 * log10 σ(T) = log10 σa + Δ + log10(Ta/T) − (Ea − λΔ)/(k ln10)·(1/T − 1/Ta), Δ = Σ sign·c·shape(f):
 * the anchor is the composition's own report at another temperature, else its host's parent
 * (basis {@code model}), else its nearest reported neighbours in the family (basis {@code family});
 * Δ adds the terms of the rule findings, each with its heuristic's sign and a fitted size ≥ 0.
 * The uncertainty adds in quadrature the error of that kind of estimate in leave-one-out validation,
 * a term per substitution and one per 100 K between anchor and the asked temperature.
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
        return estimate(analysis, Features.of(analysis, findings), temperatureC, model, Holdout.NONE);
    }

    /** With an explicit model and records kept out: what calibration and validation use. */
    public Optional<Estimate> estimate(Analysis analysis, Features features, double temperatureC, ConductivityModel m,
                                       Holdout excluded) {
        if (!analysis.chargeBalanced() || analysis.chargeBalance().zeroValent()) {
            return Optional.empty();
        }
        String family = analysis.familyLabel();
        HostMatch match = analysis.match().orElse(null);
        String host = match == null ? null : match.host().id();
        List<String> notes = new ArrayList<>();

        Optional<Anchor> own = anchors.reported(analysis.formula().toString(), host, family, temperatureC, excluded);
        if (own.isPresent() && own.get().kind() == Anchor.Kind.REPORTED) {
            Anchor a = own.get();
            double spread = anchors.reportedSpread(analysis.formula().toString(), temperatureC, excluded);
            double u = Math.max(m == null ? 0.2 : m.uncertainty().reported(), spread);
            notes.add("the knowledge base reports this composition at " + fmt(a.temperatureC()) + " °C: the estimate is the report");
            return Optional.of(new Estimate(temperatureC, Anchors.round(a.log10Sigma()), Anchors.round(u), Anchors.round(a.eaEV()),
                    Estimate.REPORTED, a, List.of(), notes, false));
        }

        Anchor anchor;
        List<Contribution> contributions = List.of();
        double delta = 0;
        double base;
        if (own.isPresent()) {
            anchor = own.get();
            base = m == null ? 0.5 : m.uncertainty().ownReport();
            notes.add("from this composition's own report at " + fmt(anchor.temperatureC()) + " °C");
        } else {
            Optional<Anchor> parent = match == null ? Optional.empty() : anchors.parent(match.host(), temperatureC, m, excluded);
            if (parent.isEmpty() && match != null) {
                // a host with no report of its own or of its dopings: place the host among its neighbours, then
                // dope it, so a doping can only move the estimate the way its findings say
                parent = anchors.hostAmongNeighbours(match.host(), temperatureC, excluded);
                parent.ifPresent(a -> notes.add("the host " + host + " has no reported conductivity: it is placed among "
                        + "the nearest reported " + family + " compositions"));
            }
            if (parent.isPresent()) {
                anchor = parent.get();
                if (m != null) {
                    contributions = m.contributions(features, host, family);
                    delta = contributions.stream().mapToDouble(Contribution::decades).sum();
                }
                base = m == null ? 1.0 : switch (anchor.kind()) {
                    case DERIVED_PARENT -> m.uncertainty().derivedParent();
                    case NEIGHBOURS -> m.uncertainty().neighbours().getOrDefault(family, m.uncertainty().neighboursDefault());
                    default -> m.uncertainty().model();
                };
                if (anchor.kind() == Anchor.Kind.DERIVED_PARENT) {
                    notes.add("the host " + host + " has no reported conductivity of its own: its parent is derived from its doped records");
                }
            } else {
                Optional<Anchor> near = anchors.neighbours(Evidence.fractions(analysis), family, temperatureC, excluded);
                if (near.isEmpty()) {
                    return Optional.empty();
                }
                anchor = near.get();
                base = m == null ? 2.0 : m.uncertainty().neighbours().getOrDefault(family, m.uncertainty().neighboursDefault());
                notes.add("no host in the knowledge base: estimated from the nearest reported " + family + " compositions");
            }
        }
        if (m == null) {
            notes.add("the model is not calibrated (run `advisor calibrate`): anchors only");
        }
        double lambda = m == null ? 0 : m.eaShiftPerDecade();
        double ea = Math.max(MIN_EA, anchor.eaEV() - lambda * delta);
        double log = anchor.log10SigmaAt(temperatureC, ea) + delta;
        if (!anchor.eaMeasured() && Math.abs(temperatureC - anchor.temperatureC()) > 20) {
            notes.add(String.format("Ea %.2f eV is the family median, not measured for this composition or host", ea));
        }
        boolean upperBound = "complex-hydride".equals(family) && anchor.temperatureC() > 80
                && temperatureC < anchor.temperatureC() - 40 && features.value(Term.HYDRIDE_ANION_MIXING) == 0;
        if (upperBound) {
            notes.add("the anchor is the disordered high-temperature phase; below the order-disorder transition "
                    + "conductivity drops by orders of magnitude, so this is an upper bound (H8)");
        }
        double u = base;
        if (m != null && !anchor.familyLevel()) {
            double subs = m.uncertainty().perSubstitution() * features.substitutions();
            double temp = m.uncertainty().perHundredKelvin() * Math.abs(temperatureC - anchor.temperatureC()) / 100;
            u = Math.sqrt(base * base + subs * subs + temp * temp);
        }
        String basis = anchor.familyLevel() ? Estimate.FAMILY : Estimate.MODEL;
        return Optional.of(new Estimate(temperatureC, Anchors.round(log), Anchors.round(u), Anchors.round(ea), basis, anchor,
                contributions, notes, upperBound));
    }

    private static String fmt(double x) {
        return java.math.BigDecimal.valueOf(Math.round(x * 10) / 10.0).stripTrailingZeros().toPlainString();
    }
}
