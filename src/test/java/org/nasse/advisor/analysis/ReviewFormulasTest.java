package org.nasse.advisor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.knowledge.Host;

/**
 * The review's own formulas, typed as it prints them (src/test/resources/review-formulas.tsv), and every
 * host id of the knowledge base typed as `knowledge hosts` lists it.
 */
class ReviewFormulasTest {
    private static final Analyzer ANALYZER = new Analyzer(TestKnowledge.knowledge());

    record Row(String typed, String section, String role, String family, String expect, String note) {
        @Override
        public String toString() {
            return typed + " (" + section + ", " + expect + ")";
        }
    }

    static Stream<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/review-formulas.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("#") || line.startsWith("typed\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5]));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachPrintedFormulaIsReadAsAChemistWould(Row row) {
        switch (row.expect()) {
            case "analyse" -> {
                Analysis a = ANALYZER.analyze(row.typed());
                assertThat(a.chargeBalanced()).as("%s balances: %s", row.typed(), a.problem()).isTrue();
                if (!row.family().equals("-")) {
                    assertThat(a.familyLabel()).as("family of %s", row.typed()).isEqualTo(row.family());
                }
            }
            case "unbalanced", "mixed-valence" -> assertThat(ANALYZER.analyze(row.typed()).chargeBalanced())
                    .as("%s is refused as not balanced", row.typed()).isFalse();
            case "composite" -> assertThatThrownBy(() -> ANALYZER.analyze(row.typed()))
                    .isInstanceOf(FormulaSyntaxException.class)
                    .hasMessageMatching("'[-@%]' .*");
            default -> throw new AssertionError("unknown expectation " + row.expect());
        }
    }

    @Test
    void theCorpusCoversEveryFamilyOfTheReview() throws IOException {
        assertThat(rows().filter(r -> r.role().equals("electrolyte")).map(Row::family).distinct())
                .contains("sulfide", "nasicon", "halide", "complex-hydride", "anti-perovskite", "layered-oxide");
        assertThat(rows().filter(r -> r.expect().equals("analyse")).count()).isGreaterThan(120);
    }

    static Stream<Host> hosts() {
        return TestKnowledge.knowledge().hosts().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hosts")
    void everyHostAnalysesToItselfTypedAsListed(Host host) {
        // ids such as Na-beta''-Al2O3 are names, not formulas: those are typed by their formula
        String typed = host.id().contains("-") ? host.formula() : host.id();
        Analysis a = ANALYZER.analyze(typed);
        assertThat(a.chargeBalanced()).as(typed).isTrue();
        assertThat(a.match()).as("host of %s", typed).isPresent();
        assertThat(a.match().get().host().id()).isEqualTo(host.id());
        assertThat(a.match().get().isParent()).isTrue();
        assertThat(ANALYZER.analyze(host.formula()).match().map(m -> m.host().id())).contains(host.id());
    }
}
