package io.kaohe.rules;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Exact share comparisons for rules that combine several shares into one decision (a school form
 * item). Same semantics as {@link Checks#shareAtLeast} / {@link Checks#shareAtMost}: compared as
 * {@code part ≥ bound × whole} with no rounding at the boundary.
 */
public final class Shares {
    private Shares() {}

    /** part / whole ≥ bound; never true when whole is 0 (nothing to count). */
    public static boolean atLeast(Object part, Object whole, BigDecimal bound) {
        BigDecimal w = Checks.num(whole);
        return w.signum() != 0 && Checks.num(part).compareTo(bound.multiply(w)) >= 0;
    }

    /** part / whole ≤ bound; true when whole is 0 (nothing exceeds). */
    public static boolean atMost(Object part, Object whole, BigDecimal bound) {
        BigDecimal w = Checks.num(whole);
        return w.signum() == 0 || Checks.num(part).compareTo(bound.multiply(w)) <= 0;
    }

    /** part / whole for messages (shown as a percentage, recorded as a fraction); null when whole is 0. */
    public static Format.Share of(Object part, Object whole) {
        BigDecimal w = Checks.num(whole);
        return w.signum() == 0 ? null : new Format.Share(Checks.num(part).divide(w, MathContext.DECIMAL64));
    }
}
