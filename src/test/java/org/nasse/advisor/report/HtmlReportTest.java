package org.nasse.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.planning.BatchPlanner;
import org.nasse.advisor.planning.Recommender;

/** The HTML report is one self-contained file with its tables, charts and citations. */
class HtmlReportTest {
    @Test
    void selfContainedWithChartsTablesAndReferences() {
        var advisor = TestRules.advisor();
        Recommender.Recommendation r = TestReports.oxideCathode();
        String html = HtmlReport.render(r, advisor.knowledge());
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).doesNotContain("<script").doesNotContain("http://www.w3.org/1999").doesNotContain("src=\"http")
                .doesNotContain("href=\"http");
        for (String id : new String[] {"targets", "compositions", "stacks", "references", "arrhenius", "scores"}) {
            assertThat(html).contains("id=\"" + id + "\"");
        }
        assertThat(html.split("class=\"series\"", -1).length - 1).isGreaterThanOrEqualTo(2 * 3);
        assertThat(html).contains("class=\"bar\"");
        assertThat(html).contains("@media print");
        // every cited reference is printed in full
        assertThat(html).containsPattern("\\[\\d+\\] [^<]+\\(\\d{4}\\)");
        String md = RecommendationReport.markdown(r, advisor.knowledge());
        assertThat(md).contains("## Compositions").contains("## Cell stacks").contains("## References");
    }

    @Test
    void theNextBatchIsInTheHtmlReportAsInTheMarkdown() {
        var advisor = TestRules.advisor();
        Recommender.Recommendation r = TestReports.airProcessable();
        assertThat(r.batch().picks()).hasSize(TestReports.BATCH);
        String html = HtmlReport.render(r, advisor.knowledge());
        String md = RecommendationReport.markdown(r, advisor.knowledge());
        assertThat(html).contains("<h2>Next batch</h2>").contains("id=\"batch\"");
        String section = html.substring(html.indexOf("<h2>Next batch</h2>"), html.indexOf("<h2>Recommended compositions</h2>"));
        assertThat(section.split("<tr>", -1).length - 1).as("header and one row per pick").isEqualTo(1 + TestReports.BATCH);
        for (BatchPlanner.Pick p : r.batch().picks()) {
            var c = p.candidate();
            // each pick with its composition, substitutions, estimate ± u, meetsTargets, expected gain and why: escaped
            assertThat(section).contains(HtmlReport.esc(c.composition())).contains(HtmlReport.esc(RecommendationReport.substitutions(c)))
                    .contains(String.format(java.util.Locale.ROOT, "%.2f ± %.2f", c.log10Sigma(), c.log10Uncertainty()))
                    .contains(String.format(java.util.Locale.ROOT, "%.3f", p.option().expectedGain()))
                    .contains(HtmlReport.esc(p.why()));
            assertThat(md).contains(c.composition()).contains(p.why());
        }
        assertThat(section).contains("<td class=\"ok\">yes</td>");
        // no raw text of the picks slips through unescaped
        assertThat(section.replaceAll("<[^>]*>", "")).doesNotContain("<").doesNotContain(">");
    }
}
