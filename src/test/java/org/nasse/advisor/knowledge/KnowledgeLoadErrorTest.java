package org.nasse.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nasse.advisor.TestKnowledge;

/**
 * Each kind of bad knowledge file, made by editing a copy of the real directory: the error names
 * the file, the line and column, and the key.
 */
class KnowledgeLoadErrorTest {
    @TempDir
    Path dir;

    private void copyKnowledge() throws IOException {
        try (Stream<Path> files = Files.walk(TestKnowledge.DIR)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(TestKnowledge.DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Replaces the first occurrence of {@code from} in {@code file} and returns the line it is on. */
    private int edit(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        int at = text.indexOf(from);
        assertThat(at).as("'%s' in %s", from, file).isGreaterThanOrEqualTo(0);
        Files.writeString(p, text.substring(0, at) + to + text.substring(at + from.length()));
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private String loadError() {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> KnowledgeLoader.load(SourceDirectory.at("knowledge", dir)));
        assertThat(t).isInstanceOf(KnowledgeLoadException.class);
        assertThat(t.getMessage()).doesNotContain("\n");
        return t.getMessage();
    }

    @Test
    void theUneditedCopyLoads() throws IOException {
        copyKnowledge();
        assertThat(KnowledgeLoader.load(SourceDirectory.at("knowledge", dir)).hosts()).isNotEmpty();
    }

    @Test
    void unknownKey() throws IOException {
        copyKnowledge();
        int line = edit("hosts.yaml", "    naSites: 3\n", "    naSites: 3\n    colour: blue\n");
        assertThat(loadError()).startsWith(dir.resolve("hosts.yaml") + ":" + (line + 1) + ":")
                .contains("unknown key 'colour'").contains("hosts[0]");
    }

    @Test
    void missingRequiredField() throws IOException {
        copyKnowledge();
        edit("records.yaml", "    sigmaSPerCm: 6.7e-4\n", "");
        assertThat(loadError()).startsWith(dir.resolve("records.yaml") + ":").contains("sigmaSPerCm");
    }

    @Test
    void impossibleValue() throws IOException {
        copyKnowledge();
        int line = edit("records.yaml", "sigmaSPerCm: 6.7e-4", "sigmaSPerCm: -6.7e-4");
        assertThat(loadError()).isEqualTo(dir.resolve("records.yaml") + ":" + line
                + ":18: impossible conductivity -6.7E-4 S/cm (at records[0].sigmaSPerCm)");
    }

    @Test
    void formulaThatDoesNotParse() throws IOException {
        copyKnowledge();
        int line = edit("records.yaml", "  - composition: Na3Zr2Si2PO12", "  - composition: Na3Zr2Qq2PO12");
        assertThat(loadError()).startsWith(dir.resolve("records.yaml") + ":" + line + ":")
                .contains("formula does not parse: unknown element 'Qq' at column 7").contains("records[0].composition");
    }

    @Test
    void formulaThatDoesNotBalance() throws IOException {
        copyKnowledge();
        int line = edit("hosts.yaml", "    formula: Na3PS4", "    formula: Na3PS5");
        assertThat(loadError()).startsWith(dir.resolve("hosts.yaml") + ":" + line + ":")
                .contains("formula Na3PS5 does not charge-balance").contains("hosts[0].formula");
    }

    @Test
    void refMissingFromTheBibliography() throws IOException {
        copyKnowledge();
        edit("cells.yaml", "    refs: [152]", "    refs: [152, 9999]");
        assertThat(loadError()).startsWith(dir.resolve("cells.yaml") + ":")
                .contains("ref 9999 is not in references.yaml").contains("cells[0].refs[1]");
    }

    @Test
    void unknownHostReference() throws IOException {
        copyKnowledge();
        edit("records.yaml", "    host: Na3Zr2Si2PO12", "    host: Na3Zr2Si2PO13");
        assertThat(loadError()).contains("no host with id 'Na3Zr2Si2PO13'").contains("records[0].host");
    }

    @Test
    void sitesThatDoNotAddUpToTheFormula() throws IOException {
        copyKnowledge();
        edit("hosts.yaml", "        amount: 4\n", "        amount: 3\n");
        assertThat(loadError()).startsWith(dir.resolve("hosts.yaml") + ":").contains("hosts[0].sites");
    }

    @Test
    void duplicateKeyAndBadSyntax() throws IOException {
        copyKnowledge();
        edit("anodes.yaml", "    type: metal\n", "    type: metal\n    type: alloy\n");
        assertThat(loadError()).startsWith(dir.resolve("anodes.yaml") + ":").contains("Duplicate field 'type'");
    }

    @Test
    void unknownBehaviourKeyword() throws IOException {
        copyKnowledge();
        edit("hosts.yaml", "behaviour: moisture-sensitive", "behaviour: soggy");
        assertThat(loadError()).contains("behaviour 'soggy' is not one of").contains("moisture.behaviour");
    }

    @Test
    void unknownMeasuredValueIsALoadErrorAtTheKey() throws IOException {
        copyKnowledge();
        int line = edit("literature-records.yaml", "    measured: bulk", "    measured: grain");
        assertThat(loadError()).isEqualTo(dir.resolve("literature-records.yaml") + ":" + line
                + ":15: measured must be one of total, bulk, single-crystal, thin-film, not 'grain' (at records[1].measured)");
    }

    @Test
    void measuredStatedIsNotAKeyOfTheFiles() throws IOException {
        copyKnowledge();
        int line = edit("records.yaml", "    section: \"2.2.2\"\n", "    section: \"2.2.2\"\n    measuredStated: true\n");
        assertThat(loadError()).startsWith(dir.resolve("records.yaml") + ":" + (line + 1) + ":")
                .contains("unknown key 'measuredStated'").contains("records[0]");
    }

    @Test
    void oxidationStateWithoutAnOccurrenceCount() throws IOException {
        // the charge balancer ranks Sb's common states by their counts: Sb5+ must have one
        copyKnowledge();
        edit("elements/oxidation_state_occurrence.csv", "Sb,5,418\n", "");
        assertThat(loadError()).contains("elements/oxidation_state_occurrence.csv")
                .contains("no occurrence count for Sb 5");
    }

    @Test
    void occurrenceCountForAnUnknownElement() throws IOException {
        copyKnowledge();
        edit("elements/oxidation_state_occurrence.csv", "Sb,5,418\n", "Sb,5,418\nQq,2,7\n");
        assertThat(loadError()).contains("occurrence counts for unknown elements [Qq]");
    }
}
