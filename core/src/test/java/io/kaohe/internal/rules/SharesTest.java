package io.kaohe.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SharesTest {
    static final BigDecimal THIRTY = new BigDecimal("0.30");

    @Test
    void exactAtTheBoundary() {
        assertTrue(Shares.atLeast(3, 10, THIRTY));
        assertFalse(Shares.atLeast(2, 10, THIRTY));
        assertTrue(Shares.atMost(3, 10, THIRTY));
        assertFalse(Shares.atMost(4, 10, THIRTY));
        // 1/3 is below 0.3334 and above 0.3333: no rounding decides it
        assertFalse(Shares.atLeast(1, 3, new BigDecimal("0.3334")));
        assertTrue(Shares.atLeast(1, 3, new BigDecimal("0.3333")));
    }

    @Test
    void nothingToCount() {
        assertFalse(Shares.atLeast(0, 0, BigDecimal.ZERO), "an at-least share of nothing is never met");
        assertTrue(Shares.atMost(0, 0, BigDecimal.ZERO), "nothing exceeds an at-most share");
        assertNull(Shares.of(0, 0));
    }

    @Test
    void agreesWithIntegerArithmetic() {
        qt().forAll(integers().between(0, 500), integers().between(1, 500), integers().between(0, 100)).checkAssert((p, w, pct) -> {
            BigDecimal bound = BigDecimal.valueOf(pct, 2);
            assertEquals(100L * p >= (long) pct * w, Shares.atLeast(p, w, bound));
            assertEquals(100L * p <= (long) pct * w, Shares.atMost(p, w, bound));
        });
    }
}
