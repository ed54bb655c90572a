package org.nasse.advisor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.planning.CompositionPlanner;
import org.nasse.advisor.planning.Recommender;
import org.nasse.advisor.planning.ScoredCandidate;
import org.nasse.advisor.planning.StackPlanner;
import org.nasse.advisor.planning.Targets;
import org.nasse.advisor.rules.Finding;

/** `recommend` output: the JSON of the command contract, and a Markdown report. */
public final class RecommendationReport {
    private RecommendationReport() {
    }

    public static Map<String, Object> json(Recommender.Recommendation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", r.scenario().name());
        scenario.put("targets", r.scenario().targets());
        scenario.put("top", r.scenario().topN());
        scenario.put("seed", r.scenario().randomSeed());
        m.put("scenario", scenario);
        m.put("rankedBy", r.ranking().name().toLowerCase(java.util.Locale.ROOT));
        m.put("howCompositionsAreRanked", r.ranking().description());
        m.put("candidatesConsidered", r.candidatesConsidered());
        m.put("score", r.compositions().score().toString());
        List<Map<String, Object>> comps = new ArrayList<>();
        int rank = 1;
        for (CompositionPlanner.Pick p : r.compositions().picks()) {
            comps.add(composition(rank++, p));
        }
        m.put("compositions", comps);
        List<Map<String, Object>> proposals = new ArrayList<>();
        for (Recommender.Proposal p : r.proposals()) {
            Map<String, Object> pm = p.pick() == null ? new LinkedHashMap<>() : composition(p.rank(), p.pick());
            if (p.error() != null) {
                pm.put("composition", p.composition());
                pm.put("error", p.error());
            } else {
                pm.put("rankAmongAll", p.rank());
            }
            proposals.add(pm);
        }
        m.put("proposals", proposals);
        m.put("stacksConsidered", r.stacksConsidered());
        m.put("architecturesConsidered", r.architecturesConsidered());
        List<Map<String, Object>> stacks = new ArrayList<>();
        rank = 1;
        for (StackPlanner.Pick p : r.stacks()) {
            stacks.add(StackRows.json(rank++, p));
        }
        m.put("howStacksAreRanked", StackRows.HOW_RANKED);
        m.put("stacks", stacks);
        if (r.batch() != null) {
            m.put("batchBest", org.nasse.advisor.planning.BatchPlanner.bestJson(r.batch()));
            m.put("batch", org.nasse.advisor.planning.BatchPlanner.json(r.batch()));
        }
        return m;
    }

    /** The next batch as Markdown: each pick with its substitutions, estimate, expected gain and why it is in the batch. */
    static String batchMarkdown(org.nasse.advisor.planning.BatchPlanner.Batch b) {
        StringBuilder sb = new StringBuilder("\n## Next batch\n\n").append(batchIntro(b)).append("\n\n");
        sb.append("| # | composition | host | substitutions | log10 σ ± u | meets targets | expected gain (decades) | why |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        int i = 1;
        for (var p : b.picks()) {
            ScoredCandidate c = p.candidate();
            sb.append(String.format(java.util.Locale.ROOT, "| %d | %s | %s | %s | %.2f ± %.2f | %s | %.3f | %s |%n", i++, c.composition(),
                    c.host(), substitutions(c), c.log10Sigma(), c.log10Uncertainty(), c.meetsTargets() ? "yes" : "no",
                    p.option().expectedGain(), p.why()));
        }
        return sb.toString();
    }

    /** What the batch is and against what it was chosen: one sentence shared by the Markdown and HTML reports. */
    static String batchIntro(org.nasse.advisor.planning.BatchPlanner.Batch b) {
        return String.format(java.util.Locale.ROOT, "%d syntheses chosen as one set (OptaPlanner) from %d options: expected "
                + "improvement over the best measured so far, %s (log10 σ %.2f), plus what each would teach; no two with the "
                + "same dopant on the same site%s.", b.picks().size(), b.optionsConsidered(), b.best().what(),
                b.best().log10Sigma(), b.settings().allowSameDoping() ? " (allowed here)" : "");
    }

    /** "W on Sb 0.12; …", or "-" without a host. */
    static String substitutions(ScoredCandidate c) {
        return c.assessment().analysis().match().map(m -> String.join("; ", m.substitutions().stream()
                .map(s -> s.dopant() + " on " + s.site() + " " + s.fraction()).toList())).orElse("-");
    }

    private static Map<String, Object> composition(int rank, CompositionPlanner.Pick p) {
        ScoredCandidate c = p.candidate();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rank", rank);
        m.put("composition", c.composition());
        m.put("host", c.host());
        m.put("family", c.family());
        m.put("score", p.scoreAlone().toString());
        m.put("log10Sigma", nan(c.log10Sigma()));
        m.put("log10Uncertainty", nan(c.log10Uncertainty()));
        m.put("rankLog10", nan(Math.round(c.rankLog10() * 1000) / 1000.0));
        m.put("basis", c.assessment() == null ? null : c.assessment().estimate().map(e -> e.basis()).orElse(null));
        m.put("support", c.support());
        m.put("meetsTargets", p.scoreAlone().hardScore() == 0);
        m.put("violations", violations(p.matches()));
        m.put("constraints", p.matches());
        m.put("airStability", c.airStability());
        m.put("naMetal", c.naMetal());
        m.put("oxidationLimitV", nan(c.oxidationLimitV()));
        m.put("processingC", nan(c.processingC()));
        m.put("evidence", c.evidenceRefs());
        m.put("substitutions", c.assessment().analysis().match().map(x -> x.substitutions().stream()
                .map(s -> s.dopant() + " on " + s.site() + " (" + s.fraction() + ")").toList()).orElse(List.of()));
        m.put("naVacancies", c.assessment().analysis().match().map(x -> x.sodium().vacancies()).orElse(null));
        m.put("naInterstitials", c.assessment().analysis().match().map(x -> x.sodium().interstitials()).orElse(null));
        m.put("findings", AnalysisJson.findings(c.assessment().findings()));
        return m;
    }

    static List<String> violations(Map<String, String> matches) {
        return matches.entrySet().stream().filter(e -> e.getValue().endsWith("hard")).map(Map.Entry::getKey).toList();
    }

    private static String bullet(Finding f) {
        return "- **" + f.heuristic() + " " + f.effect() + "** — " + f.message();
    }

    /** A table cell: pipes escaped, so a stack's layers stay in one column. */
    private static String md(String s) {
        return s.replace("|", "\\|");
    }

    private static Double nan(double x) {
        return Double.isNaN(x) ? null : Math.round(x * 1000) / 1000.0;
    }

    /** A Markdown report: targets, ranked compositions, ranked stacks, references with full citations. */
    public static String markdown(Recommender.Recommendation r, KnowledgeBase kb) {
        StringBuilder sb = new StringBuilder("# " + r.scenario().name() + "\n\n## Targets\n\n");
        Targets t = r.scenario().targets();
        sb.append("| target | value |\n|---|---|\n");
        sb.append("| temperature | ").append(t.temperature()).append(" °C |\n");
        sb.append("| min. conductivity | ").append(t.minConductivity() == null ? "-" : t.minConductivity() + " S/cm").append(" |\n");
        sb.append("| air stability | ").append(t.air()).append(" |\n| anode | ").append(t.anodeChoice()).append(" |\n");
        sb.append("| cathode | ").append(t.cathode() != null ? t.cathode() : t.cathodeVoltageV() != null ? t.cathodeVoltageV() + " V" : "-").append(" |\n");
        sb.append("| max. processing | ").append(t.maxProcessingTemperatureC() == null ? "-" : t.maxProcessingTemperatureC() + " °C").append(" |\n");
        sb.append("| excluded | ").append(t.excludeElements().isEmpty() ? "-" : String.join(", ", t.excludeElements())).append(" |\n\n");
        if (r.batch() != null) {
            sb.append(batchMarkdown(r.batch()).substring(1)).append('\n');
        }
        sb.append("## Compositions\n\n").append(r.candidatesConsidered()).append(" candidates considered; solver score ")
                .append(r.compositions().score()).append(". Ranked ").append(r.ranking().description())
                .append("; support: reported (the composition itself), supported (host measured, dopant seen in the family), ")
                .append("exploratory (further from the evidence).\n\n");
        sb.append("| # | composition | host | σ (S/cm) at ").append(t.temperature())
                .append(" °C | ± decades | support | meets targets | breaks |\n|---|---|---|---|---|---|---|---|\n");
        Set<Integer> refs = new LinkedHashSet<>();
        int rank = 1;
        for (CompositionPlanner.Pick p : r.compositions().picks()) {
            ScoredCandidate c = p.candidate();
            sb.append("| ").append(rank++).append(" | ").append(c.composition()).append(" | ").append(c.host()).append(" | ")
                    .append(Double.isNaN(c.log10Sigma()) ? "-" : String.format("%.1e", Math.pow(10, c.log10Sigma()))).append(" | ")
                    .append(Double.isNaN(c.log10Uncertainty()) ? "-" : String.format("%.1f", c.log10Uncertainty())).append(" | ")
                    .append(c.support()).append(" | ")
                    .append(p.scoreAlone().hardScore() == 0 ? "yes" : "no").append(" | ")
                    .append(String.join(", ", violations(p.matches()))).append(" |\n");
        }
        Set<String> cites = new LinkedHashSet<>();
        List<CompositionPlanner.Pick> picks = r.compositions().picks();
        // grouped by host: what every candidate of a host shares is said once, then each one's own findings
        for (FindingGroups.Group g : FindingGroups.of(picks.stream().map(CompositionPlanner.Pick::candidate).toList())) {
            String level = "### ";
            if (g.several()) {
                level = "#### ";
                sb.append("\n### ").append(g.host()).append(": candidates ")
                        .append(String.join(", ", g.members().stream().map(m -> String.valueOf(m.rank())).toList())).append("\n\n");
                sb.append("Shared by all ").append(g.members().size()).append(" candidates of ").append(g.host()).append(":\n\n");
                g.shared().forEach(f -> sb.append(bullet(f)).append('\n'));
                if (g.shared().isEmpty()) {
                    sb.append("- (no finding is common to all of them)\n");
                }
                if (!g.partlyShared().isEmpty()) {
                    sb.append("\nShared by some of them:\n\n");
                    g.partlyShared().forEach(x -> sb.append(bullet(x.finding())).append(" (candidates ")
                            .append(String.join(", ", x.ranks().stream().map(String::valueOf).toList())).append(")\n"));
                }
            }
            for (FindingGroups.Member member : g.members()) {
                CompositionPlanner.Pick p = picks.get(member.rank() - 1);
                ScoredCandidate c = p.candidate();
                sb.append('\n').append(level).append(member.rank()).append(". ").append(c.composition()).append("\n\n");
                c.assessment().analysis().match().ifPresent(m -> {
                    sb.append("Host ").append(m.host().id()).append("; ");
                    m.substitutions().forEach(s -> sb.append(s.dopant()).append(" on ").append(s.site()).append(" (")
                            .append(s.fraction()).append(" per f.u.); "));
                    sb.append(m.sodium().vacancies()).append(" Na vacancies, ").append(m.sodium().interstitials())
                            .append(" interstitials per f.u.\n\n");
                });
                sb.append("Constraints: ");
                p.matches().forEach((k, v) -> sb.append(k).append(" ").append(v).append("; "));
                sb.append("\n\n");
                if (g.several()) {
                    sb.append(member.own().isEmpty() ? "No findings of its own beyond those shared above.\n" : "Its own findings:\n\n");
                }
                member.own().forEach(f -> sb.append(bullet(f)).append('\n'));
                for (Finding f : c.assessment().findings()) {
                    refs.addAll(f.refs());
                    cites.addAll(f.cites());
                }
                refs.addAll(c.evidenceRefs());
                cites.addAll(c.evidenceCites());
            }
        }
        if (!r.proposals().isEmpty()) {
            sb.append("\n## Your candidates\n\n| composition | rank among all | meets targets | breaks |\n|---|---|---|---|\n");
            for (Recommender.Proposal p : r.proposals()) {
                if (p.error() != null) {
                    sb.append("| ").append(p.composition()).append(" | - | - | ").append(p.error()).append(" |\n");
                } else {
                    sb.append("| ").append(p.composition()).append(" | ").append(p.rank()).append(" | ")
                            .append(p.pick().scoreAlone().hardScore() == 0 ? "yes" : "no").append(" | ")
                            .append(String.join(", ", violations(p.pick().matches()))).append(" |\n");
                }
            }
        }
        sb.append("\n## Cell stacks\n\n").append(r.stacksConsidered()).append(" stacks considered, ").append(r.architecturesConsidered())
                .append(" distinct cells (one row per architecture, with its best separator). ").append(StackRows.HOW_RANKED)
                .append("\n\n| # | cathode + catholyte \\| separator \\| (interlayer) \\| anode | meets targets | energy | "
                        + "closest demonstrated cells | interfaces without precedent | breaks |\n|---|---|---|---|---|---|---|\n");
        rank = 1;
        for (StackPlanner.Pick p : r.stacks()) {
            var s = p.stack();
            sb.append("| ").append(rank++).append(" | ").append(md(StackRows.layers(s) + StackRows.variants(s, " — "))).append(" | ")
                    .append(p.scoreAlone().hardScore() == 0 ? "yes" : "no").append(" | ").append(md(StackRows.energy(s))).append(" | ")
                    .append(md(StackRows.closest(s))).append(" | ").append(md(StackRows.untested(s))).append(" | ")
                    .append(md(String.join("; ", s.violations()))).append(" |\n");
            refs.addAll(StackRows.refs(s));
        }
        rank = 1;
        for (StackPlanner.Pick p : r.stacks()) {
            var s = p.stack();
            sb.append("\n### Stack ").append(rank++).append(". ").append(StackRows.layers(s)).append("\n\n");
            sb.append("Cathode: ").append(StackRows.cathode(s)).append(".\n\n");
            if (!s.separatorVariants().isEmpty()) {
                sb.append("Separator: ").append(s.electrolyte().composition()).append(StackRows.variants(s, "; ")).append(".\n\n");
            }
            sb.append("Interfaces:\n\n");
            s.contacts().forEach(c -> sb.append("- ").append(StackRows.contact(c)).append('\n'));
            sb.append("\nEnergy: ").append(StackRows.energy(s)).append(s.energy().missing() == null ? "" : "; " + s.energy().missing())
                    .append(".\n\nConstraints: ");
            p.matches().forEach((k, v) -> sb.append(k).append(" ").append(v).append("; "));
            sb.append('\n');
        }
        sb.append("\n## References\n\n");
        for (int n : refs.stream().sorted().toList()) {
            kb.reference(n).ifPresent(ref -> sb.append("[").append(n).append("] ").append(ref.citation()).append('\n'));
        }
        sb.append("\nReference numbers are those of Q. Wang et al., \"Research progress of inorganic sodium ion conductors for solid-state batteries\" (2025).\n");
        if (!cites.isEmpty()) {
            sb.append("\nPapers outside the review:\n\n");
            for (String key : cites.stream().sorted().toList()) {
                kb.literature(key).ifPresent(src -> sb.append("(").append(key).append(") ").append(src.citation()).append('\n'));
            }
        }
        return sb.toString();
    }
}
