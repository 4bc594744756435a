package io.kaohe.internal.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import io.kaohe.FieldError;

/**
 * Issue 17: {@link Decimals#error} decides most numbers without stripping their trailing zeros. It must decide every
 * number as the stripped one decides it (the rule as it was), trailing zeros or not, around both bounds.
 */
class DecimalsTest {
    /** The check as it was before the shortcut: on the number with its trailing zeros stripped. */
    private static Optional<FieldError> stripped(String path, BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        if (s.scale() > Decimals.MAX_SCALE) return Optional.of(FieldError.of(path, "validate.decimal.places", Decimals.MAX_SCALE, Decimals.plain(b)));
        if ((long) s.precision() - s.scale() > Decimals.MAX_DIGITS) {
            return Optional.of(FieldError.of(path, "validate.decimal.digits", Decimals.MAX_DIGITS, Decimals.plain(b)));
        }
        return Optional.empty();
    }

    @Test
    void decidesAsTheStrippedNumberAroundBothBounds() {
        QuickTheory.qt().withFixedSeed(1717L).withExamples(50000)
                .forAll(longs().between(-99_999_999_999_999L, 99_999_999_999_999L), integers().between(0, 6),
                        integers().between(-20, 24))
                .checkAssert((digits, zeros, scale) -> {
                    // some numbers end in zeros, so that stripping changes their scale and precision
                    BigDecimal b = new BigDecimal(BigInteger.valueOf(digits).multiply(BigInteger.TEN.pow(zeros)), scale);
                    assertEquals(stripped(".amount", b), Decimals.error(".amount", b), b.toString());
                });
    }

    @Test
    void atTheBoundPassesJustBeyondFails() {
        assertFalse(Decimals.error(".amount", new BigDecimal("0.000001")).isPresent());
        assertTrue(Decimals.error(".amount", new BigDecimal("0.0000001")).isPresent());
        assertFalse(Decimals.error(".amount", new BigDecimal("0.0000010")).isPresent(), "a trailing zero is not a place");
        assertFalse(Decimals.error(".amount", new BigDecimal("999999999999999")).isPresent());
        assertTrue(Decimals.error(".amount", new BigDecimal("1000000000000000")).isPresent());
        assertTrue(Decimals.error(".amount", new BigDecimal("1E+15")).isPresent());
        assertFalse(Decimals.error(".amount", new BigDecimal("0E+999999999")).isPresent(), "zero, however written");
        assertFalse(Decimals.error(".amount", new BigDecimal("0E-999999999")).isPresent());
        assertTrue(Decimals.error(".amount", new BigDecimal("1E-999999999")).isPresent());
        assertTrue(Decimals.error(".amount", new BigDecimal("1E+999999999")).isPresent());
        // precision − scale of this one overflowed an int (1 + 2147483647), which let it through
        assertTrue(Decimals.error(".amount", new BigDecimal("1E+2147483647")).isPresent());
        assertEquals("1E+2147483647", Decimals.plain(new BigDecimal("1E+2147483647")), "shown short, not a billion zeros");
    }
}
