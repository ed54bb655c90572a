package org.nasse.advisor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.estimate.Estimate;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.planning.CompositionPlanner;
import org.nasse.advisor.planning.Recommender;
import org.nasse.advisor.planning.ScoredCandidate;
import org.nasse.advisor.planning.StackPlanner;
import org.nasse.advisor.rules.Finding;

/**
 * One self-contained HTML file (no scripts, no network): tables, and inline SVG charts — an
 * Arrhenius plot (log σ vs 1000/T) of the recommended compositions against their hosts' anchors,
 * and the soft score of each recommendation split by constraint. Styled to print on A4.
 */
public final class HtmlReport {
    private static final String[] COLOURS = {"#1b6ca8", "#c0392b", "#27ae60", "#8e44ad", "#d68910", "#16a085", "#2c3e50",
        "#a04000", "#5d6d7e", "#b03a2e"};

    private HtmlReport() {
    }

    public static String render(Recommender.Recommendation r, KnowledgeBase kb) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(r.scenario().name()))
                .append("</title>\n<style>\nbody{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;color:#222;line-height:1.4}"
                        + "h1{font-size:1.6rem}h2{border-bottom:1px solid #999;font-size:1.25rem;margin-top:2rem}"
                        + "table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}"
                        + "th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top}th{background:#eee}"
                        + ".ok{color:#1e7b34}.bad{color:#a93226}.small{font-size:.8rem;color:#555}figure{margin:1rem 0}"
                        + "@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,figure{break-inside:avoid}}\n</style></head><body>\n");
        h.append("<h1>").append(esc(r.scenario().name())).append("</h1>\n");
        var t = r.scenario().targets();
        h.append("<h2>Targets</h2>\n<table id=\"targets\"><tr><th>temperature</th><th>min. σ</th><th>air</th><th>anode</th><th>cathode</th>"
                + "<th>max. processing</th><th>excluded</th></tr><tr><td>").append(t.temperature()).append(" °C</td><td>")
                .append(t.minConductivity() == null ? "-" : t.minConductivity() + " S/cm").append("</td><td>").append(esc(t.air()))
                .append("</td><td>").append(esc(t.anodeChoice())).append("</td><td>")
                .append(esc(t.cathode() != null ? t.cathode() : t.cathodeVoltageV() != null ? t.cathodeVoltageV() + " V" : "-"))
                .append("</td><td>").append(t.maxProcessingTemperatureC() == null ? "-" : t.maxProcessingTemperatureC() + " °C")
                .append("</td><td>").append(esc(String.join(", ", t.excludeElements()))).append("</td></tr></table>\n");

        if (r.batch() != null) {
            h.append(HtmlBatch.section(r.batch()));
        }
        h.append("<h2>Recommended compositions</h2>\n<p class=\"small\">").append(r.candidatesConsidered())
                .append(" candidates considered; solver score ").append(esc(r.compositions().score().toString()))
                .append(". Ranked ").append(esc(r.ranking().description())).append(".</p>\n");
        h.append("<table id=\"compositions\"><tr><th>#</th><th>composition</th><th>host</th><th>σ at ").append(t.temperature())
                .append(" °C (S/cm)</th><th>± decades</th><th>support</th><th>substitutions</th><th>Na vac. / int.</th><th>constraints</th></tr>\n");
        Set<Integer> refs = new LinkedHashSet<>();
        int rank = 1;
        for (CompositionPlanner.Pick p : r.compositions().picks()) {
            ScoredCandidate c = p.candidate();
            var m = c.assessment().analysis().match();
            h.append("<tr><td>").append(rank++).append("</td><td>").append(esc(c.composition())).append("</td><td>").append(esc(c.host()))
                    .append("</td><td>").append(Double.isNaN(c.log10Sigma()) ? "-" : String.format("%.2e", Math.pow(10, c.log10Sigma())))
                    .append("</td><td>").append(Double.isNaN(c.log10Uncertainty()) ? "-" : String.format("%.1f", c.log10Uncertainty()))
                    .append("</td><td>").append(esc(c.support()))
                    .append("</td><td>").append(esc(m.map(x -> String.join("; ", x.substitutions().stream()
                            .map(s -> s.dopant() + " on " + s.site() + " " + s.fraction()).toList())).orElse("-")))
                    .append("</td><td>").append(m.map(x -> x.sodium().vacancies() + " / " + x.sodium().interstitials()).orElse("-"))
                    .append("</td><td>").append(constraints(p.matches())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        h.append("<figure id=\"arrhenius\">").append(arrhenius(r)).append("<figcaption class=\"small\">Arrhenius plot: estimated "
                + "log σ of each recommendation (solid) and of its anchor (dashed) against 1000/T, 0–300 °C.</figcaption></figure>\n");
        h.append("<figure id=\"scores\">").append(scoreChart(r)).append("<figcaption class=\"small\">Soft score of each "
                + "recommendation by constraint (points; bars left of zero are penalties).</figcaption></figure>\n");
        h.append("<h3>Why</h3>\n");
        Set<String> cites = new LinkedHashSet<>();
        List<CompositionPlanner.Pick> picks = r.compositions().picks();
        // grouped by host, as in the Markdown report: shared findings once, then each candidate's own
        for (FindingGroups.Group g : FindingGroups.of(picks.stream().map(CompositionPlanner.Pick::candidate).toList())) {
            if (g.several()) {
                h.append("<div class=\"host-group\"><p><b>").append(esc(g.host())).append("</b>: candidates ")
                        .append(String.join(", ", g.members().stream().map(m -> String.valueOf(m.rank())).toList()))
                        .append("</p>\n<p class=\"small\">Shared by all ").append(g.members().size()).append(" candidates of ")
                        .append(esc(g.host())).append(":</p><ul class=\"shared\">\n");
                g.shared().forEach(f -> h.append(item(f, "")));
                if (g.shared().isEmpty()) {
                    h.append("<li>(no finding is common to all of them)</li>\n");
                }
                h.append("</ul>\n");
                if (!g.partlyShared().isEmpty()) {
                    h.append("<p class=\"small\">Shared by some of them:</p><ul class=\"shared\">\n");
                    g.partlyShared().forEach(x -> h.append(item(x.finding(), " (candidates "
                            + String.join(", ", x.ranks().stream().map(String::valueOf).toList()) + ")")));
                    h.append("</ul>\n");
                }
            }
            for (FindingGroups.Member member : g.members()) {
                ScoredCandidate c = member.candidate();
                h.append("<p><b>").append(member.rank()).append(". ").append(esc(c.composition())).append("</b>")
                        .append(g.several() ? member.own().isEmpty() ? " — no findings of its own beyond those shared above" : " — its own findings" : "")
                        .append("</p><ul class=\"own\">\n");
                member.own().forEach(f -> h.append(item(f, "")));
                h.append("</ul>\n");
                for (Finding f : c.assessment().findings()) {
                    refs.addAll(f.refs());
                    cites.addAll(f.cites());
                }
                refs.addAll(c.evidenceRefs());
                cites.addAll(c.evidenceCites());
            }
            if (g.several()) {
                h.append("</div>\n");
            }
        }
        if (!r.proposals().isEmpty()) {
            h.append("<h2>Your candidates</h2>\n<table id=\"proposals\"><tr><th>composition</th><th>rank among all</th><th>constraints</th></tr>\n");
            for (Recommender.Proposal p : r.proposals()) {
                h.append("<tr><td>").append(esc(p.composition())).append("</td><td>").append(p.error() != null ? "-" : String.valueOf(p.rank()))
                        .append("</td><td>").append(p.error() != null ? "<span class=\"bad\">" + esc(p.error()) + "</span>" : constraints(p.pick().matches()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>Cell stacks</h2>\n<p class=\"small\">").append(r.stacksConsidered()).append(" stacks considered, ")
                .append(r.architecturesConsidered()).append(" distinct cells (one row per architecture, with its best separator). ")
                .append(esc(StackRows.HOW_RANKED)).append("</p>\n");
        h.append("<table id=\"stacks\"><tr><th>#</th><th>cathode</th><th>catholyte</th><th>separator</th><th>anode interlayer</th>"
                + "<th>anode</th><th>energy</th><th>interfaces</th><th>closest demonstrated cells</th><th>constraints</th></tr>\n");
        rank = 1;
        for (StackPlanner.Pick p : r.stacks()) {
            var s = p.stack();
            h.append("<tr><td>").append(rank++).append("</td><td>").append(esc(StackRows.cathode(s))).append("</td><td>")
                    .append(esc(s.catholyte() == null ? "-" : s.catholyte())).append("</td><td>").append(esc(s.electrolyte().composition()))
                    .append(s.separatorVariants().isEmpty() ? "" : "<br><span class=\"small\">" + esc(StackRows.variants(s, "")) + "</span>")
                    .append("</td><td>").append(esc(s.anodeInterlayer() == null ? "-" : s.anodeInterlayer())).append("</td><td>")
                    .append(esc(s.anode())).append("</td><td>").append(esc(StackRows.energy(s))).append("</td><td>");
            s.contacts().forEach(c -> h.append("<span class=\"").append(switch (c.status()) {
                case DEMONSTRATED, STATED -> "ok";
                default -> "bad";
            }).append("\">").append(esc(StackRows.contact(c))).append("</span><br>"));
            h.append("</td><td>").append(esc(StackRows.closest(s))).append("</td><td>").append(constraints(p.matches())).append("</td></tr>\n");
            refs.addAll(StackRows.refs(s));
        }
        h.append("</table>\n<h2>References</h2>\n<ol id=\"references\" class=\"small\" style=\"list-style:none;padding-left:0\">\n");
        for (int n : refs.stream().sorted().toList()) {
            kb.reference(n).ifPresent(ref -> h.append("<li>[").append(n).append("] ").append(esc(ref.citation())).append("</li>\n"));
        }
        h.append("</ol>\n<p class=\"small\">Reference numbers follow Q. Wang et al., “Research progress of inorganic sodium ion "
                + "conductors for solid-state batteries” (2025).</p>\n");
        if (!cites.isEmpty()) {
            h.append("<p class=\"small\">Papers outside the review:</p>\n<ul id=\"literature\" class=\"small\" style=\"list-style:none;padding-left:0\">\n");
            for (String key : cites.stream().sorted().toList()) {
                kb.literature(key).ifPresent(src -> h.append("<li>(").append(esc(key)).append(") ").append(esc(src.citation())).append("</li>\n"));
            }
            h.append("</ul>\n");
        }
        h.append("<p class=\"small\">Generated by na-sse-advisor.</p>\n</body></html>\n");
        return h.toString();
    }

    private static String item(Finding f, String suffix) {
        return "<li><b>" + esc(f.heuristic()) + " " + esc(f.effect()) + "</b> — " + esc(f.message()) + esc(suffix) + "</li>\n";
    }

    private static String constraints(Map<String, String> matches) {
        StringBuilder sb = new StringBuilder();
        matches.forEach((k, v) -> sb.append("<span class=\"").append(v.endsWith("hard") ? "bad" : "ok").append("\">")
                .append(esc(k)).append(" ").append(esc(v)).append("</span><br>"));
        return sb.toString();
    }

    /** log σ against 1000/T for 0–300 °C: each pick solid, its anchor dashed. */
    static String arrhenius(Recommender.Recommendation r) {
        double w = 640;
        double hgt = 360;
        double x0 = 60;
        double y0 = 20;
        double pw = w - 80;
        double ph = hgt - 70;
        double invMin = 1000 / (300 + 273.15);
        double invMax = 1000 / 273.15;
        List<double[]> lines = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (CompositionPlanner.Pick p : r.compositions().picks()) {
            Estimate e = p.candidate().assessment().estimate().orElse(null);
            if (e == null) {
                continue;
            }
            double[] ys = new double[2 * 31];
            for (int i = 0; i <= 30; i++) {
                double tc = i * 10;
                double base = e.anchor().log10SigmaAt(tc, e.eaEV());
                double delta = e.log10Sigma() - e.anchor().log10SigmaAt(e.temperatureC(), e.eaEV());
                ys[i] = base + delta;
                ys[31 + i] = e.anchor().log10SigmaAt(tc, e.anchor().eaEV());
                lo = Math.min(lo, Math.min(ys[i], ys[31 + i]));
                hi = Math.max(hi, Math.max(ys[i], ys[31 + i]));
            }
            lines.add(ys);
            labels.add(p.candidate().composition());
        }
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (int) w + "\" height=\"" + (int) hgt
                + "\" viewBox=\"0 0 " + (int) w + " " + (int) hgt + "\" role=\"img\" aria-label=\"Arrhenius plot\">");
        if (lines.isEmpty()) {
            return s.append("<text x=\"20\" y=\"40\">no estimates to plot</text></svg>").toString();
        }
        lo = Math.floor(lo);
        hi = Math.ceil(hi);
        s.append("<rect x=\"").append(x0).append("\" y=\"").append(y0).append("\" width=\"").append(pw).append("\" height=\"").append(ph)
                .append("\" fill=\"none\" stroke=\"#444\"/>");
        for (double v = lo; v <= hi; v += 1) {
            double y = y0 + ph - (v - lo) / (hi - lo) * ph;
            s.append(String.format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>", x0, y, x0 + pw, y));
            s.append(String.format("<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%.0f</text>", x0 - 5, y + 4, v));
        }
        for (double inv = 1.8; inv <= 3.65; inv += 0.3) {
            double x = x0 + (inv - invMin) / (invMax - invMin) * pw;
            s.append(String.format("<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%.1f</text>", x, y0 + ph + 15, inv));
        }
        s.append(String.format("<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\">1000/T (K⁻¹)</text>", x0 + pw / 2, hgt - 25));
        s.append(String.format("<text x=\"14\" y=\"%.1f\" font-size=\"12\" transform=\"rotate(-90 14 %.1f)\" text-anchor=\"middle\">log10 σ (S/cm)</text>",
                y0 + ph / 2, y0 + ph / 2));
        for (int k = 0; k < lines.size(); k++) {
            double[] ys = lines.get(k);
            String colour = COLOURS[k % COLOURS.length];
            for (int part = 0; part < 2; part++) {
                StringBuilder pts = new StringBuilder();
                for (int i = 0; i <= 30; i++) {
                    double inv = 1000 / (i * 10 + 273.15);
                    double x = x0 + (inv - invMin) / (invMax - invMin) * pw;
                    double y = y0 + ph - (ys[part * 31 + i] - lo) / (hi - lo) * ph;
                    pts.append(String.format("%.1f,%.1f ", x, y));
                }
                s.append("<polyline class=\"series\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                        .append(part == 1 ? " stroke-dasharray=\"5,4\" opacity=\"0.6\"" : "").append(" points=\"").append(pts.toString().trim()).append("\"/>");
            }
            s.append(String.format("<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\">%s</text>", x0 + pw - 250, y0 + 15 + 14 * k, colour, esc(labels.get(k))));
        }
        return s.append("</svg>").toString();
    }

    /** Horizontal stacked bars of each pick's soft constraint contributions. */
    static String scoreChart(Recommender.Recommendation r) {
        List<CompositionPlanner.Pick> picks = r.compositions().picks();
        Map<String, Integer> colourOf = new LinkedHashMap<>();
        double max = 1;
        List<Map<String, Double>> parts = new ArrayList<>();
        for (CompositionPlanner.Pick p : picks) {
            Map<String, Double> m = new LinkedHashMap<>();
            double pos = 0;
            double neg = 0;
            for (var e : p.matches().entrySet()) {
                if (e.getValue().endsWith("soft")) {
                    double v = Double.parseDouble(e.getValue().replace(" soft", "").replace("+", ""));
                    m.put(e.getKey(), v);
                    colourOf.putIfAbsent(e.getKey(), colourOf.size());
                    if (v > 0) {
                        pos += v;
                    } else {
                        neg -= v;
                    }
                }
            }
            max = Math.max(max, Math.max(pos, neg));
            parts.add(m);
        }
        double w = 640;
        double row = 26;
        double legend = 16 * colourOf.size();
        double hgt = 30 + row * picks.size() + legend + 10;
        double mid = 330;
        double scale = 280 / max;
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (int) w + "\" height=\"" + (int) hgt
                + "\" viewBox=\"0 0 " + (int) w + " " + (int) hgt + "\" role=\"img\" aria-label=\"Scores by constraint\">");
        s.append(String.format("<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#444\"/>", mid, mid, 20 + row * picks.size()));
        for (int i = 0; i < picks.size(); i++) {
            double y = 20 + row * i;
            double right = mid;
            double left = mid;
            for (var e : parts.get(i).entrySet()) {
                double len = Math.abs(e.getValue()) * scale;
                double x = e.getValue() >= 0 ? right : left - len;
                s.append(String.format("<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s</title></rect>",
                        x, y, Math.max(len, 0.5), row - 6, COLOURS[colourOf.get(e.getKey()) % COLOURS.length], esc(e.getKey()), e.getValue()));
                if (e.getValue() >= 0) {
                    right += len;
                } else {
                    left -= len;
                }
            }
            s.append(String.format("<text x=\"4\" y=\"%.1f\" font-size=\"11\">%d</text>", y + row / 2, i + 1));
        }
        int k = 0;
        for (String name : colourOf.keySet()) {
            double y = 30 + row * picks.size() + 16 * k;
            s.append(String.format("<rect x=\"20\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"36\" y=\"%.1f\" font-size=\"11\">%s</text>",
                    y - 9, COLOURS[k % COLOURS.length], y, esc(name)));
            k++;
        }
        return s.append("</svg>").toString();
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
