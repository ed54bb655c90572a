package org.nasse.advisor.analysis;

import org.nasse.advisor.chemistry.ChargeBalance;
import org.nasse.advisor.chemistry.Chemistry;
import org.nasse.advisor.chemistry.FamilyGuess;
import org.nasse.advisor.chemistry.Formula;

/** Formula text in, analysis out. Throws FormulaSyntaxException for text that is not a formula. */
public final class Analyzer {
    private final Chemistry chemistry;

    public Analyzer(Chemistry chemistry) {
        this.chemistry = chemistry;
    }

    public Analysis analyze(String input) {
        Formula formula = chemistry.parse(input);
        ChargeBalance balance = chemistry.balance(formula);
        return new Analysis(input, formula, balance, FamilyGuess.of(formula, balance));
    }
}
