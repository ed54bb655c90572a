package org.nasse.advisor.report;

import java.util.Locale;
import org.nasse.advisor.planning.BatchPlanner;
import org.nasse.advisor.planning.ScoredCandidate;

/** The "Next batch" section of the HTML report: the same content as the Markdown's, every text escaped. */
final class HtmlBatch {
    private HtmlBatch() {
    }

    static String section(BatchPlanner.Batch b) {
        StringBuilder h = new StringBuilder("<h2>Next batch</h2>\n<p class=\"small\">");
        h.append(HtmlReport.esc(RecommendationReport.batchIntro(b))).append("</p>\n");
        h.append("<table id=\"batch\"><tr><th>#</th><th>composition</th><th>host</th><th>substitutions</th><th>log10 σ ± u</th>"
                + "<th>meets targets</th><th>expected gain (decades)</th><th>why</th></tr>\n");
        int i = 1;
        for (BatchPlanner.Pick p : b.picks()) {
            ScoredCandidate c = p.candidate();
            h.append("<tr><td>").append(i++).append("</td><td>").append(HtmlReport.esc(c.composition())).append("</td><td>")
                    .append(HtmlReport.esc(c.host())).append("</td><td>").append(HtmlReport.esc(RecommendationReport.substitutions(c)))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.2f ± %.2f", c.log10Sigma(), c.log10Uncertainty()))
                    .append("</td><td class=\"").append(c.meetsTargets() ? "ok\">yes" : "bad\">no").append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.3f", p.option().expectedGain())).append("</td><td>")
                    .append(HtmlReport.esc(p.why())).append("</td></tr>\n");
        }
        return h.append("</table>\n").toString();
    }
}
