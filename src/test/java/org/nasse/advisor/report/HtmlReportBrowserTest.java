package org.nasse.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.planning.Recommender;

/**
 * The HTML report rendered by a real browser: tables and charts are laid out, and nothing is fetched beyond the file
 * itself. Leaves target/browser/report.{html,png,pdf} to look at. Skipped without Chromium, unless
 * ADVISOR_REQUIRE_BROWSER=1 (CI), where a missing browser fails.
 */
class HtmlReportBrowserTest {
    private static final Path OUT = Path.of("target/browser");

    /** What the page looks like after layout, gathered in one round trip. */
    private static final String INSPECT = """
            (() => {
              const all = s => document.querySelectorAll(s);
              const svg = id => {
                const e = document.querySelector('#' + id + ' svg');
                const r = e ? e.getBoundingClientRect() : {width: 0, height: 0};
                return {svg: e instanceof SVGSVGElement, width: r.width, height: r.height};
              };
              return {
                rows: {targets: all('table#targets tr').length, compositions: all('table#compositions tr').length,
                       stacks: all('table#stacks tr').length, batch: all('table#batch tr').length},
                references: all('#references li').length,
                hostGroups: all('.host-group').length,
                // a finding printed twice within one host's group (the candidate list after a partly shared one aside)
                repeated: [...all('.host-group')].flatMap(g => {
                  const seen = new Set(), dup = [];
                  g.querySelectorAll('li').forEach(li => {
                    const t = li.textContent, i = t.lastIndexOf(' (candidates ');
                    const k = i < 0 ? t : t.slice(0, i);
                    if (seen.has(k)) dup.push(k);
                    seen.add(k);
                  });
                  return dup;
                }),
                arrhenius: svg('arrhenius'), scores: svg('scores'),
                series: [...all('#arrhenius .series')].filter(p => p.getBBox().width > 0).length,
                bars: [...all('#scores .bar')].filter(b => b.getBBox().height > 0).length,
                brokenImages: [...document.images].filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)
              };
            })()""";

    @Test
    @Timeout(120)
    void rendersChartsAndTablesWithoutNetwork() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        String missing = "no chromium at $CHROME_BIN, /usr/bin/chromium or /usr/bin/chromium-browser";
        if ("1".equals(System.getenv("ADVISOR_REQUIRE_BROWSER"))) {
            assertThat(chromium).as(missing + ", and ADVISOR_REQUIRE_BROWSER=1 requires it").isPresent();
        }
        assumeTrue(chromium.isPresent(), missing + "; skipping the browser test");

        var advisor = TestRules.advisor();
        // the air-processable scenario recommends several dopings of one host (Na3SbS4), so its report has a host group,
        // and it is planned with a next batch, so the batch table is laid out too
        Recommender.Recommendation r = TestReports.airProcessable();
        String html = HtmlReport.render(r, advisor.knowledge());
        Files.createDirectories(OUT);
        Path report = OUT.resolve("report.html").toAbsolutePath();
        Files.writeString(report, html);
        String url = report.toUri().toString();

        try (HeadlessChromium browser = new HeadlessChromium(chromium.get())) {
            for (String domain : new String[] {"Page", "Network", "Runtime", "Log"}) {
                browser.send(domain + ".enable", Map.of());
            }
            browser.send("Page.navigate", Map.of("url", url));
            browser.await("Page.loadEventFired");

            JsonNode page = browser.send("Runtime.evaluate", Map.of("expression", INSPECT, "returnByValue", true));
            assertThat(page.has("exceptionDetails")).as("inspection script: %s", page).isFalse();
            JsonNode v = page.path("result").path("value");
            assertThat(v.path("rows").path("targets").asInt()).as("targets rows").isEqualTo(2);
            assertThat(v.path("rows").path("compositions").asInt()).as("composition rows").isGreaterThan(1);
            assertThat(v.path("rows").path("stacks").asInt()).as("stack rows").isGreaterThan(1);
            assertThat(v.path("rows").path("batch").asInt()).as("next-batch rows").isEqualTo(1 + TestReports.BATCH);
            assertThat(v.path("references").asInt()).as("references").isPositive();
            assertThat(v.path("hostGroups").asInt()).as("hosts with several candidates, grouped").isPositive();
            assertThat(v.path("repeated")).as("findings repeated within a host's group").isEmpty();
            for (String chart : new String[] {"arrhenius", "scores"}) {
                assertThat(v.path(chart).path("svg").asBoolean()).as(chart + " is an SVG").isTrue();
                assertThat(v.path(chart).path("width").asDouble()).as(chart + " width").isPositive();
                assertThat(v.path(chart).path("height").asDouble()).as(chart + " height").isPositive();
            }
            assertThat(v.path("series").asInt()).as("drawn Arrhenius series").isGreaterThanOrEqualTo(2);
            assertThat(v.path("bars").asInt()).as("drawn score bars").isPositive();
            assertThat(v.path("brokenImages")).as("images that did not load").isEmpty();

            // self-contained: the only request is the report itself, and nothing failed or logged an error
            assertThat(browser.events("Network.requestWillBeSent", e -> true))
                    .extracting(e -> e.path("request").path("url").asText()).as("requests").containsOnly(url);
            assertThat(browser.events("Network.loadingFailed", e -> true)).as("failed loads").isEmpty();
            assertThat(browser.events("Runtime.exceptionThrown", e -> true)).as("exceptions").isEmpty();
            assertThat(browser.events("Log.entryAdded", e -> "error".equals(e.path("entry").path("level").asText())))
                    .as("console errors").isEmpty();

            // the whole page, not just the 1280x2000 viewport
            JsonNode size = browser.send("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
            JsonNode shot = browser.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", size.path("width").asDouble(), "height", size.path("height").asDouble(), "scale", 1)));
            Files.write(OUT.resolve("report.png"), Base64.getDecoder().decode(shot.path("data").asText()));
            // the report is meant to be printed: the print layout must render too
            byte[] pdf = Base64.getDecoder().decode(browser.send("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69))
                    .path("data").asText());
            Files.write(OUT.resolve("report.pdf"), pdf);
            assertThat(new String(pdf, 0, Math.min(pdf.length, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(pdf.length).as("PDF size").isGreaterThan(10_000);
        }
    }
}
