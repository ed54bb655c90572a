package org.nasse.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.knowledge.SourceDirectory;

/**
 * Ion facts are inserted only when a rule matches them as facts; the shipped rules read a composition's
 * ions through {@code from $c.ions()} and fire all the same.
 */
class IonFactsTest {
    @TempDir
    Path dir;

    @Test
    void theShippedRulesReadIonsFromTheirCompositionAndStillFire() {
        assertThat(TestRules.rules().matches(Ion.class)).isFalse();
        assertThat(TestRules.rules().matches(SiteChange.class)).isTrue();
        var nickel = TestRules.advisor().assess("Na2Ni2TeO6");
        assertThat(nickel.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("variable-valence-cation");
            assertThat(f.message()).startsWith("Ni2+ can change valence");
        });
        assertThat(TestRules.advisor().assess("Na2Zn2TeO6").findings()).noneMatch(f -> f.rule().equals("variable-valence-cation"));
        assertThat(TestRules.advisor().assess("Na2(B12H12)0.5(B10H10)0.5").findings())
                .anyMatch(f -> f.rule().equals("hydride-anion-mixing"));
    }

    @Test
    void aUserRuleOnIonFactsGetsThem() throws IOException {
        Files.writeString(dir.resolve("ions.drl"), """
                package t
                import org.nasse.advisor.rules.Ion
                global org.nasse.advisor.rules.FindingSink findings
                rule "tellurium-present"
                    @message("Te{q} is here")
                when
                    $i : Ion( element == "Te", state > 0 )
                then
                    findings.emit(kcontext, $i.composition(), null, Double.NaN, "q", $i.state());
                end
                """);
        RuleSet rules = RuleLoader.compile(SourceDirectory.at("rules", dir));
        assertThat(rules.matches(Ion.class)).isTrue();
        Advisor advisor = new Advisor(TestKnowledge.knowledge(), rules, null);
        assertThat(advisor.assess("Na2Ni2TeO6").findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("Te6 is here"));
    }
}
