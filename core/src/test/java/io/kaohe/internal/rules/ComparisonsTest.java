package io.kaohe.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.kaohe.KaoheException;

/** Exact comparisons: at the bound is met, just beyond is not; a share of nothing meets only a maximum. */
class ComparisonsTest {
    private static BigDecimal d(String s) { return new BigDecimal(s); }

    @Test
    void boundsAreInclusiveAndExact() {
        assertTrue(Comparisons.bound(d("50.00"), d("50"), true));
        assertFalse(Comparisons.bound(d("49.999999"), d("50"), true));
        assertTrue(Comparisons.bound(d("50"), d("50.0"), false));
        assertFalse(Comparisons.bound(d("50.000001"), d("50"), false));
        assertTrue(Comparisons.between(d("3"), d("3"), d("5")));
        assertTrue(Comparisons.between(d("5"), d("3"), d("5")));
        assertFalse(Comparisons.between(d("5.01"), d("3"), d("5")));
        assertFalse(Comparisons.between(d("2.99"), d("3"), d("5")));
    }

    @Test
    void sharesCompareWithoutRounding() {
        assertTrue(Comparisons.share(d("1"), d("3"), d("0.3333"), true));
        assertFalse(Comparisons.share(d("1"), d("3"), d("0.33334"), true));
        assertFalse(Comparisons.share(d("0"), d("0"), d("0"), true), "nothing is not at least any share of nothing");
        assertTrue(Comparisons.share(d("0"), d("0"), d("0"), false), "nothing exceeds");
        assertNull(Comparisons.ratio(d("1"), d("0")));
        assertEquals(0, d("0.25").compareTo(Comparisons.ratio(d("1"), d("4"))));
    }

    @Test
    void operatorsAndNumbers() {
        assertEquals("≥", Comparisons.op(true, true));
        assertEquals("<", Comparisons.op(true, false));
        assertEquals("≤", Comparisons.op(false, true));
        assertEquals(">", Comparisons.op(false, false));
        assertEquals(d("7"), Comparisons.num(7));
        assertEquals(d("7"), Comparisons.num(7L));
        assertEquals(d("2.5"), Comparisons.num(2.5d));
        assertThrows(KaoheException.class, () -> Comparisons.num("7"));
    }
}
