package org.nasse.advisor.chemistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.bench.CompositionGenerator;
import org.nasse.advisor.knowledge.KnowledgeBase;

/**
 * Property: where {@link PlainFormulaReader} reads a text, the parser's grammar gives exactly one reading
 * and it is the same formula in every respect (amounts to the last stored digit, order, rounding errors,
 * text, units, elements, keys); where the grammar refuses a text, the plain reader does not read it.
 * Over the benchmark's generated compositions, everything knowledge/ writes, the review's formulas,
 * random plain formulas, mutations of all of these, and edge cases.
 */
class FormulaPlainPathTest {
    private static final String MUTATIONS = "NaBHOSClC0123456789.()·* /e";

    private final KnowledgeBase kb = TestKnowledge.knowledge();
    private final Chemistry chem = kb.chemistry();
    private final FormulaParser parser = new FormulaParser(chem.table().symbols(), chem.clusters());
    private final PlainFormulaReader plain = new PlainFormulaReader(chem.table().symbols(), chem.clusters());

    @Test
    void thePlainReaderAgreesWithTheGrammarOnGeneratedCompositions() {
        int read = 0;
        int total = 0;
        for (long seed = 1; seed <= 12; seed++) {
            CompositionGenerator generator = new CompositionGenerator(kb, seed);
            for (int i = 0; i < 25_000; i++) {
                read += check(generator.next()) ? 1 : 0;
                total++;
            }
        }
        // not a vacuous pass: the generated compositions are what the short cut is for (97 % of them
        // are read by it; the rest are hosts written with brackets or adduct dots, Na3Zr2(PO4)3, Na2O·11Al2O3)
        assertThat(read).as("generated compositions the plain reader read").isGreaterThan(total * 9 / 10);
    }

    @Test
    void thePlainReaderAgreesWithTheGrammarOnEveryFormulaOfTheKnowledgeBase() throws IOException {
        List<String> texts = knowledgeFormulas();
        int read = 0;
        for (String text : texts) {
            read += check(text) ? 1 : 0;
        }
        assertThat(read).isGreaterThan(0);
        assertThat(texts.size()).isGreaterThan(100);
    }

    @Test
    void thePlainReaderAgreesWithTheGrammarOnEdgeCases() {
        List<String> texts = List.of(
                // cluster units written plainly: several readings, the grammar's to make
                "B12H12", "NH2", "BH4", "CB11H12", "SO4", "Na2B12H12", "NaBH4", "Na3NH2B12H12", "NaCB11H12", "Na3OBH4",
                "Na2SO4", "NaB3H8", "Na3ONO2", "Na2S1O4", "Na2S1.0O4", "Na2S1.00O4.0", "NaB1H4.000", "NaN1.5H2",
                // hydrates, adducts, brackets, fractions: the grammar's
                "Na3SbS4·9H2O", "Na3SbS4*9H2O", "H2O", "Na2(B12H12)", "Na3V2(PO4)3", "Na4/3Cl4/3", "0.5Na2S",
                // zero, large and odd amounts
                "Na0Cl", "Na0.0Cl", "Na00Cl", "Na00.50Cl", "Na.5Cl.5", "Na5.Cl5.", "Na.Cl", "Na1..5Cl", "NaCl0",
                "Na10000Cl", "Na10000.0Cl", "Na10000.001Cl", "Na10001Cl", "Na9999.99999Cl", "Na123456789012Cl",
                "Na1234567890123Cl", "Na0.00000000001Cl", "Na10Cl100", "Na1000Cl20", "Na2.50Cl2.500",
                // repeated, unknown and long symbols, separators, case
                "NaNaCl2", "Na5000Na5001Cl", "NaClNa", "Xx2", "Uue", "NaCL", "naCl", "Na3PS4e", "Na3PS4E", "Na1e5Cl",
                "Na3PS4.", "Na3-PS4", "Na3 PS4", "Na₃PS₄", "Na3PS4 ", " Na3PS4", "Na3PS4+Na2S", "Na3PS4-0.5Na2S",
                "N", "Na", "H", "HH", "NH", "NH2H", "HNH2", "NaHNH2", "C", "CB", "CB11H12Na");
        for (String text : texts) {
            check(text);
        }
    }

    @Test
    void thePlainReaderAgreesWithTheGrammarOnRandomAndMutatedFormulas() throws IOException {
        Random random = new Random(20260101L);
        List<String> symbols = new ArrayList<>(chem.table().symbols());
        List<String> units = chem.clusters().all().stream().map(ClusterUnit::name).toList();
        List<String> seeds = new ArrayList<>(knowledgeFormulas());
        CompositionGenerator generator = new CompositionGenerator(kb, 99);
        for (int i = 0; i < 2_000; i++) {
            seeds.add(generator.next());
        }
        for (int trial = 0; trial < 60_000; trial++) {
            check(randomPlainFormula(random, symbols));
            check(FormulaRoundTripTest.randomFormula(random, symbols, units).toString());
            check(mutate(random, seeds.get(random.nextInt(seeds.size()))));
        }
    }

    /** A plain formula of random elements (repeats allowed) with amounts in every spelling. */
    private static String randomPlainFormula(Random random, List<String> symbols) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(7);
        List<String> cluster = List.of("B", "H", "N", "O", "C", "S", "F", "Cl");
        for (int k = 0; k < n; k++) {
            sb.append(random.nextInt(3) == 0 ? cluster.get(random.nextInt(cluster.size()))
                    : symbols.get(random.nextInt(symbols.size())));
            switch (random.nextInt(7)) {
                case 0 -> { }
                case 1 -> sb.append(random.nextInt(13));
                case 2 -> sb.append(random.nextInt(13)).append('.').append("0".repeat(random.nextInt(3)));
                case 3 -> sb.append(random.nextInt(4)).append('.').append(random.nextInt(1000));
                case 4 -> sb.append(random.nextInt(3)).append('.').append(String.format("%03d", random.nextInt(1000)))
                        .append("0".repeat(random.nextInt(2)));
                case 5 -> sb.append(random.nextInt(10_003));
                default -> sb.append('.').append(random.nextInt(100));
            }
        }
        return sb.toString();
    }

    private static String mutate(Random random, String seed) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !sb.isEmpty(); e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, MUTATIONS.charAt(random.nextInt(MUTATIONS.length())));
                case 2 -> sb.setCharAt(at, MUTATIONS.charAt(random.nextInt(MUTATIONS.length())));
                default -> sb.insert(at, random.nextInt(100));
            }
        }
        return sb.toString();
    }

    private List<String> knowledgeFormulas() throws IOException {
        List<String> texts = new ArrayList<>();
        kb.hosts().forEach(h -> texts.add(h.formula()));
        kb.records().forEach(r -> texts.add(r.composition()));
        kb.cathodes().forEach(c -> texts.add(c.formula()));
        kb.anodes().forEach(a -> texts.add(a.formula()));
        kb.series().forEach(s -> {
            texts.add(s.host());
            s.points().forEach(p -> {
                texts.add(p.composition());
                texts.add(p.asWritten());
            });
        });
        for (String line : Files.readAllLines(Path.of("src/test/resources/review-formulas.tsv"))) {
            if (!line.startsWith("#") && !line.startsWith("typed\t") && !line.isBlank()) {
                texts.add(line.split("\t")[0]);
            }
        }
        texts.removeIf(Objects::isNull);
        return texts;
    }

    /** Both paths on one text; true when the plain reader read it. Fails on any difference. */
    private boolean check(String text) {
        Formula quick = plain.read(text);
        List<Formula> grammar;
        try {
            grammar = parser.readingsByGrammar(text);
        } catch (FormulaSyntaxException e) {
            if (quick != null) {
                fail("the plain reader read '%s' as %s, the grammar refuses it: %s", text, quick, e.getMessage());
            }
            return false;
        }
        if (quick == null) {
            return false;
        }
        assertThat(grammar).as("readings of '%s' by the grammar", text).hasSize(1);
        assertIdentical(text, quick, grammar.get(0));
        // and the parser's public path takes the short cut to the same place
        assertIdentical(text, parser.readings(text).get(0), grammar.get(0));
        return true;
    }

    private static void assertIdentical(String text, Formula quick, Formula grammar) {
        String as = "'" + text + "'";
        assertThat(List.copyOf(quick.amounts().keySet())).as(as).isEqualTo(List.copyOf(grammar.amounts().keySet()));
        for (Map.Entry<String, java.math.BigDecimal> e : grammar.amounts().entrySet()) {
            String key = e.getKey();
            // equals, not compareTo: the same digits and the same scale
            assertThat(quick.exactAmount(key)).as(as + " " + key).isEqualTo(e.getValue());
            assertThat(quick.exactAmount(key).scale()).as(as + " " + key).isEqualTo(e.getValue().scale());
            assertThat(Double.compare(quick.roundingError(key), grammar.roundingError(key))).as(as + " error of " + key)
                    .isZero();
            for (String element : List.of("B", "H", "N", "O", "C")) {
                assertThat(quick.unitContains(key, element)).isEqualTo(grammar.unitContains(key, element));
            }
        }
        assertThat(quick.roundingError("H2O")).isEqualTo(grammar.roundingError("H2O"));
        assertThat(quick.toString()).as(as).isEqualTo(grammar.toString());
        assertThat(quick.units()).as(as).isEqualTo(grammar.units());
        assertThat(quick.elements()).as(as).isEqualTo(grammar.elements());
        assertThat(quick.amountsAsDoubles()).as(as).isEqualTo(grammar.amountsAsDoubles());
        assertThat(quick.elementsAsDoubles()).as(as).isEqualTo(grammar.elementsAsDoubles());
        assertThat(quick.unitsAsDoubles()).as(as).isEqualTo(grammar.unitsAsDoubles());
        assertThat(quick.reducedKey()).as(as).isEqualTo(grammar.reducedKey());
        assertThat(quick.constituentSignature()).as(as).isEqualTo(grammar.constituentSignature());
        assertThat(quick.hashCode()).as(as).isEqualTo(grammar.hashCode());
        assertThat(quick).as(as).isEqualTo(grammar);
        assertThat(grammar).as(as).isEqualTo(quick);
    }
}
