package io.kaohe.internal.json;

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

    /**
     * 65,536 IDs with one {@code String.hashCode} (and one {@code Arrays.hashCode} of their bytes): built from the
     * colliding pair "Aa"/"BB". The table is keyed, so they spread out: a few probes an ID, not one per ID seen.
     */
    @Test
    void collidingIdsDoNotPileUp() {
        int bits = 16;
        SeenIds seen = new SeenIds();
        int hash = 0;
        for (int n = 0; n < 1 << bits; n++) {
            StringBuilder id = new StringBuilder();
            for (int b = 0; b < bits; b++) id.append((n >> b & 1) == 0 ? "Aa" : "BB");
            if (n == 0) hash = java.util.Arrays.hashCode(id.toString().getBytes());
            assertEquals(hash, java.util.Arrays.hashCode(id.toString().getBytes()), "the IDs collide");
            assertEquals(-1, seen.putIfAbsent(id.toString(), n + 1));
        }
        assertEquals(1 << bits, seen.size());
        long perId = seen.probes() / seen.size();
        org.junit.jupiter.api.Assertions.assertTrue(perId < 4, "probes per ID: " + perId);
    }

    /** The reference vectors of the SipHash paper (key 00 01 … 0f, message 00 01 … of length 0, 7, 8, 15). */
    @Test
    void sipHashMatchesTheReference() {
        long k0 = 0x0706050403020100L, k1 = 0x0f0e0d0c0b0a0908L;
        byte[] m = new byte[16];
        for (int i = 0; i < m.length; i++) m[i] = (byte) i;
        assertEquals(0x726fdb47dd0e0e31L, SeenIds.sipHash(k0, k1, m, 0, 0));
        assertEquals(0xab0200f58b01d137L, SeenIds.sipHash(k0, k1, m, 0, 7));
        assertEquals(0x93f5f5799a932462L, SeenIds.sipHash(k0, k1, m, 0, 8));
        assertEquals(0xa129ca6149be45e5L, SeenIds.sipHash(k0, k1, m, 0, 15));
    }
}
