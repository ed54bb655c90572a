package org.nasse.advisor.chemistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nasse.advisor.TestKnowledge;

class FormulaParserTest {
    private final Chemistry chem = TestKnowledge.chemistry();

    private BigDecimal amount(Formula f, String key) {
        return f.exactAmount(key).stripTrailingZeros();
    }

    @Test
    void decimalAmountsAndNestedGroupsMultiplyOutExactly() {
        Formula f = chem.parse("Na3.57[Sn0.67Si0.33]0.67P0.33S3.9I0.1");
        assertThat(amount(f, "Na")).isEqualByComparingTo("3.57");
        assertThat(amount(f, "Sn")).isEqualByComparingTo("0.4489");
        assertThat(amount(f, "Si")).isEqualByComparingTo("0.2211");
        assertThat(amount(f, "P")).isEqualByComparingTo("0.33");
        assertThat(amount(f, "S")).isEqualByComparingTo("3.9");
        assertThat(amount(f, "I")).isEqualByComparingTo("0.1");
        assertThat(f.toString()).isEqualTo("Na3.57Sn0.4489Si0.2211P0.33S3.9I0.1");
    }

    @Test
    void clusterAnionsWrittenAsGroupsStayUnits() {
        Formula f = chem.parse("Na4(CB11H12)2(B12H12)");
        assertThat(f.amounts().keySet()).containsExactly("Na", "CB11H12", "B12H12");
        assertThat(amount(f, "CB11H12")).isEqualByComparingTo("2");
        assertThat(f.toString()).isEqualTo("Na4(CB11H12)2(B12H12)");

        Formula mixed = chem.parse("Na2(B12H12)0.5(B10H10)0.5");
        assertThat(mixed.toString()).isEqualTo("Na2(B12H12)0.5(B10H10)0.5");
        assertThat(chem.parse("Na3O(BH4)").amounts().keySet()).containsExactly("Na", "O", "BH4");
    }

    @Test
    void aGroupThatIsNoKnownClusterIsMultipliedOut() {
        Formula f = chem.parse("Na3V2(PO4)3");
        assertThat(f.amounts().keySet()).containsExactly("Na", "V", "P", "O");
        assertThat(amount(f, "O")).isEqualByComparingTo("12");
    }

    @Test
    void hydratesAndAdductsWithLeadingCoefficients() {
        Formula hydrate = chem.parse("Na3SbS4·9H2O");
        assertThat(amount(hydrate, "H2O")).isEqualByComparingTo("9");
        assertThat(hydrate.toString()).isEqualTo("Na3SbS4·9H2O");
        assertThat(chem.parse("Na3SbS4*9H2O")).isEqualTo(hydrate);

        Formula glass = chem.parse("0.94Na3PS4·0.06Na4SiS4");
        assertThat(amount(glass, "Na")).isEqualByComparingTo("3.06");
        assertThat(amount(glass, "P")).isEqualByComparingTo("0.94");
        assertThat(amount(glass, "Si")).isEqualByComparingTo("0.06");
        assertThat(amount(glass, "S")).isEqualByComparingTo("4");
        // a sum of compounds prints as a chemist writes it, the anions last; a hydrate keeps its order
        assertThat(glass.toString()).isEqualTo("Na3.06P0.94Si0.06S4");
        assertThat(chem.parse("Na2O·5Al2O3").toString()).isEqualTo("Na2Al10O16");
        assertThat(chem.parse("0.84Na2O·0.67MgO·5.2Al2O3").toString()).isEqualTo("Na1.68Mg0.67Al10.4O17.11");
        assertThat(chem.parse("0.62Na0.75Sm1.75Cl6·0.38NaTaCl6").toString()).isEqualTo("Na0.845Sm1.085Ta0.38Cl6");
    }

    @Test
    void unicodeSubscriptsAndWhitespace() {
        assertThat(chem.parse("Na₃PS₄")).isEqualTo(chem.parse("Na3PS4"));
        assertThat(chem.parse("Na₂.₈₈Sb₀.₈₈W₀.₁₂S₄")).isEqualTo(chem.parse("Na2.88Sb0.88W0.12S4"));
        assertThat(chem.parse(" Na3 PS4 ")).isEqualTo(chem.parse("Na3PS4"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                | empty formula",
            "'   '             | empty formula",
            "Na3Xx4            | unknown element 'Xx' at column 4",
            "Na1e400Cl         | exponent notation is not allowed in amounts ('1e…') at column 3",
            "Na-1Cl            | negative amount at column 3",
            "Na3(PS4           | unclosed '(' at column 4",
            "Na3PS4)           | unmatched ')' at column 7",
            "Na3[PS4)          | unclosed '[' at column 4",
            "Na0Cl             | zero amount at column 3",
            "Na3..5Cl          | malformed amount '3..5' at column 3",
            "Na()Cl            | empty group '()' at column 3",
            "nacl              | unexpected 'n' (element symbols start with a capital) at column 1",
            "Na3PS4·           | nothing after '·' at column 7",
            "3                 | formula ends without a constituent at column 2",
            "Na99999Cl         | amount 99999 is larger than 10000 at column 3",
            "Na3P$S4           | unexpected '$' at column 5",
    })
    void badInputGivesOneClearMessageWithTheColumn(String input, String expected) {
        assertThatThrownBy(() -> chem.parse(input))
                .isInstanceOf(FormulaSyntaxException.class)
                .hasMessageStartingWith(expected);
    }

    @Test
    void hostileLengthAndNestingAreRefusedWithoutStackOverflow() {
        String deep = "(".repeat(5000) + "Na" + ")".repeat(5000);
        assertThatThrownBy(() -> chem.parse(deep)).isInstanceOf(FormulaSyntaxException.class)
                .hasMessageContaining("longer than " + FormulaParser.MAX_LENGTH);
        String nested = "(".repeat(FormulaParser.MAX_DEPTH + 1) + "Na" + ")".repeat(FormulaParser.MAX_DEPTH + 1);
        assertThatThrownBy(() -> chem.parse(nested)).isInstanceOf(FormulaSyntaxException.class)
                .hasMessageContaining("nested deeper than " + FormulaParser.MAX_DEPTH);
        String atLimit = "(".repeat(FormulaParser.MAX_DEPTH) + "NaCl" + ")".repeat(FormulaParser.MAX_DEPTH);
        assertThat(chem.parse(atLimit).toString()).isEqualTo("NaCl");
        assertThatThrownBy(() -> chem.parse("(Na9999)2")).hasMessageContaining("exceeds 10000");
    }
}
