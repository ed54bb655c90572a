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
    /**
     * The least share of a second cluster anion that the review's room-temperature disordered salts have:
     * Na4(CB11H12)2(B12H12) a third [208], Na2(B12H12)0.5(B10H10)0.5 a half [140]; below a quarter no mixed salt is
     * shown to keep the disordered phase, so the high-temperature anchor stays an upper bound.
     */
    static final double MIXED_ENOUGH = 0.25;

    private final Anchors anchors;
    private final ConductivityModel model;
    private final SubstitutionJudge judge;
    /** The model fitted on the literature alone, where {@link #model} was refitted with a lab's rows; else null. */
    private final ConductivityModel literature;
    private final String movedBy;

    public Estimator(Anchors anchors, ConductivityModel model, SubstitutionJudge judge) {
        this(anchors, model, judge, null, null);
    }

    /**
     * With the model refitted on the literature and a lab's own rows, and the literature's own fit beside it: a
     * term whose decades the rows moved says so in the notes, with {@code movedBy} (which rows).
     */
    public Estimator(Anchors anchors, ConductivityModel model, SubstitutionJudge judge, ConductivityModel literature,
                     String movedBy) {
        this.anchors = anchors;
        this.model = model;
        this.judge = judge;
        this.literature = literature;
        this.movedBy = movedBy;
    }

    public ConductivityModel model() {
        return model;
    }

    public Anchors anchors() {
        return anchors;
    }

    private String of() {
        return anchors.grain() ? Estimate.OF_GRAIN : Estimate.OF_TOTAL;
    }

    private volatile Estimator grainEstimator;

    /**
     * The same model and judge, estimating a grain's conductivity (bulk or single crystal) instead of a dense
     * pellet's total: what {@code analyze --measured grain} asks for.
     */
    public Estimator forGrain() {
        if (anchors.grain()) {
            return this;
        }
        Estimator e = grainEstimator;
        if (e == null) {
            e = new Estimator(new Anchors(anchors.evidence(), true), model, judge, literature, movedBy);
            grainEstimator = e;
        }
        return e;
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
        Notes notes = new Notes();

        Optional<Anchor> own = anchors.reported(analysis.formula(), host, family, temperatureC, excluded);
        if (own.isPresent() && own.get().kind() == Anchor.Kind.REPORTED) {
            Anchor a = own.get();
            double spread = anchors.reportedSpread(analysis.formula(), temperatureC, excluded);
            double u = Math.max(m == null ? 0.2 : m.uncertainty().reported(), spread);
            boolean yours = a.source().contains("(your data, line");
            boolean both = yours && !(a.refs().isEmpty() && a.cites().isEmpty());
            notes.add((both ? "your data and the knowledge base report" : yours ? "your data reports" : "the knowledge base reports")
                    + " this composition at " + fmt(a.temperatureC()) + " °C: the estimate is the report");
            boolean upper = !a.total() && !anchors.grain();
            boolean lower = a.total() && anchors.grain();
            if (upper) {
                notes.add("the reports are " + a.measured() + " values, not a pellet's total conductivity: a dense pellet's is lower");
            } else if (lower) {
                notes.add("the reports are of a pellet's total conductivity, grain boundaries included: a grain's is higher, "
                        + "so this is a lower bound");
            }
            return Optional.of(new Estimate(temperatureC, Anchors.round(a.log10Sigma()), Anchors.round(u), Anchors.round(u), Anchors.round(a.eaEV()),
                    Estimate.REPORTED, a, List.of(), notes, upper, lower, of(), Estimate.SUPPORT_REPORTED,
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
                    if (m == model && literature != null) {
                        notes.addAll(moved(contributions, features, host, family));
                    }
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
            double median = ea;
            notes.later(() -> String.format("Ea %.2f eV is the family median, not measured for this composition or host", median));
        }
        boolean belowTransition = "complex-hydride".equals(family) && anchor.temperatureC() > 80
                && temperatureC < anchor.temperatureC() - 40;
        double minority = belowTransition ? minorityHydrideAnionShare(analysis) : 0;
        boolean upperBound = belowTransition && minority < MIXED_ENOUGH;
        if (upperBound) {
            notes.add("the anchor is the disordered high-temperature phase; below the order-disorder transition "
                    + "conductivity drops by orders of magnitude, so this is an upper bound (H8)"
                    + (minority > 0 ? String.format(java.util.Locale.ROOT, "; %.0f%% of the second anion is less than the "
                    + "review's mixed salts that stay disordered have (a third to a half [140, 208])", 100 * minority) : ""));
        }
        boolean lowerBound = false;
        if (!anchor.total() && !anchors.grain()) {
            upperBound = true;
            notes.add("the only reports to stand on are " + anchor.measured() + " values, which leave out the grain boundaries: "
                    + "a dense pellet's total conductivity is lower, so this is an upper bound");
        } else if (anchor.total() && anchors.grain()) {
            lowerBound = true;
            notes.add("the only reports to stand on are pellets' total conductivities, grain boundaries included: "
                    + "a grain's conductivity is higher, so this is a lower bound");
        }
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put(anchor.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), base);
        if (m != null && !anchor.familyLevel()) {
            parts.put("substitutions", m.uncertainty().perSubstitution() * features.substitutions());
            parts.put("temperature", m.uncertainty().perHundredKelvin() * Math.abs(temperatureC - anchor.temperatureC()) / 100);
        }
        if (!anchor.eaMeasured()) {
            // an Arrhenius line drawn with a borrowed Ea (the family's median) is as uncertain as that Ea, times how
            // far along the line the estimate reaches (and its neighbours were carried to it): one standard
            // deviation of the family's Eas
            double reach = Anchor.reach(anchor.temperatureC(), temperatureC) + anchor.borrowedReach();
            Double sd = reach == 0 ? null : anchors.familyEa(family, excluded).spread();
            if (sd != null) {
                parts.put("eaBorrowed", sd * reach);
            }
        }
        Distance distance = distance(match, judged, contributions, family, excluded);
        parts.put("evidence", distance.u());
        notes.addAll(distance.notes());
        // held to the evidence: a modelled gain may not lift the estimate above the family's best report
        Estimate.Ceiling ceiling = null;
        double keptGain = 1;
        Optional<Anchors.Best> best = anchors.familyBest(family, temperatureC, excluded);
        if (best.isPresent()) {
            Anchors.Best b = best.get();
            // a gain the model adds, or a grain's conductivity standing in for a pellet's, may not rise above the
            // family's best (pellet) report; a composition's own reports, brought to the temperature, may
            boolean grainOnly = !anchors.grain() && !anchor.total() && b.item().total();
            boolean capped = log > b.log10Sigma() && (delta > 0 || grainOnly);
            if (b.item().record().fromUser()) {
                notes.add("the family's best report at this temperature is yours: " + b.item().canonical() + " ("
                        + b.item().record().note() + ")");
            }
            ceiling = new Estimate.Ceiling(Anchors.round(b.log10Sigma()), b.item().canonical(), b.item().record().refs(),
                    b.item().record().cites(), capped, Anchors.round(log));
            if (capped) {
                parts.put("aboveEvidence", log - b.log10Sigma());
                // of the gain, only what stays under the cap is in the estimate: the doubt about the gain's size
                // reaches below it only in that proportion
                keptGain = delta > 0 ? Math.max(0, Math.min(1, (b.log10Sigma() - (log - delta)) / delta)) : 1;
                double uncapped = log;
                String what = delta > 0 ? "the model's gain" : "the " + anchor.measured() + " values it stands on";
                notes.later(() -> String.format(java.util.Locale.ROOT, "%s would put it at %.2g S/cm, above the "
                        + "best %s report at this temperature (%s, %.2g S/cm): held there, and the uncertainty reaches back to "
                        + "the uncapped value", what, Math.pow(10, uncapped), family, b.item().canonical(), Math.pow(10, b.log10Sigma())));
                log = b.log10Sigma();
            }
        }
        double u2 = 0;
        for (double p : parts.values()) {
            u2 += p * p;
        }
        // the cautious end: the cap's reach back up counts upwards only, the gain's doubt as far as the gain was kept
        double above = parts.getOrDefault("aboveEvidence", 0.0);
        double doubt = parts.getOrDefault("evidence", 0.0);
        double down2 = Math.max(0, u2 - above * above - doubt * doubt * (1 - keptGain * keptGain));
        parts.replaceAll((k, v) -> Anchors.round(v));
        parts.values().removeIf(v -> v == 0);
        String basis = anchor.familyLevel() ? Estimate.FAMILY : Estimate.MODEL;
        String support = anchor.kind() == Anchor.Kind.PARENT || anchor.kind() == Anchor.Kind.OWN_REPORT
                || anchor.kind() == Anchor.Kind.DERIVED_PARENT ? (distance.supported() ? Estimate.SUPPORTED : Estimate.EXPLORATORY)
                : Estimate.EXPLORATORY;
        return Optional.of(new Estimate(temperatureC, Anchors.round(log), Anchors.round(Math.sqrt(u2)), Anchors.round(Math.sqrt(down2)),
                Anchors.round(ea), basis, anchor, contributions, notes, upperBound, lowerBound, of(), support, parts, ceiling));
    }

    /** The share of the lesser of the two most abundant hydride cluster anions (0 with fewer than two). */
    static double minorityHydrideAnionShare(Analysis analysis) {
        List<Double> amounts = new ArrayList<>();
        analysis.formula().unitsAsDoubles().forEach((unit, amount) -> {
            if (unit.contains("H") && !unit.equals("H2O")) {
                amounts.add(amount);
            }
        });
        if (amounts.size() < 2) {
            return 0;
        }
        amounts.sort(java.util.Comparator.reverseOrder());
        return amounts.get(1) / (amounts.get(0) + amounts.get(1));
    }

    /** Each term whose decades a lab's rows moved, against the literature's own fit. */
    private List<String> moved(List<Contribution> contributions, Features features, String host, String family) {
        List<String> out = new ArrayList<>();
        Map<String, Contribution> before = new LinkedHashMap<>();
        for (Contribution c : literature.contributions(features, host, family)) {
            before.put(c.term(), c);
        }
        for (Contribution c : contributions) {
            Contribution b = before.get(c.term());
            double was = b == null ? 0 : b.decades();
            if (Math.abs(c.decades() - was) >= 0.005) {
                out.add(String.format(java.util.Locale.ROOT, "%s (%s): %+.2f decades, %+.2f from the literature alone: "
                        + "refitted with %s", c.term(), c.heuristic(), c.decades(), was, movedBy));
            }
        }
        return out;
    }

    /** How far a doping is from the evidence: the decades of model gain the evidence cannot vouch for, and why. */
    record Distance(double u, boolean supported, Notes notes) {
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
            return new Distance(0, false, new Notes());
        }
        double share = 0;
        boolean supported = true;
        Notes notes = new Notes();
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
                double uncertain = sh; // 0.25, 0.5 or 1
                notes.later(() -> s.dopant() + " on the " + s.site() + " site: " + p.evidence().words()
                        + (p.plausible() ? "" : ", and " + p.verdict().label() + " as a substitution")
                        + ": " + Math.round(100 * uncertain) + "% of the model's gain counts as uncertain");
            }
            share = Math.max(share, sh);
        }
        double u2 = 0;
        for (Contribution c : contributions) {
            Term t = Term.ofKey(c.term()).orElse(null);
            boolean borrowed = t != null && !anchors.familyCarries(family, t, excluded);
            if (borrowed && c.decades() != 0) {
                notes.later(() -> c.term() + " (" + c.heuristic() + "): no " + family + " record carries this term; its size "
                        + "is borrowed from other families and counts as uncertain in full");
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
