package org.nasse.advisor.analysis;

import org.nasse.advisor.chemistry.ChargeBalance;
import org.nasse.advisor.chemistry.Family;
import org.nasse.advisor.chemistry.Formula;

/** What the advisor knows about one composition. Later stages (host, findings, estimate) add to it. */
public record Analysis(String input, Formula formula, ChargeBalance chargeBalance, Family family,
                       java.util.Optional<HostMatch> match) {

    /** The host's family when a host is matched (more reliable than the guess), else the guess. */
    public String familyLabel() {
        return match.map(m -> m.host().family()).orElse(family.label());
    }

    public boolean chargeBalanced() {
        return chargeBalance.balanced();
    }

    /** The one-line reason this composition cannot be used as written, or null. */
    public String problem() {
        if (chargeBalance.balanced()) {
            return null;
        }
        double r = chargeBalance.residualCharge();
        return Double.isNaN(r)
                ? "no oxidation states are known for an element of " + formula
                : formula + " is not charge balanced: residual charge " + (r > 0 ? "+" : "") + trim(r)
                        + " per formula unit with the closest common oxidation states";
    }

    /** Why a composition with a small residual still counts as balanced. */
    public String roundingNote() {
        return "balanced within rounding: residual " + (chargeBalance.residualCharge() > 0 ? "+" : "")
                + trim(chargeBalance.residualCharge()) + " per formula unit, within the ±"
                + trim(chargeBalance.roundingAllowance()) + " that its amounts rounded as written allow";
    }

    private static String trim(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
