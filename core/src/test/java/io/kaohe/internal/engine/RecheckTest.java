package io.kaohe.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The re-check draw: at least the share, reproducible, independent of input order. */
class RecheckTest {
    static final BigDecimal TEN = new BigDecimal("0.10");

    static List<String> ids(int n) { return IntStream.range(0, n).mapToObj(i -> "S-" + i).toList(); }

    @Test
    void sizeIsTheShareRoundedUp() {
        assertEquals(0, Recheck.size(TEN, 0));
        assertEquals(1, Recheck.size(TEN, 1));
        assertEquals(1, Recheck.size(TEN, 10));
        assertEquals(2, Recheck.size(TEN, 11));
        assertEquals(10, Recheck.size(TEN, 100));
        assertEquals(11, Recheck.size(TEN, 101));
    }

    @Test
    void atLeastTheShareReproducibleAndOrderFree() {
        qt().forAll(integers().between(0, 300), integers().between(1, 100), longs().all()).checkAssert((n, pct, seed) -> {
            BigDecimal share = BigDecimal.valueOf(pct, 2);
            List<String> drawn = Recheck.draw(ids(n), share, seed);
            assertTrue(BigDecimal.valueOf(drawn.size()).compareTo(share.multiply(BigDecimal.valueOf(n))) >= 0);
            assertTrue(drawn.size() <= n);
            assertEquals(drawn.size(), drawn.stream().distinct().count());
            assertTrue(ids(n).containsAll(drawn));
            List<String> shuffled = new ArrayList<>(ids(n));
            Collections.shuffle(shuffled, new Random(~seed));
            assertEquals(drawn, Recheck.draw(shuffled, share, seed));
            assertEquals(drawn.stream().sorted().toList(), drawn, "listed sorted");
        });
    }

    @Test
    void aKnownDrawStaysTheSame() {
        // Random and Collections.shuffle are specified by the JDK: this draw must never change
        List<String> expected = new ArrayList<>(ids(20).stream().sorted().toList());
        Collections.shuffle(expected, new Random(42));
        List<String> first = new ArrayList<>(expected.subList(0, 2));
        Collections.sort(first);
        assertEquals(first, Recheck.draw(ids(20), TEN, 42));
    }
}
