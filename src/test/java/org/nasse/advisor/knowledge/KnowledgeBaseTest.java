package org.nasse.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.chemistry.Family;

/** The real knowledge/ directory: counts, coverage, and values checked against the review. */
class KnowledgeBaseTest {
    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeLoader.load(SourceDirectory.at("knowledge", TestKnowledge.DIR));
    }

    @Test
    void holdsTheReviewsDataInTheAmountsTheIssueAsksFor() {
        assertThat(kb.hosts()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(kb.records()).hasSizeGreaterThanOrEqualTo(35);
        assertThat(kb.cells()).hasSizeGreaterThanOrEqualTo(33);
        assertThat(kb.referenceCount()).isEqualTo(217);
        assertThat(kb.cathodes()).isNotEmpty();
        assertThat(kb.anodes()).isNotEmpty();
        assertThat(kb.interlayers()).isNotEmpty();
        assertThat(kb.catholytes()).isNotEmpty();
    }

    @Test
    void everyFamilyOfTheReviewHasAHost() {
        Set<Family> families = kb.hosts().stream().map(h -> Family.fromLabel(h.family()).orElseThrow())
                .collect(Collectors.toSet());
        assertThat(families).containsAll(EnumSet.of(Family.SULFIDE, Family.NASICON, Family.HALIDE,
                Family.COMPLEX_HYDRIDE, Family.ANTI_PEROVSKITE, Family.LAYERED_OXIDE, Family.BETA_ALUMINA));
    }

    @Test
    void tablesOneToThreeAreComplete() {
        assertThat(kb.cells().stream().filter(c -> c.source().equals("Table 1"))).hasSize(12);
        assertThat(kb.cells().stream().filter(c -> c.source().equals("Table 2"))).hasSize(12);
        assertThat(kb.cells().stream().filter(c -> c.source().equals("Table 3"))).hasSize(9);
        assertThat(kb.cells().stream().filter(c -> c.source().startsWith("§5.5"))).isNotEmpty();
    }

    @Test
    void sampledValuesMatchTheReview() {
        LiteratureRecord w = record("Na2.88Sb0.88W0.12S4");
        assertThat(w.sigmaSPerCm()).isEqualTo(3.2e-2);
        assertThat(w.refs()).containsExactly(116);
        assertThat(w.host()).isEqualTo("Na3SbS4");

        LiteratureRecord ca = record("Na2.73Ca0.135PS4");
        assertThat(ca.sigmaSPerCm()).isEqualTo(1.0e-3);
        assertThat(ca.refs()).contains(124);

        LiteratureRecord zr = record("Na2.25Y0.25Zr0.75Cl6");
        assertThat(zr.sigmaSPerCm()).isEqualTo(6.6e-5);
        assertThat(zr.refs()).contains(134);

        DemonstratedCell snS2 = kb.cells().stream().filter(c -> c.id().equals("T1-07")).findFirst().orElseThrow();
        assertThat(snS2.cathode()).isEqualTo("Na3V2(PO4)3");
        assertThat(snS2.anodeInterlayer()).isEqualTo("SnS2");
        assertThat(snS2.firstCycleCapacityMAhPerG()).isEqualTo(104.0);
        assertThat(snS2.retentionPercent()).isEqualTo(96.7);
        assertThat(snS2.cycles()).isEqualTo(100);
        assertThat(snS2.refs()).containsExactly(161);

        Reference r116 = kb.reference(116).orElseThrow();
        assertThat(r116.citation()).isEqualTo("A. Hayashi, N. Masuzawa, S. Yubuchi, et al., Nat. Commun. 10 (2019) 5266.");

        Host nzsp = kb.host("Na3Zr2Si2PO12").orElseThrow();
        assertThat(nzsp.naSites()).isEqualTo(4.0);
        assertThat(nzsp.conductivity().sigmaSPerCm()).isEqualTo(6.7e-4);
    }

    @Test
    void everyRecordWithAHostPointsAtAnExistingOne() {
        for (LiteratureRecord r : kb.records()) {
            if (r.host() != null) {
                assertThat(kb.host(r.host())).as(r.composition()).isPresent();
            }
        }
    }

    @Test
    void everyRecordSaysWhatWasMeasuredOrDefaultsToTotal() {
        for (LiteratureRecord r : kb.records()) {
            assertThat(LiteratureRecord.MEASURED).as(r.composition() + " " + r.citationLabel()).contains(r.measured());
            if (!r.measuredStated()) {
                assertThat(r.measured()).isEqualTo(LiteratureRecord.TOTAL);
            }
        }
        assertThat(kb.records().stream().filter(LiteratureRecord::measuredStated).count())
                .as("records that state it").isGreaterThan(kb.records().size() / 2);
    }

    @Test
    void onlyTheRecordsThatSaySoAreNotTotal() {
        var notTotal = kb.records().stream().filter(r -> !r.measured().equals(LiteratureRecord.TOTAL))
                .map(r -> r.composition() + " " + r.sigmaSPerCm() + " " + r.measured() + " " + r.citationLabel()).toList();
        assertThat(notTotal).containsExactlyInAnyOrder(
                "Na3.4Zr2Si2.4P0.6O12 0.015 bulk (ma2019)",
                "0.84Na2O·0.67MgO·5.2Al2O3 0.18 single-crystal (briant1980)",
                "0.84Na2O·0.67MgO·5.2Al2O3 0.01 single-crystal (briant1980)");
    }

    @Test
    void recordsAsJsonCarryMeasuredAndWhetherItWasStated() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
        var stated = json.readTree(json.writeValueAsString(
                kb.records().stream().filter(r -> r.measured().equals(LiteratureRecord.BULK)).findFirst().orElseThrow()));
        assertThat(stated.get("measured").asText()).isEqualTo("bulk");
        assertThat(stated.get("measuredStated").asBoolean()).isTrue();
        var defaulted = json.readTree(json.writeValueAsString(
                kb.records().stream().filter(r -> !r.measuredStated()).findFirst().orElseThrow()));
        assertThat(defaulted.get("measured").asText()).isEqualTo("total");
        assertThat(defaulted.get("measuredStated").asBoolean()).isFalse();
    }

    private static LiteratureRecord record(String composition) {
        return kb.records().stream().filter(r -> r.composition().equals(composition)).findFirst().orElseThrow();
    }
}
