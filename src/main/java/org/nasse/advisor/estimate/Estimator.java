package org.nasse.advisor.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nasse.advisor.analysis.Analysis;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nasse.advisor.analysis.DopingEvidence;
import org.nasse.advisor.analysis.HostMatch;
import org.nasse.advisor.analysis.Plausibility;
import org.nasse.advisor.analysis.Substitution;
import org.nasse.advisor.analysis.SubstitutionJudge;
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
    private final SubstitutionJudge judge;

    public Estimator(Anchors anchors, ConductivityModel model, SubstitutionJudge judge) {
        this.anchors = anchors;
        this.model = model;
        this.judge = judge;
    }

    public ConductivityModel model() {
        return model;
    }

    public Anchors anchors() {
        return anchors;
    }

    public Optional<Estimate> estimate(Analysis analysis, List<Finding> findings, double temperatureC) {
        return estimate(analysis, findings, temperatureC, judge == null ? List.of() : judge.judgeAll(analysis));
    }

    /** With the judge's verdicts on the substitutions already at hand (the advisor judges each composition once). */
    public Optional<Estimate> estimate(Analysis analysis, List<Finding> findings, double temperatureC, List<Plausibility> judged) {
        return estimate(analysis, Features.of(analysis, findings), temperatureC, model, Holdout.NONE, judged);
    }

    /** With an explicit model and records kept out: what calibration and validation use. */
    public Optional<Estimate> estimate(Analysis analysis, Features features, double temperatureC, ConductivityModel m,
                                       Holdout excluded) {
        List<Plausibility> judged = judge == null ? List.of()
                : judge.judgeAll(analysis, excluded.isEmpty() ? java.util.Set.of() : anchors.withheldCompositions(excluded));
        return estimate(analysis, features, temperatureC, m, excluded, judged);
    }

    private Optional<Estimate> estimate(Analysis analysis, Features features, double temperatureC, ConductivityModel m,
                                        Holdout excluded, List<Plausibility> judged) {
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
            if (!a.total()) {
                notes.add("the reports are " + a.measured() + " values, not a pellet's total conductivity: a dense pellet's is lower");
            }
            return Optional.of(new Estimate(temperatureC, Anchors.round(a.log10Sigma()), Anchors.round(u), Anchors.round(a.eaEV()),
                    Estimate.REPORTED, a, List.of(), notes, !a.total(), Estimate.SUPPORT_REPORTED,
                    Map.of("reported", Anchors.round(u)), null));
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
        if (!anchor.total()) {
            upperBound = true;
            notes.add("the only reports to stand on are " + anchor.measured() + " values, which leave out the grain boundaries: "
                    + "a dense pellet's total conductivity is lower, so this is an upper bound");
        }
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put(anchor.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), base);
        if (m != null && !anchor.familyLevel()) {
            parts.put("substitutions", m.uncertainty().perSubstitution() * features.substitutions());
            parts.put("temperature", m.uncertainty().perHundredKelvin() * Math.abs(temperatureC - anchor.temperatureC()) / 100);
        }
        Distance distance = distance(match, judged, contributions, family, excluded);
        parts.put("evidence", distance.u());
        notes.addAll(distance.notes());
        // held to the evidence: a modelled gain may not lift the estimate above the family's best report
        Estimate.Ceiling ceiling = null;
        Optional<Anchors.Best> best = anchors.familyBest(family, temperatureC, excluded);
        if (best.isPresent()) {
            Anchors.Best b = best.get();
            boolean capped = log > b.log10Sigma() && delta > 0;
            ceiling = new Estimate.Ceiling(Anchors.round(b.log10Sigma()), b.item().canonical(), b.item().record().refs(),
                    b.item().record().cites(), capped, Anchors.round(log));
            if (capped) {
                parts.put("aboveEvidence", log - b.log10Sigma());
                notes.add(String.format(java.util.Locale.ROOT, "the model's gain would put it at %.2g S/cm, above the best %s "
                        + "report at this temperature (%s, %.2g S/cm): held there, and the uncertainty reaches back to the "
                        + "uncapped value", Math.pow(10, log), family, b.item().canonical(), Math.pow(10, b.log10Sigma())));
                log = b.log10Sigma();
            }
        }
        double u2 = 0;
        for (double p : parts.values()) {
            u2 += p * p;
        }
        parts.replaceAll((k, v) -> Anchors.round(v));
        parts.values().removeIf(v -> v == 0);
        String basis = anchor.familyLevel() ? Estimate.FAMILY : Estimate.MODEL;
        String support = anchor.kind() == Anchor.Kind.PARENT || anchor.kind() == Anchor.Kind.OWN_REPORT
                || anchor.kind() == Anchor.Kind.DERIVED_PARENT ? (distance.supported() ? Estimate.SUPPORTED : Estimate.EXPLORATORY)
                : Estimate.EXPLORATORY;
        return Optional.of(new Estimate(temperatureC, Anchors.round(log), Anchors.round(Math.sqrt(u2)), Anchors.round(ea), basis,
                anchor, contributions, notes, upperBound, support, parts, ceiling));
    }

    /** How far a doping is from the evidence: the decades of model gain the evidence cannot vouch for, and why. */
    record Distance(double u, boolean supported, List<String> notes) {
    }

    /**
     * A gain is only as good as the evidence that this doping does what the model says: none of it is
     * in doubt for a doping reported on this site of this host; a quarter for one reported in an
     * isostructural sister host; half for a dopant seen on such a site elsewhere in the family; all of it
     * for a dopant the family has never shown, for an implausible or doubtful substitution (the solid
     * solution may not form), and for a term no record of the family carries (a gain borrowed from
     * another family). Those shares of each contribution add in quadrature to the uncertainty.
     */
    private Distance distance(HostMatch match, List<Plausibility> judged, List<Contribution> contributions, String family,
                              Holdout excluded) {
        if (match == null || judged.size() != match.substitutions().size()) {
            return new Distance(0, false, List.of());
        }
        double share = 0;
        boolean supported = true;
        List<String> notes = new ArrayList<>();
        for (int k = 0; k < judged.size(); k++) {
            Substitution s = match.substitutions().get(k);
            Plausibility p = judged.get(k);
            double sh = switch (p.evidence()) {
                case REPORTED_IN_HOST -> 0;
                case REPORTED_IN_SISTER_HOST -> 0.25;
                case SEEN_IN_FAMILY -> 0.5;
                case NONE -> 1;
            };
            if (!p.plausible()) {
                sh = 1;
            }
            supported &= p.evidence() != DopingEvidence.NONE && !p.implausible();
            if (sh > 0) {
                notes.add(s.dopant() + " on the " + s.site() + " site: " + p.evidence().words()
                        + (p.plausible() ? "" : ", and " + p.verdict().label() + " as a substitution")
                        + ": " + Math.round(100 * sh) + "% of the model's gain counts as uncertain"); // sh is 0.25, 0.5 or 1
            }
            share = Math.max(share, sh);
        }
        double u2 = 0;
        for (Contribution c : contributions) {
            Term t = Term.ofKey(c.term()).orElse(null);
            boolean borrowed = t != null && !anchors.familyCarries(family, t, excluded);
            if (borrowed && c.decades() != 0) {
                notes.add(c.term() + " (" + c.heuristic() + "): no " + family + " record carries this term; its size is "
                        + "borrowed from other families and counts as uncertain in full");
            }
            double w = borrowed ? 1 : share;
            u2 += Math.pow(w * c.decades(), 2);
        }
        return new Distance(Math.sqrt(u2), supported, notes);
    }

    private static String fmt(double x) {
        return java.math.BigDecimal.valueOf(Math.round(x * 10) / 10.0).stripTrailingZeros().toPlainString();
    }
}
