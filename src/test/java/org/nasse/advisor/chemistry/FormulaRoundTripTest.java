package org.nasse.advisor.chemistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestKnowledge;

/** Property: printing a formula and parsing the text back gives the same formula. */
class FormulaRoundTripTest {
    private final Chemistry chem = TestKnowledge.chemistry();

    @Test
    void parseOfPrintIsTheIdentityOnRandomFormulas() {
        Random random = new Random(20261125L);
        List<String> symbols = new ArrayList<>(chem.table().symbols());
        List<String> units = chem.clusters().all().stream().map(ClusterUnit::name).toList();
        for (int trial = 0; trial < 20_000; trial++) {
            Formula original = randomFormula(random, symbols, units);
            String printed = original.toString();
            Formula reparsed = chem.parse(printed);
            assertThat(reparsed).as("round trip of %s", printed).isEqualTo(original);
            assertThat(reparsed.amounts().keySet()).containsExactlyElementsOf(original.amounts().keySet());
            assertThat(reparsed.toString()).isEqualTo(printed);
        }
    }

    static Formula randomFormula(Random random, List<String> symbols, List<String> units) {
        LinkedHashMap<String, BigDecimal> m = new LinkedHashMap<>();
        int n = 1 + random.nextInt(6);
        while (m.size() < n) {
            String key = random.nextInt(6) == 0 ? units.get(random.nextInt(units.size()))
                    : symbols.get(random.nextInt(symbols.size()));
            m.put(key, randomAmount(random));
        }
        return new Formula(m);
    }

    static BigDecimal randomAmount(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> BigDecimal.valueOf(1 + random.nextInt(12));
            case 1 -> BigDecimal.valueOf(1 + random.nextInt(9999), 4);
            default -> BigDecimal.valueOf(1 + random.nextInt(120_000), 3 + random.nextInt(4)).min(BigDecimal.valueOf(9000));
        };
    }
}
