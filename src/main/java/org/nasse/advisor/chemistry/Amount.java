package org.nasse.advisor.chemistry;

import java.math.BigDecimal;

/** An amount as written, with its rounding error (0 when written with fewer than two decimals). */
record Amount(BigDecimal value, double error) {
    static final Amount ONE = new Amount(BigDecimal.ONE, 0.0);
}
