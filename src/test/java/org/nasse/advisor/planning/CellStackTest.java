package org.nasse.advisor.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.knowledge.Electrodes;
import org.nasse.advisor.report.RecommendationReport;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** Cell stacks on the real knowledge, rules and solver: layers, targets on every layer, interfaces, precedents. */
class CellStackTest {
    static Advisor advisor;
    static Recommender recommender;

    @BeforeAll
    static void load() {
        advisor = TestRules.advisor();
        recommender = new Recommender(advisor);
    }

    static Stream<Path> shippedScenarios() throws IOException {
        return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    static Scenario scenario(String name, Targets t, List<String> candidates) {
        return new Scenario(name, t, candidates, 5, 42L);
    }

    static Targets targets(double temperature, String anode, Double voltage, String cathode, List<String> exclude,
                           List<String> families) {
        return new Targets(temperature, null, null, anode, voltage, cathode, null, exclude, families, null, null);
    }

    /** Every element a stack's layers spell: formulas where the layer has one, else the tokens of its name. */
    static Set<String> elements(CellStack s) {
        Set<String> out = new LinkedHashSet<>();
        List<String> layers = new ArrayList<>(List.of(s.cathode(), s.electrolyte().composition(), s.anode()));
        if (s.catholyte() != null) {
            layers.add(s.catholyte());
        }
        if (s.anodeInterlayer() != null) {
            layers.add(s.anodeInterlayer());
        }
        for (String layer : layers) {
            for (String token : layer.split("[^A-Za-z0-9.()\\[\\]]+")) {
                try {
                    out.addAll(advisor.knowledge().chemistry().parse(token).elements().keySet());
                } catch (FormulaSyntaxException notAFormula) {
                    // a name without a formula
                }
            }
        }
        for (Electrodes.Catholyte c : advisor.knowledge().catholytes()) {
            if (c.name().equals(s.catholyte()) && c.formula() != null) {
                out.addAll(advisor.knowledge().chemistry().parse(c.formula()).elements().keySet());
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedStackIsADistinctCellWithPrecedentsAKnownCathodeAndNoSilentContact(Path file) {
        Scenario s = ScenarioFile.read(file, advisor.knowledge());
        Recommender.Recommendation r = recommender.recommend(s);
        assertThat(r.stacks()).as("stacks of " + file).isNotEmpty();
        // one row per architecture: the separator's doping variants are the composition list's business
        assertThat(r.stacks()).extracting(p -> p.stack().architecture()).as("architectures of " + file).doesNotHaveDuplicates();
        assertThat(r.architecturesConsidered()).isLessThanOrEqualTo(r.stacksConsidered());
        String md = RecommendationReport.markdown(r, advisor.knowledge());
        Double v = s.targets().cathodeVoltageV();
        boolean known = v != null && advisor.knowledge().cathodes().stream()
                .anyMatch(c -> c.voltageV() != null && Math.abs(c.voltageV() - v) <= StackBuilder.VOLTAGE_MATCH_V);
        for (StackPlanner.Pick p : r.stacks()) {
            CellStack st = p.stack();
            assertThat(st.closestCells()).as(st + " closest cells").isNotEmpty();
            if (known) {
                assertThat(st.cathodeNote()).as(st + ": a known cathode matches " + v + " V").isNull();
                assertThat(Math.abs(st.cathodeVoltageV() - v)).isLessThanOrEqualTo(StackBuilder.VOLTAGE_MATCH_V);
            }
            if (!Double.isNaN(st.cathodeVoltageV()) && st.energy().capacityKind() != null) {
                assertThat(st.energy().cathodeWhPerKg()).isPositive();
            } else {
                assertThat(st.energy().missing()).as(st + " says what its energy lacks").isNotBlank();
            }
            for (Contact c : st.withoutPrecedent()) {
                assertThat(c.why()).as(st + " " + c.between()).isNotBlank();
                assertThat(md).as("the report names the untested contact of " + st).contains(c.why());
            }
            // a hard score of 0 means no incompatible contact and no broken target
            assertThat(p.scoreAlone().hardScore() == 0).isEqualTo(st.violations().isEmpty());
        }
    }

    @Test
    void aTantalumFreeScenarioNeverShowsTantalumInAnyLayer() {
        Scenario s = scenario("no Ta", targets(25, "Na-Sn", 4.0, null, List.of("Sc", "Ta", "Ge"), List.of()), List.of("NaTaCl6"));
        Recommender.Recommendation r = recommender.recommend(s);
        assertThat(r.stacks()).isNotEmpty();
        for (StackPlanner.Pick p : r.stacks()) {
            assertThat(p.scoreAlone().hardScore()).as(p.stack().toString()).isZero();
            assertThat(elements(p.stack())).as(p.stack().toString()).doesNotContain("Ta", "Sc", "Ge");
        }
        // the user's NaTaCl6 is flagged, and so is every built stack that would carry Ta in any layer
        assertThat(r.proposals().get(0).pick().scoreAlone().hardScore()).isNegative();
        List<CellStack> all = new StackBuilder(advisor, s.targets(), new CandidateScorer(advisor, s.targets()))
                .build(new CandidateScorer(advisor, s.targets()).score(List.of(new Candidate("Na3PS4", "", List.of(), Double.NaN, false))));
        assertThat(all).filteredOn(st -> "NaTaCl6".equals(st.catholyte())).isNotEmpty()
                .allSatisfy(st -> assertThat(st.violations()).anyMatch(x -> x.contains("catholyte NaTaCl6 contains excluded Ta")));
    }

    @Test
    void aLayerNamedByAnAcronymIsNotReadAsAFormula() {
        Targets t = targets(25, "Na", null, null, List.of("S", "C", "P"), List.of());
        StackBuilder b = new StackBuilder(advisor, t, new CandidateScorer(advisor, t));
        assertThat(b.elements(null, "SC carbon-fibre/Sn layer")).containsExactly("Sn");
        assertThat(b.elements(null, "PPP-NaTFSI")).doesNotContain("P");
        assertThat(b.elements(null, "AlF3")).containsExactly("Al", "F");
        assertThat(b.elements("Na3PS4", "anything")).containsExactly("Na", "P", "S");
    }

    @Test
    void aPolyanionCellAtThreePointFourVoltsWithAnAlloyAnodeFindsTheNaTaCl6Na3PS4Cell() {
        Scenario s = scenario("NVP-type, alloy", targets(25, "Na-Sn", 3.4, null, List.of(), List.of()), List.of());
        Recommender.Recommendation r = recommender.recommend(s);
        CellStack top = r.stacks().get(0).stack();
        assertThat(top.cathode()).isEqualTo("Na3V2(PO4)3");
        assertThat(top.catholyte()).isEqualTo("NaTaCl6");
        assertThat(top.closestCells()).extracting(c -> c.cell().id()).contains("S5.5-04");
        assertThat(top.closestCells().get(0).cell().refs()).contains(138);
        // the demonstrated stack itself is among the ranked ones, every interface demonstrated
        assertThat(r.stacks()).extracting(StackPlanner.Pick::stack)
                .anySatisfy(st -> {
                    assertThat(st.electrolyte().composition()).isEqualTo("Na3PS4");
                    assertThat(st.contacts()).allMatch(c -> c.status() == Contact.Status.DEMONSTRATED);
                });
    }

    @Test
    void aHalideOnBareSodiumIsNeverSilent() {
        Scenario s = scenario("halide on Na", targets(25, "Na", null, null, List.of(), List.of("halide")), List.of());
        Recommender.Recommendation r = recommender.recommend(s);
        assertThat(r.stacks()).isNotEmpty();
        String md = RecommendationReport.markdown(r, advisor.knowledge());
        for (StackPlanner.Pick p : r.stacks()) {
            CellStack st = p.stack();
            Contact onNa = st.contacts().stream().filter(c -> c.right().equals("Na")).findFirst().orElseThrow();
            assertThat(onNa.status()).isIn(Contact.Status.NO_PRECEDENT, Contact.Status.INCOMPATIBLE);
            assertThat(md).contains(onNa.why());
        }
    }

    @Test
    void aContactWithoutPrecedentRanksBelowTheSameStackWithPrecedent() {
        // the TiS2 | hydride | Na cells: Na2B12H12's family has the TiS2 cell [202], NaCB11H12's has none with TiS2
        Targets t = targets(80, "Na", null, "TiS2", List.of(), List.of("complex-hydride"));
        Recommender.Recommendation r = recommender.recommend(scenario("TiS2 hydride", t, List.of("Na(CB11H12)", "Na2B12H12")));
        CellStack withPrecedent = r.stacks().stream().map(StackPlanner.Pick::stack).filter(st -> st.withoutPrecedent().isEmpty())
                .findFirst().orElseThrow();
        // the cell of the NaCB11H12 host, whichever of its separators (the salt itself or a CB9H10 mix) is the best
        CellStack cb11 = r.stacks().stream().map(StackPlanner.Pick::stack)
                .filter(st -> "NaCB11H12".equals(st.separatorHost())).findFirst().orElseThrow();
        assertThat(cb11.withoutPrecedent()).extracting(Contact::between).contains("cathode/separator");
        assertThat(cb11.closestCells()).extracting(c -> c.cell().id()).contains("T3-04", "T3-01");
        assertThat(r.stacks().indexOf(r.stacks().stream().filter(p -> p.stack() == withPrecedent).findFirst().orElseThrow()))
                .isLessThan(r.stacks().indexOf(r.stacks().stream().filter(p -> p.stack() == cb11).findFirst().orElseThrow()));
    }

    @Test
    void oneStackPerArchitectureKeepsTheBestSeparatorOfTheHostAndNamesTheOthers() {
        Scenario s = ScenarioFile.read(Path.of("scenarios/air-processable-sulfide.yaml"), advisor.knowledge());
        CandidateScorer scorer = new CandidateScorer(advisor, s.targets());
        List<String> levels = List.of("Na2.95Sb0.95W0.05S4", "Na2.9Sb0.9W0.1S4", "Na2.88Sb0.88W0.12S4", "Na2.85Sb0.85W0.15S4");
        List<CellStack> all = new StackBuilder(advisor, s.targets(), scorer)
                .build(scorer.score(levels.stream().map(c -> new Candidate(c, "", List.of(), Double.NaN, false)).toList()));
        List<CellStack> cells = StackBuilder.onePerArchitecture(all);
        assertThat(all.size()).isEqualTo(levels.size() * cells.size()); // every cell once per W level
        assertThat(cells).extracting(CellStack::architecture).doesNotHaveDuplicates();
        for (CellStack cell : cells) {
            assertThat(cell.separatorHost()).isEqualTo("Na3SbS4");
            List<CellStack> same = all.stream().filter(x -> x.architecture().equals(cell.architecture())).toList();
            assertThat(same).hasSize(levels.size()).allSatisfy(x -> assertThat(cell.alone()).isGreaterThanOrEqualTo(x.alone()));
            assertThat(cell.separatorVariants()).hasSize(levels.size() - 1).doesNotContain(cell.electrolyte().composition())
                    .containsExactlyInAnyOrderElementsOf(levels.stream().filter(l -> !l.equals(cell.electrolyte().composition())).toList());
        }
    }

    @Test
    void aCathodeAboveTheSeparatorsOxidationLimitIsIncompatibleWithoutACatholyte() {
        Targets t = targets(25, "Na-Sn", null, "NVPF", List.of(), List.of());
        CandidateScorer scorer = new CandidateScorer(advisor, t);
        List<CellStack> all = new StackBuilder(advisor, t, scorer)
                .build(scorer.score(List.of(new Candidate("Na3PS4", "", List.of(), Double.NaN, false))));
        assertThat(all).filteredOn(st -> st.catholyte() == null).isNotEmpty().allSatisfy(st -> {
            assertThat(st.incompatibleContacts()).isPositive();
            assertThat(st.alone().hardScore()).isNegative();
        });
        // a sulfide catholyte is never offered above ~3 V (H17)
        assertThat(all).noneMatch(st -> "Na3SbS4".equals(st.catholyte()) || "Na3PS3.85O0.15".equals(st.catholyte()));
    }

    /** The shortlist keeps an optimal plan: brute force over every subset of random keyed items agrees. */
    @Test
    void theShortlistKeepsTheOptimum() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int n = 4 + random.nextInt(9);
            int top = 1 + random.nextInt(4);
            long penalty = random.nextInt(3000);
            List<long[]> items = new ArrayList<>(); // key, hard, soft, id
            for (int i = 0; i < n; i++) {
                items.add(new long[] {random.nextInt(4), -random.nextInt(2), random.nextInt(5000) - 1000, i});
            }
            List<long[]> shortlist = Shortlist.of(items, top, x -> "k" + x[0], x -> HardSoftLongScore.of(x[1], x[2]));
            assertThat(shortlist.size()).isLessThanOrEqualTo(top * top);
            assertThat(best(shortlist, top, penalty)).as("trial " + trial).isEqualTo(best(items, top, penalty));
        }
    }

    /** Best plan of at most k items: each scores alone, less the penalty for every pair sharing a key. */
    private static HardSoftLongScore best(List<long[]> items, int k, long penalty) {
        HardSoftLongScore best = HardSoftLongScore.ZERO;
        for (int mask = 1; mask < 1 << items.size(); mask++) {
            if (Integer.bitCount(mask) > k) {
                continue;
            }
            long hard = 0;
            long soft = 0;
            List<long[]> chosen = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    chosen.add(items.get(i));
                }
            }
            for (int i = 0; i < chosen.size(); i++) {
                hard += chosen.get(i)[1];
                soft += chosen.get(i)[2];
                for (int j = i + 1; j < chosen.size(); j++) {
                    if (chosen.get(i)[0] == chosen.get(j)[0]) {
                        soft -= penalty;
                    }
                }
            }
            HardSoftLongScore s = HardSoftLongScore.of(hard, soft);
            if (s.compareTo(best) > 0) {
                best = s;
            }
        }
        return best;
    }
}
