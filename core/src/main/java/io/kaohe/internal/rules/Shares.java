package io.kaohe.internal.rules;

import java.math.BigDecimal;

/**
 * Exact share comparisons for rules that combine several shares into one decision (a school form
 * item). Same semantics as {@link Checks#shareAtLeast} / {@link Checks#shareAtMost} ({@link Comparisons#share}):
 * compared as {@code part ≥ bound × whole} with no rounding at the boundary.
 */
public final class Shares {
    private Shares() {}

    /** part / whole ≥ bound; never true when whole is 0 (nothing to count). */
    public static boolean atLeast(Object part, Object whole, BigDecimal bound) {
        return Comparisons.share(Comparisons.num(part), Comparisons.num(whole), bound, true);
    }

    /** part / whole ≤ bound; true when whole is 0 (nothing exceeds). */
    public static boolean atMost(Object part, Object whole, BigDecimal bound) {
        return Comparisons.share(Comparisons.num(part), Comparisons.num(whole), bound, false);
    }

    /** part / whole for messages (shown as a percentage, recorded as a fraction); null when whole is 0. */
    public static Format.Share of(Object part, Object whole) {
        BigDecimal r = Comparisons.ratio(Comparisons.num(part), Comparisons.num(whole));
        return r == null ? null : new Format.Share(r);
    }
}
