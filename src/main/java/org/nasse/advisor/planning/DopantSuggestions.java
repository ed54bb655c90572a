package org.nasse.advisor.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.analysis.Substitution;
import org.nasse.advisor.estimate.Contribution;
import org.nasse.advisor.rules.Finding;

/**
 * The distinct options for doping one host: one per (site, dopant), at the fraction where its
 * estimate is best, with the range of fractions within {@value #WORTH_TRYING_DECADES} decades of
 * that, ranked by the estimate in tiers of {@value #RESOLUTION_DECADES} decades below the best one (finer
 * differences are below what the model resolves: its leave-one-out uncertainty is about ±0.6), then by the findings
 * against it, reported evidence for that doping, air stability and the data-mined substitution
 * likelihood. Each names its mechanism; a doping that takes the host away from its
 * family's optimum (Na out of NASICON) says so.
 */
public final class DopantSuggestions {
    /** Fractions whose estimate is this close to the best are worth trying. */
    static final double WORTH_TRYING_DECADES = 0.25;
    /** Estimates are ranked in steps of this many decades. */
    static final double RESOLUTION_DECADES = 0.5;

    /** One way to dope the host. */
    public record Option(ScoredCandidate best, Candidate.Doping doping, double fractionMin, double fractionMax,
                         String mechanism, String note, List<Integer> refs, List<String> cites, List<Finding> findings) {
        public double log10Sigma() {
            return best.log10Sigma();
        }

        public String basis() {
            return best.assessment().estimate().map(e -> e.basis()).orElse(null);
        }
    }

    private DopantSuggestions() {
    }

    public static List<Option> of(List<ScoredCandidate> scored) {
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
            ScoredCandidate best = group.stream().max(Comparator.comparingDouble((ScoredCandidate c) -> round2(c.log10Sigma()))
                    .thenComparing(c -> -c.candidate().dopings().get(0).fraction())).orElseThrow();
            double lo = Double.MAX_VALUE;
            double hi = 0;
            for (ScoredCandidate c : group) {
                if (c.log10Sigma() >= best.log10Sigma() - WORTH_TRYING_DECADES) {
                    double x = c.candidate().dopings().get(0).fraction();
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
            out.add(option(best, lo, hi));
        }
        // tiers counted down from the best estimate: options within half a decade of it are ties
        double top = out.stream().mapToDouble(Option::log10Sigma).max().orElse(0);
        out.sort(Comparator.comparingInt((Option o) -> o.best().hardViolations())
                .thenComparing(o -> Math.floor((top - o.log10Sigma()) / RESOLUTION_DECADES))
                .thenComparingInt(o -> lowering(o.findings()))
                .thenComparing(o -> o.best().evidenceRefs().isEmpty() && o.best().evidenceCites().isEmpty())
                .thenComparing(o -> -o.best().airReward())
                .thenComparing(o -> Double.isNaN(o.best().candidate().prior()) ? Double.MAX_VALUE : -o.best().candidate().prior()));
        return out;
    }

    private static Option option(ScoredCandidate best, double lo, double hi) {
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
            if (f.heuristicNumber() >= 1 && f.heuristicNumber() <= 8) {
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
        return new Option(best, d, lo, hi, mechanism, note, List.copyOf(refs), List.copyOf(cites), findings);
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
