package io.kaohe.internal.rules;

import java.math.BigDecimal;
import java.math.MathContext;

import io.kaohe.KaoheException;

/** The numeric comparisons requirements are made of, exact (no rounding at a boundary). */
public final class Comparisons {
    private Comparisons() {}

    /** {@code actual ≥ bound} (atLeast) or {@code actual ≤ bound}. */
    public static boolean bound(BigDecimal actual, BigDecimal bound, boolean atLeast) {
        int c = actual.compareTo(bound);
        return atLeast ? c >= 0 : c <= 0;
    }

    /** min ≤ actual ≤ max. */
    public static boolean between(BigDecimal actual, BigDecimal min, BigDecimal max) {
        return actual.compareTo(min) >= 0 && actual.compareTo(max) <= 0;
    }

    /**
     * part / whole ≥ bound (atLeast) or ≤ bound, compared as part ≥ bound × whole. A whole of 0 never meets a
     * minimum (nothing is not at least half of nothing) and always meets a maximum (nothing exceeds).
     */
    public static boolean share(BigDecimal part, BigDecimal whole, BigDecimal bound, boolean atLeast) {
        if (whole.signum() == 0) return !atLeast;
        int c = part.compareTo(bound.multiply(whole));
        return atLeast ? c >= 0 : c <= 0;
    }

    /** part / whole, or null when whole is 0. */
    public static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, MathContext.DECIMAL64);
    }

    /** The operator a message shows: {@code ≥} / {@code <} for a minimum, {@code ≤} / {@code >} for a maximum. */
    public static String op(boolean atLeast, boolean met) {
        return atLeast ? (met ? "≥" : "<") : (met ? "≤" : ">");
    }

    /** A number from a rule (BigDecimal, int, long, …) as an exact decimal. */
    public static BigDecimal num(Object o) {
        if (o instanceof BigDecimal b) return b;
        if (o instanceof Integer || o instanceof Long || o instanceof Short) return BigDecimal.valueOf(((Number) o).longValue());
        if (o instanceof Number n) return new BigDecimal(n.toString());
        throw new KaoheException("expected a number, was " + o);
    }
}
