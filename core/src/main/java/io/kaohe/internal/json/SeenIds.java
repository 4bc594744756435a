package io.kaohe.internal.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The record IDs seen so far in a stream, each with the line of its first occurrence: what the
 * duplicate check must remember. Held compactly, as UTF-8 bytes in one growing array with an
 * open-addressing table, about 30 bytes an ID instead of about 110 for a {@code HashMap<String, Long>}:
 * a million teachers fit in some 30 MB. Not thread-safe (the stream's writer alone uses it).
 *
 * <p>The table is placed by SipHash-2-4 under a key drawn at random for each set: an input cannot choose IDs
 * that all land on one slot (131,072 IDs with equal {@code String.hashCode} once made the duplicate check
 * quadratic). Only the table's layout depends on the key; what the set answers does not.
 */
public final class SeenIds {
    private static final java.security.SecureRandom KEYS = new java.security.SecureRandom();
    private final long k0 = KEYS.nextLong();
    private final long k1 = KEYS.nextLong();
    /** Slots looked at so far: what a collision attack would inflate (for tests). */
    private long probes;
    private byte[] bytes = new byte[1 << 12];
    private int used;
    private int[] start = new int[64];
    private long[] line = new long[64];
    private int size;
    /** Slots hold an entry's index + 1; 0 is empty. Kept at most half full. */
    private int[] slots = new int[128];

    /** Records {@code id} at {@code at} unless already seen; returns the line it was first seen at, or -1 if new. */
    public long putIfAbsent(String id, long at) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        for (int i = hash(key, 0, key.length) & mask; ; i = (i + 1) & mask) {
            probes++;
            int e = slots[i] - 1;
            if (e < 0) {
                add(key, at);
                slots[i] = size;
                if (2 * size > slots.length) rehash();
                return -1;
            }
            if (matches(e, key)) return line[e];
        }
    }

    public int size() { return size; }

    long probes() { return probes; }

    private boolean matches(int e, byte[] key) {
        int from = start[e];
        int to = e + 1 < size ? start[e + 1] : used;
        return Arrays.equals(bytes, from, to, key, 0, key.length);
    }

    private void add(byte[] key, long at) {
        if (used + key.length > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, used + key.length));
        if (size == start.length) {
            start = Arrays.copyOf(start, 2 * size);
            line = Arrays.copyOf(line, 2 * size);
        }
        System.arraycopy(key, 0, bytes, used, key.length);
        start[size] = used;
        line[size] = at;
        used += key.length;
        size++;
    }

    private void rehash() {
        int[] next = new int[2 * slots.length];
        int mask = next.length - 1;
        for (int e = 0; e < size; e++) {
            int from = start[e];
            int to = e + 1 < size ? start[e + 1] : used;
            int i = hash(bytes, from, to) & mask;
            while (next[i] != 0) i = (i + 1) & mask;
            next[i] = e + 1;
        }
        slots = next;
    }

    private int hash(byte[] b, int from, int to) {
        long h = sipHash(k0, k1, b, from, to);
        return (int) (h ^ (h >>> 32));
    }

    /** SipHash-2-4 (Aumasson and Bernstein) of {@code b[from, to)} under the key {@code (k0, k1)}, little-endian. */
    static long sipHash(long k0, long k1, byte[] b, int from, int to) {
        long[] v = {k0 ^ 0x736f6d6570736575L, k1 ^ 0x646f72616e646f6dL, k0 ^ 0x6c7967656e657261L, k1 ^ 0x7465646279746573L};
        int len = to - from;
        int end = from + (len & ~7);
        for (int i = from; i < end; i += 8) {
            long m = 0;
            for (int j = 7; j >= 0; j--) m = (m << 8) | (b[i + j] & 0xFFL);
            compress(v, m, 2);
        }
        long m = ((long) len & 0xFF) << 56;
        for (int j = to - end - 1; j >= 0; j--) m |= (b[end + j] & 0xFFL) << (8 * j);
        compress(v, m, 2);
        v[2] ^= 0xFF;
        for (int r = 0; r < 4; r++) round(v);
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    private static void compress(long[] v, long m, int rounds) {
        v[3] ^= m;
        for (int r = 0; r < rounds; r++) round(v);
        v[0] ^= m;
    }

    private static void round(long[] v) {
        v[0] += v[1]; v[1] = Long.rotateLeft(v[1], 13); v[1] ^= v[0]; v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[3]; v[3] = Long.rotateLeft(v[3], 16); v[3] ^= v[2];
        v[0] += v[3]; v[3] = Long.rotateLeft(v[3], 21); v[3] ^= v[0];
        v[2] += v[1]; v[1] = Long.rotateLeft(v[1], 17); v[1] ^= v[2]; v[2] = Long.rotateLeft(v[2], 32);
    }
}
