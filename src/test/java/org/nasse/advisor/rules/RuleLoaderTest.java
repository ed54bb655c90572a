package org.nasse.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nasse.advisor.knowledge.SourceDirectory;

/** Broken rule files are reported with file, line and column, never a crash. */
class RuleLoaderTest {
    @TempDir
    Path dir;

    private static final String HEADER = """
            package t
            import org.nasse.advisor.rules.Composition
            global org.nasse.advisor.rules.FindingSink findings
            """;

    @Test
    void syntaxErrorHasFileLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("bad.drl"), HEADER + """
                rule "extra paren"
                when
                    $c : Composition( naVacancies > 0 ))
                then
                end
                """);
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class,
                () -> RuleLoader.compile(SourceDirectory.at("rules", dir)));
        RuleIssue issue = e.issues().get(0);
        assertThat(issue.file()).isEqualTo(dir.resolve("bad.drl").toString());
        assertThat(issue.line()).isEqualTo(6);
        assertThat(issue.column()).isEqualTo(40);
        assertThat(issue.message()).contains("mismatched input ')'");
    }

    @Test
    void unknownFieldAndBadConsequenceAreReported() throws IOException {
        Files.writeString(dir.resolve("semantic.drl"), HEADER + """
                rule "unknown field"
                when
                    $c : Composition( colour == "blue" )
                then
                end
                """);
        Files.writeString(dir.resolve("java.drl"), HEADER.replace("package t", "package u") + """
                rule "bad call"
                when
                    $c : Composition()
                then
                    findings.noSuchMethod();
                end
                """);
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class,
                () -> RuleLoader.compile(SourceDirectory.at("rules", dir)));
        assertThat(e.issues()).anySatisfy(i -> {
            assertThat(i.file()).endsWith("semantic.drl");
            assertThat(i.line()).isEqualTo(6);
            assertThat(i.message()).contains("colour");
        });
        assertThat(e.issues()).anySatisfy(i -> {
            assertThat(i.file()).endsWith("java.drl");
            assertThat(i.message()).contains("noSuchMethod");
        });
    }

    @Test
    void anEmptyDirectoryIsAnError() {
        RuleBuildException e = catchThrowableOfType(RuleBuildException.class,
                () -> RuleLoader.compile(SourceDirectory.at("rules", dir)));
        assertThat(e.getMessage()).contains("no .drl files");
    }
}
