package org.nasse.advisor.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.batch.EvidenceFile;
import org.nasse.advisor.estimate.Estimate;
import org.nasse.advisor.knowledge.LiteratureRecord;

/** A lab's own rows: they move their composition and its neighbours, and nothing outside their family. */
class UserEvidenceTest {
    static Advisor base;
    static Advisor with;

    /** A W-doped Na3SbS4 the knowledge base does not report (a test value, not a claim). */
    static final String MINE = "Na2.9Sb0.9W0.1S4";

    @BeforeAll
    static void setUp() {
        base = TestRules.advisor();
        List<LiteratureRecord> rows = EvidenceFile.parse("lab.csv", """
                composition,sigma_S_per_cm,temperature_C,ea_eV,form,sample,note
                Na2.9Sb0.9W0.1S4,0.03,25,0.18,pellet,S-12,"hot-pressed, 95 % dense"
                """, base);
        with = UserEvidence.apply(base, rows, "lab.csv");
    }

    static Estimate estimate(Advisor a, String formula) {
        return a.assess(formula).estimate().orElseThrow();
    }

    @Test
    void theRowEstimatesItsOwnCompositionAsReportedAndSaysSo() {
        Estimate before = estimate(base, MINE);
        Estimate after = estimate(with, MINE);
        assertThat(before.basis()).isNotEqualTo(Estimate.REPORTED);
        assertThat(after.basis()).isEqualTo(Estimate.REPORTED);
        assertThat(after.log10Sigma()).isCloseTo(Math.log10(0.03), org.assertj.core.data.Offset.offset(1e-3));
        assertThat(after.anchor().source()).contains("your data, line 2");
        assertThat(with.assess(MINE).reported()).anyMatch(r -> r.fromUser() && r.note().equals("your data, line 2"));
    }

    @Test
    void itMovesItsNeighboursAndSaysWhatMovedThem() {
        String neighbour = "Na2.85Sb0.85W0.15S4";
        Estimate before = estimate(base, neighbour);
        Estimate after = estimate(with, neighbour);
        assertThat(after.log10Sigma()).isNotEqualTo(before.log10Sigma());
        assertThat(String.join("\n", after.notes())).contains("your data");
    }

    @Test
    void nothingInOtherFamiliesMoves() {
        for (String other : List.of("Na3.4Zr1.9Zn0.1Si2.2P0.8O12", "Na3Zr2Si2PO12", "Na2.25Y0.25Zr0.75Cl6", "Na3YCl6",
                "Na2.9Y0.9Zr0.1Cl6", "Na2(B12H12)0.5(B10H10)0.5", "Na2.9Sr0.05OBr0.6I0.4", "Na1.9Zn1.9Ga0.1TeO6",
                "Na3.2Zr1.8Sc0.2Si2PO12")) {
            Estimate b = estimate(base, other);
            Estimate a = estimate(with, other);
            assertThat(a.log10Sigma()).as(other).isEqualTo(b.log10Sigma());
            assertThat(a.log10Uncertainty()).as(other).isEqualTo(b.log10Uncertainty());
            assertThat(a.notes()).as(other).isEqualTo(b.notes());
        }
    }

    @Test
    void theKnowledgeBaseItselfIsUntouched() {
        assertThat(with.knowledge().records()).noneMatch(LiteratureRecord::fromUser);
        assertThat(with.userRows()).hasSize(1);
        assertThat(base.userRows()).isEmpty();
    }

    @Test
    void aBadFileIsRefusedWholeWithOneLinePerBadRow() {
        assertThatThrownBy(() -> EvidenceFile.parse("bad.csv", """
                # a comment
                composition,sigma_S_per_cm,temperature_C,form
                Na3SbS4,0.002,25,pellet
                Na3SbXx4,0.002,25,pellet
                Na3SbS4,abc,25,pellet
                Na3SbS4,0.002,25,powder
                Na3SbS4,0.002,,pellet
                """, base)).isInstanceOfSatisfying(EvidenceFile.Invalid.class, e -> {
            assertThat(e.problems()).hasSize(4);
            assertThat(e.problems().get(0)).startsWith("bad.csv:4:1: composition 'Na3SbXx4'");
            assertThat(e.problems().get(1)).startsWith("bad.csv:5:9: sigma_S_per_cm 'abc' is not a number");
            assertThat(e.problems().get(2)).startsWith("bad.csv:6:18: form 'powder' must be one of pellet, single crystal, thin film");
            assertThat(e.problems().get(3)).startsWith("bad.csv:7:15: temperature_C is empty");
        });
        assertThatThrownBy(() -> EvidenceFile.parse("h.csv", "composition,sigma,temperature_C\nNa3SbS4,1,25\n", base))
                .isInstanceOfSatisfying(EvidenceFile.Invalid.class, e -> assertThat(e.problems()).singleElement()
                        .asString().contains("unknown column 'sigma'").contains("missing column 'sigma_S_per_cm'"));
    }

    @Test
    void theShippedLabResultsReadAndStayInTheirFamily() {
        List<LiteratureRecord> rows = EvidenceFile.read(Path.of("scenarios/lab-results.csv"), base);
        assertThat(rows).isNotEmpty().allMatch(LiteratureRecord::fromUser);
        Advisor lab = UserEvidence.apply(base, rows, "scenarios/lab-results.csv");
        assertThat(estimate(lab, "Na3.4Zr1.9Zn0.1Si2.2P0.8O12").log10Sigma())
                .isEqualTo(estimate(base, "Na3.4Zr1.9Zn0.1Si2.2P0.8O12").log10Sigma());
    }

    @Test
    void leaveOneOutOnTheRowsGivesBeforeAndAfter() {
        List<UserEvidence.Check> checks = UserEvidence.leaveOneOut(base, with);
        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).before()).isNotNull();
        assertThat(checks.get(0).after()).isNotNull();
        assertThat(checks.get(0).after().basis()).isNotEqualTo(Estimate.REPORTED);
    }
}
