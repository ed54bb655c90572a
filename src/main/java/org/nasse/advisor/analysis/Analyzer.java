package org.nasse.advisor.analysis;

import org.nasse.advisor.chemistry.ChargeBalance;
import org.nasse.advisor.chemistry.Chemistry;
import org.nasse.advisor.chemistry.Family;
import org.nasse.advisor.chemistry.FamilyGuess;
import org.nasse.advisor.chemistry.Formula;
import org.nasse.advisor.knowledge.KnowledgeBase;

/** Formula text in, analysis out. Throws FormulaSyntaxException for text that is not a formula. */
public final class Analyzer {
    private final Chemistry chemistry;
    private final HostMatcher matcher;

    public Analyzer(KnowledgeBase knowledge) {
        this.chemistry = knowledge.chemistry();
        this.matcher = new HostMatcher(knowledge);
    }

    public Analysis analyze(String input) {
        Chemistry.Reading reading = chemistry.read(input);
        Formula formula = reading.formula();
        ChargeBalance balance = reading.balance();
        Family family = FamilyGuess.of(formula, balance);
        return new Analysis(input, formula, balance, family, matcher.match(formula, balance, family));
    }
}
