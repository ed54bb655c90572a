package org.nasse.advisor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.Shell;

/**
 * Tab completion through the real shell, as the line reader asks for it: the proposals that start
 * with the word under the cursor, for commands, options, and the values of options named or given
 * by position.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
class ShellCompletionTest {
    @Autowired
    Shell shell;

    /** What Tab offers at the end of {@code line}. */
    private List<String> tab(String line) {
        List<String> words = new ArrayList<>(Arrays.asList(line.split(" ", -1)));
        String current = words.get(words.size() - 1);
        CompletionContext ctx = new CompletionContext(words, words.size() - 1, current.length(), null, null);
        return shell.complete(ctx).stream().map(CompletionProposal::value).filter(v -> v.startsWith(current)).toList();
    }

    @Test
    void commandsAndOptions() {
        assertThat(tab("ana")).contains("analyze");
        assertThat(tab("recommend --f")).contains("--format");
        assertThat(tab("recommend --format h")).containsExactly("html");
        assertThat(tab("knowledge ho")).containsExactly("hosts");
    }

    @Test
    void hostNames() {
        assertThat(tab("suggest --host Na3S")).contains("Na3SbS4", "Na3Sn2NaO6").allMatch(v -> v.startsWith("Na3S"));
        assertThat(tab("suggest Na3Y")).contains("Na3YCl6");
    }

    @Test
    void formulasByElementSymbol() {
        // known compositions, and the typed text continued by each element symbol
        assertThat(tab("analyze Na3Sb")).contains("Na3SbS4", "Na3SbS", "Na3SbSe", "Na3SbW").doesNotContain("Na3SbOg");
        assertThat(tab("analyze Na2.88Sb0.88W")).contains("Na2.88Sb0.88W0.12S4");
        // score takes any number of compositions by position
        assertThat(tab("score Na3PS4 Na3Sb")).contains("Na3SbS4");
        // a half-typed symbol is completed, not followed
        assertThat(tab("analyze --formula Na3S")).contains("Na3Sb", "Na3Se", "Na3Si").doesNotContain("Na3SS");
    }

    @Test
    void targetNamesAndValues() {
        assertThat(tab("target set excl")).containsExactly("excludeElements");
        assertThat(tab("target set excludeElements Pb,C")).contains("Pb,Cd", "Pb,Cl").doesNotContain("Pb,Pb");
        assertThat(tab("target set --key airStable --value ")).contains("required", "preferred", "ignore");
        assertThat(tab("target set families s")).containsExactly("sulfide");
    }

    @Test
    void scenarioFiles() throws IOException {
        List<String> yaml;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            yaml = s.map(p -> "scenarios/" + p.getFileName()).filter(n -> n.endsWith(".yaml")).toList();
        }
        assertThat(yaml).isNotEmpty();
        assertThat(tab("recommend --scenario scenarios/")).containsAll(yaml);
        assertThat(tab("target load scenarios/oxide")).containsExactly("scenarios/oxide-cathode-4v.yaml");
        assertThat(tab("recommend --scenario ")).contains("scenarios/");
    }
}
