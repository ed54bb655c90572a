package org.nasse.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.planning.CompositionPlanner;
import org.nasse.advisor.planning.Recommender;
import org.nasse.advisor.planning.ScoredCandidate;
import org.nasse.advisor.rules.Finding;

/**
 * Reports say once what the candidates of one host share: within a host's part of the Markdown and the
 * HTML, every finding of its candidates is printed exactly once, so no text is repeated under two of them
 * and none is lost.
 */
class ReportGroupingTest {

    /** The recommended compositions by host, where a host has two or more of them. */
    private static Map<String, List<ScoredCandidate>> hostsWithSeveral(Recommender.Recommendation r) {
        Map<String, List<ScoredCandidate>> byHost = new LinkedHashMap<>();
        for (CompositionPlanner.Pick p : r.compositions().picks()) {
            if (p.candidate().assessment().analysis().match().isPresent()) {
                byHost.computeIfAbsent(p.candidate().host(), k -> new ArrayList<>()).add(p.candidate());
            }
        }
        byHost.values().removeIf(l -> l.size() < 2);
        return byHost;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** Checks every host with several recommended compositions; returns how many there were. */
    private static int eachFindingOnceInItsHostsPart(Recommender.Recommendation r, boolean html) {
        var kb = TestRules.advisor().knowledge();
        String report = html ? HtmlReport.render(r, kb) : RecommendationReport.markdown(r, kb);
        Map<String, List<ScoredCandidate>> several = hostsWithSeveral(r);
        for (var e : several.entrySet()) {
            String host = e.getKey();
            String part;
            if (html) {
                int start = report.indexOf("<div class=\"host-group\"><p><b>" + HtmlReport.esc(host) + "</b>");
                assertThat(start).as("HTML group of " + host).isNotNegative();
                part = report.substring(start, report.indexOf("</div>", start));
            } else {
                int start = report.indexOf("\n### " + host + ": candidates ");
                assertThat(start).as("Markdown group of " + host).isNotNegative();
                int end = report.indexOf("\n### ", start + 1);
                int section = report.indexOf("\n## ", start + 1);
                part = report.substring(start, end < 0 || section >= 0 && section < end ? section : end);
            }
            assertThat(part).contains("Shared by all " + e.getValue().size() + " candidates of " + (html ? HtmlReport.esc(host) : host));
            for (ScoredCandidate c : e.getValue()) {
                assertThat(part).contains(html ? HtmlReport.esc(c.composition()) : c.composition());
                for (Finding f : c.assessment().findings()) {
                    String text = "— " + (html ? HtmlReport.esc(f.message()) : f.message());
                    assertThat(count(part, text)).as("times %s's finding %s is printed in the %s part of %s: %s", c.composition(),
                            f.rule(), html ? "HTML" : "Markdown", host, f.message()).isEqualTo(1);
                }
            }
        }
        return several.size();
    }

    @Test
    void markdownSaysWhatTheCandidatesOfAHostShareOnce() {
        int groups = eachFindingOnceInItsHostsPart(TestReports.airProcessable(), false)
                + eachFindingOnceInItsHostsPart(TestReports.oxideCathode(), false);
        assertThat(groups).as("hosts with several recommended compositions in the two scenarios").isPositive();
    }

    @Test
    void htmlSaysWhatTheCandidatesOfAHostShareOnce() {
        int groups = eachFindingOnceInItsHostsPart(TestReports.airProcessable(), true)
                + eachFindingOnceInItsHostsPart(TestReports.oxideCathode(), true);
        assertThat(groups).as("hosts with several recommended compositions in the two scenarios").isPositive();
    }

    @Test
    void findingsEveryCandidateOfAHostHasAreSharedAndTheRestAreOwn() {
        for (FindingGroups.Group g : FindingGroups.of(TestReports.airProcessable().compositions().picks().stream()
                .map(CompositionPlanner.Pick::candidate).toList())) {
            if (!g.several()) {
                continue;
            }
            assertThat(g.shared()).as("findings all candidates of %s share", g.host()).isNotEmpty();
            for (Finding shared : g.shared()) {
                for (FindingGroups.Member m : g.members()) {
                    assertThat(m.candidate().assessment().findings()).anyMatch(f -> f.rule().equals(shared.rule())
                            && f.message().equals(shared.message()));
                    assertThat(m.own()).noneMatch(f -> f.message().equals(shared.message()));
                }
            }
        }
    }
}
