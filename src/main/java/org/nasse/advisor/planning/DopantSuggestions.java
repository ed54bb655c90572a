package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.analysis.Plausibility;
import org.nasse.advisor.analysis.Substitution;
import org.nasse.advisor.analysis.SubstitutionJudge;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.estimate.Contribution;
import org.nasse.advisor.estimate.Estimate;
import org.nasse.advisor.rules.Finding;

/**
 * The distinct options for doping one host: one per (site, dopant), at the fraction where its ranking
 * figure is best (by default the cautious end of the estimate, log10 σ − u; see {@link Ranking}), with
 * the range of fractions within {@value #WORTH_TRYING_DECADES} decades of that. Options are ranked by
 * that figure: the uncertainty already carries how far each doping is from the evidence (reported in
 * this host, in a sister host, seen in the family, never; plausible or not as a substitution), so a
 * doping the literature has shown outranks an untried one of the same estimate. What the figure cannot
 * separate is told apart by the findings against the doping, the judge's verdict, the size mismatch
 * with the site, reported evidence, air stability and the data-mined substitution likelihood; options
 * that none of these separate are ties, and are numbered as such ("=3"). Each names its mechanism; a
 * doping that takes the host away from its family's optimum (Na out of NASICON) says so.
 */
public final class DopantSuggestions {
    /** Fractions whose figure is this close to the best are worth trying. */
    static final double WORTH_TRYING_DECADES = 0.25;
    /** Ranking figures closer than this are the same figure (the estimates are printed to 0.01 decade). */
    static final double SAME_FIGURE_DECADES = 0.02;
    /** Fractions whose figures are this close are the same to the model: the least dopant among them is proposed. */
    static final double SAME_ESTIMATE_DECADES = 0.1;
    /** Relative radius mismatches closer than this do not tell two dopants apart. */
    static final double SAME_SIZE = 0.05;

    /** One way to dope the host. {@code tiedWith} is the rank of the first option it ties with, else its own. */
    public record Option(ScoredCandidate best, Candidate.Doping doping, double fractionMin, double fractionMax,
                         String mechanism, String note, List<Integer> refs, List<String> cites, List<Finding> findings,
                         Plausibility plausibility, int rank, int tiedWith) {
        public double log10Sigma() {
            return best.log10Sigma();
        }

        public String basis() {
            return best.assessment().estimate().map(e -> e.basis()).orElse(null);
        }

        public String support() {
            return best.support();
        }

        public boolean tied() {
            return tiedWith != rank;
        }

        Option ranked(int r, int tie) {
            return new Option(best, doping, fractionMin, fractionMax, mechanism, note, refs, cites, findings, plausibility, r, tie);
        }
    }

    private DopantSuggestions() {
    }

    /** The options of one host's scored single dopings. */
    public static List<Option> of(List<ScoredCandidate> scored, SubstitutionJudge judge, Host host) {
        Map<String, List<ScoredCandidate>> bySiteAndDopant = new LinkedHashMap<>();
        for (ScoredCandidate c : scored) {
            if (c.candidate().dopings().size() != 1 || Double.isNaN(c.log10Sigma())) {
                continue;
            }
            Candidate.Doping d = c.candidate().dopings().get(0);
            bySiteAndDopant.computeIfAbsent(d.site() + "|" + d.dopant() + "|" + d.charge(), k -> new ArrayList<>()).add(c);
        }
        List<Option> out = new ArrayList<>();
        for (List<ScoredCandidate> all : bySiteAndDopant.values()) {
            // never past the reported optimum of the doping's own series, where there is a level below it
            List<ScoredCandidate> group = all.stream().filter(c -> !pastOptimum(c)).toList();
            if (group.isEmpty()) {
                group = all;
            }
            // within the model's resolution of the best figure, a reported composition (nothing left to go wrong), else the
            // least doping: less dopant, less to go wrong (solubility, secondary phases), and the model cannot tell them apart
            double top = group.stream().mapToDouble(ScoredCandidate::rankLog10).max().orElseThrow();
            ScoredCandidate best = group.stream().filter(c -> c.rankLog10() >= top - SAME_ESTIMATE_DECADES)
                    .min(Comparator.comparing((ScoredCandidate c) -> !Estimate.SUPPORT_REPORTED.equals(c.support()))
                            .thenComparingDouble(c -> c.candidate().dopings().get(0).fraction())).orElseThrow();
            double lo = Double.MAX_VALUE;
            double hi = 0;
            for (ScoredCandidate c : group) {
                if (c.rankLog10() >= top - WORTH_TRYING_DECADES) {
                    double x = c.candidate().dopings().get(0).fraction();
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
            out.add(option(best, lo, hi, judge, host));
        }
        out.sort(ORDER.thenComparing(o -> o.doping().site() + "|" + o.doping().dopant()));
        List<Option> ranked = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Option o = out.get(i);
            Option previous = i == 0 ? null : ranked.get(i - 1);
            boolean tie = previous != null && ORDER.compare(previous, o) == 0;
            ranked.add(o.ranked(i + 1, tie ? previous.tiedWith() : i + 1));
        }
        return ranked;
    }

    /** What tells two options apart, best first; options equal under all of it are ties. */
    static final Comparator<Option> ORDER = Comparator.comparingInt((Option o) -> o.best().hardViolations())
            .thenComparing(o -> -Math.round(o.best().rankLog10() / SAME_FIGURE_DECADES))
            .thenComparingInt(o -> lowering(o.findings()))
            .thenComparing(o -> o.plausibility().verdict())
            .thenComparing(o -> o.plausibility().evidence())
            // how often the pair substitutes in known compounds (λ, whole steps) before a few per cent of size: within
            // a plausible size it knows what radii do not (a lone-pair As³⁺ is no Ga³⁺ on an Al site)
            .thenComparing(o -> Double.isNaN(o.best().candidate().prior()) ? Long.MAX_VALUE : -Math.round(o.best().candidate().prior()))
            .thenComparing(o -> Math.round(sizeMismatch(o) / SAME_SIZE))
            .thenComparing(o -> o.best().evidenceRefs().isEmpty() && o.best().evidenceCites().isEmpty())
            .thenComparing(o -> -o.best().airReward())
            .thenComparing(o -> Double.isNaN(o.best().candidate().prior()) ? Double.MAX_VALUE : -round2(o.best().candidate().prior()));

    /** |Δr/r| of the dopant against the host ion; 0 where the radii are unknown. */
    static double sizeMismatch(Option o) {
        Plausibility.Concern c = o.plausibility().concern("size");
        return c == null ? o.best().assessment().analysis().match().flatMap(m -> m.substitutions().stream().findFirst())
                .filter(Substitution::hasRadii).map(s -> Math.abs(s.relativeRadiusChange())).orElse(0.0) : Math.abs(c.magnitude());
    }

    private static Option option(ScoredCandidate best, double lo, double hi, SubstitutionJudge judge, Host host) {
        Candidate.Doping d = best.candidate().dopings().get(0);
        Substitution s = best.assessment().analysis().match().flatMap(m -> m.substitutions().stream().findFirst()).orElse(null);
        String mechanism;
        String note = null;
        int dq = s == null ? d.charge() - d.hostCharge() : s.chargeDifference();
        if (d.site().equals("Na") || dq > 0) {
            if ("nasicon".equals(best.family())) {
                mechanism = "removes Na";
                note = "takes Na out of NASICON, away from the ~3 Na per formula unit where it conducts best (H7 [37,38])";
            } else {
                mechanism = "vacancy";
            }
        } else if (dq < 0) {
            mechanism = "interstitial";
        } else if (s != null && s.hasRadii() && s.relativeRadiusChange() > 0.05) {
            mechanism = "lattice expansion";
        } else if (s != null && s.hasRadii() && s.relativeRadiusChange() < -0.05) {
            mechanism = "lattice contraction";
            note = "a smaller isovalent ion narrows the Na channels (H3)";
        } else {
            mechanism = "isovalent";
        }
        Set<Integer> refs = new LinkedHashSet<>();
        Set<String> cites = new LinkedHashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (Finding f : best.assessment().findings()) {
            if (f.heuristicNumber() >= 1 && f.heuristicNumber() <= 8 || f.rule().endsWith("-substitution")) {
                findings.add(f);
                refs.addAll(f.refs());
                cites.addAll(f.cites());
            }
        }
        best.assessment().estimate().ifPresent(e -> {
            if (e.reported()) {
                refs.addAll(e.anchor().refs());
                cites.addAll(e.anchor().cites());
            }
        });
        refs.addAll(best.evidenceRefs());
        cites.addAll(best.evidenceCites());
        // the assessment's own verdict where it reads the composition as this host's doping; else judged as the generator meant it
        boolean readAsMeant = s != null && best.assessment().analysis().match().map(m -> m.host().id().equals(host.id())).orElse(false)
                && !best.assessment().plausibility().isEmpty();
        Plausibility p = readAsMeant ? best.assessment().plausibility().get(0) : judge.judge(host,
                host.sites().stream().filter(x -> x.site().equals(d.site())).findFirst().orElseThrow(), d.dopant(), d.charge());
        return new Option(best, d, lo, hi, mechanism, note, List.copyOf(refs), List.copyOf(cites), findings, p, 0, 0);
    }

    private static boolean pastOptimum(ScoredCandidate c) {
        return c.assessment().findings().stream().anyMatch(f -> f.rule().equals("dopant-past-optimum"));
    }

    /** How many of the findings say the doping lowers conductivity. */
    static int lowering(List<Finding> findings) {
        int n = 0;
        for (Finding f : findings) {
            n += f.effect().startsWith("lowers") ? 1 : 0;
        }
        return n;
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    /** The contributions of an option's estimate, for the report. */
    public static List<Contribution> contributions(Option o) {
        return o.best().assessment().estimate().map(e -> e.contributions()).orElse(List.of());
    }
}
