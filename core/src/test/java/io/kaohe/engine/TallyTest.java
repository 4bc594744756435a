package io.kaohe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class TallyTest {
    @Test
    void ratesAreFractionsHalfEvenToFourPlaces() {
        assertEquals(new BigDecimal("0.3333"), Tally.rate(1, 3));
        assertEquals(new BigDecimal("0.6667"), Tally.rate(2, 3));
        assertEquals(new BigDecimal("0.0312"), Tally.rate(1, 32), "0.03125 → even: 0.0312 (half-up would give 0.0313)");
        assertEquals(new BigDecimal("0.0938"), Tally.rate(3, 32), "0.09375 → even: 0.0938");
        assertEquals(new BigDecimal("1.0000"), Tally.rate(7, 7));
        assertEquals(new BigDecimal("0.0000"), Tally.rate(0, 7));
        assertNull(Tally.rate(0, 0));
    }
}
