package io.kaohe.internal.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes are well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing above
 * U+10FFFF), exactly as the JDK's strict decoder judges them ({@code Utf8Test} checks the two agree), without decoding:
 * a line is parsed as JSON from its bytes, and the JDK has no check that does not decode. Measured in issue 17
 * (30,000 generated lines a pack, side by side): decoding each line with the strict decoder cost about 0.38 of a tree
 * parse of the line; this check costs about 0.05.
 */
final class Utf8 {
    private Utf8() {}

    /** Sixteen bytes at a time: most of a line is ASCII, and an ASCII byte has its high bit clear. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    static boolean valid(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            while (i + 16 <= n && (((long) LONGS.get(b, i) | (long) LONGS.get(b, i + 8)) & HIGH_BITS) == 0) i += 16;
            if (i == n) break;
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            if (c < 0xC2 || c > 0xF4) return false;
            if (c < 0xE0) {
                if (i + 1 >= n || !continuation(b[i + 1])) return false;
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= n) return false;
                int c1 = b[i + 1] & 0xFF;
                // E0: A0..BF (no overlong form); ED: 80..9F (no surrogate)
                if (c == 0xE0 ? c1 < 0xA0 || c1 > 0xBF : c == 0xED ? c1 < 0x80 || c1 > 0x9F : !continuation(b[i + 1])) return false;
                if (!continuation(b[i + 2])) return false;
                i += 3;
            } else {
                if (i + 3 >= n) return false;
                int c1 = b[i + 1] & 0xFF;
                // F0: 90..BF (no overlong form); F4: 80..8F (nothing above U+10FFFF)
                if (c == 0xF0 ? c1 < 0x90 || c1 > 0xBF : c == 0xF4 ? c1 < 0x80 || c1 > 0x8F : !continuation(b[i + 1])) return false;
                if (!continuation(b[i + 2]) || !continuation(b[i + 3])) return false;
                i += 4;
            }
        }
        return true;
    }

    private static boolean continuation(byte b) { return (b & 0xC0) == 0x80; }
}
