package io.kaohe.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The record IDs seen so far in a stream, each with the line of its first occurrence: what the
 * duplicate check must remember. Held compactly, as UTF-8 bytes in one growing array with an
 * open-addressing table, about 30 bytes an ID instead of about 110 for a {@code HashMap<String, Long>}:
 * a million teachers fit in some 30 MB. Not thread-safe (the stream's writer alone uses it).
 */
final class SeenIds {
    private byte[] bytes = new byte[1 << 12];
    private int used;
    private int[] start = new int[64];
    private long[] line = new long[64];
    private int size;
    /** Slots hold an entry's index + 1; 0 is empty. Kept at most half full. */
    private int[] slots = new int[128];

    /** Records {@code id} at {@code at} unless already seen; returns the line it was first seen at, or -1 if new. */
    long putIfAbsent(String id, long at) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        for (int i = mix(Arrays.hashCode(key)) & mask; ; i = (i + 1) & mask) {
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

    int size() { return size; }

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
            int i = mix(hash(from, to)) & mask;
            while (next[i] != 0) i = (i + 1) & mask;
            next[i] = e + 1;
        }
        slots = next;
    }

    /** {@link Arrays#hashCode(byte[])} of a range of the stored bytes. */
    private int hash(int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) h = 31 * h + bytes[i];
        return h;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
