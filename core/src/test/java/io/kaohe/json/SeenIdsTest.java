package io.kaohe.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The compact ID set answers exactly as a {@code HashMap.putIfAbsent} would, through many resizes. */
class SeenIdsTest {
    @Test
    void agreesWithAHashMapOnRandomIdsWithRepeats() {
        SeenIds seen = new SeenIds();
        Map<String, Long> expected = new HashMap<>();
        Random rng = new Random(5);
        for (long line = 1; line <= 200_000; line++) {
            // short and long IDs, ASCII and Chinese, about one in three a repeat
            int n = rng.nextInt(120_000);
            String id = switch (n % 3) {
                case 0 -> "T-" + n;
                case 1 -> "教师-" + n;
                default -> "LN-" + "x".repeat(n % 40) + n;
            };
            Long first = expected.putIfAbsent(id, line);
            assertEquals(first == null ? -1 : first, seen.putIfAbsent(id, line), id);
        }
        assertEquals(expected.size(), seen.size());
    }

    @Test
    void emptyIdIsAnIdLikeAnyOther() {
        SeenIds seen = new SeenIds();
        assertEquals(-1, seen.putIfAbsent("", 1));
        assertEquals(1, seen.putIfAbsent("", 2));
        assertEquals(-1, seen.putIfAbsent("a", 3));
    }
}
