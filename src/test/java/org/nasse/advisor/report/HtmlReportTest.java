package org.nasse.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestRules;
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
}
