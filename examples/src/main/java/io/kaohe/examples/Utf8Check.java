package io.kaohe.examples;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through, checking as they go that they are UTF-8: a line in GBK is an error naming the line
 * ({@code cohort.json:6: $: line is not valid UTF-8…}), never silently garbled text, and the file is read once,
 * without holding it (a cohort may be hundreds of megabytes).
 */
final class Utf8Check extends FilterInputStream {
    private final String source;
    private long line = 1;
    /** Continuation bytes still expected, and the range the next one must fall in (overlong forms, surrogates). */
    private int pending;
    private int min = 0x80, max = 0xBF;

    Utf8Check(InputStream in, String source) {
        super(in);
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) check(b);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) check(buf[off + i] & 0xFF);
        return n;
    }

    private void check(int b) {
        if (pending > 0) {
            if (b < min || b > max) bad();
            pending--;
            min = 0x80;
            max = 0xBF;
            return;
        }
        if (b == '\n') line++;
        if (b < 0x80) return;
        if (b < 0xC2 || b > 0xF4) bad();
        if (b < 0xE0) {
            pending = 1;
        } else if (b < 0xF0) {
            pending = 2;
            if (b == 0xE0) min = 0xA0;
            if (b == 0xED) max = 0x9F;
        } else {
            pending = 3;
            if (b == 0xF0) min = 0x90;
            if (b == 0xF4) max = 0x8F;
        }
    }

    private void bad() {
        throw new CliException(ExitCodes.USAGE, source + ":" + line + ": $: " + io.kaohe.internal.json.ByteLines.NOT_UTF8);
    }
}
