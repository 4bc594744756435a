package io.kaohe.internal.validate;

import java.math.BigDecimal;
import java.util.Optional;

import io.kaohe.FieldError;

/**
 * Decimal input checks shared by the validators. JSON numbers are read exactly, so {@code 1e-999999999}
 * is a legal input whose sum with 25 has a billion digits, and {@code 1e999999999} written plain is a
 * billion characters: both must be refused or shown short, never computed with or printed in full.
 */
public final class Decimals {
    private Decimals() {}

    /** No count of hours, credits or points needs more decimal places than this. */
    public static final int MAX_SCALE = 6;
    /** Nor more digits before the point than this (a province's budget in yuan has 12). */
    public static final int MAX_DIGITS = 15;
    /** Beyond this many digits a number is shown in scientific form (still exact, but short). */
    private static final int MAX_PLAIN_DIGITS = 30;

    /** The number as people write it ({@code 12.5}, {@code -3}); scientific ({@code 1E+999999999}) when it would be very long. */
    public static String plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        if ((long) s.precision() - s.scale() > MAX_PLAIN_DIGITS || s.scale() > MAX_PLAIN_DIGITS) return s.toString(); // long: see error
        String p = s.toPlainString();
        return p.equals("-0") ? "0" : p;
    }

    /** The error at {@code path} for a number no count or sum of money needs, too fine or too large to compute with; empty when fine. */
    public static Optional<FieldError> error(String path, BigDecimal b) {
        // Without stripping (it makes a new number, for every amount of every dossier): stripping trailing zeros lowers
        // the scale and keeps precision − scale, so a number within both bounds as written is within them stripped.
        // Zero strips to 0. Anything else is decided on the stripped number, as before.
        if (b.signum() == 0 || (b.scale() <= MAX_SCALE && (long) b.precision() - b.scale() <= MAX_DIGITS)) return Optional.empty();
        BigDecimal s = b.stripTrailingZeros();
        if (s.scale() > MAX_SCALE) return Optional.of(FieldError.of(path, "validate.decimal.places", MAX_SCALE, plain(b)));
        if ((long) s.precision() - s.scale() > MAX_DIGITS) { // long: 1E+2147483647 overflowed an int to a small number
            return Optional.of(FieldError.of(path, "validate.decimal.digits", MAX_DIGITS, plain(b)));
        }
        return Optional.empty();
    }
}
