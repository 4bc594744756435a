package io.kaohe.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into lines and decodes each one strictly as UTF-8 by itself, so that one badly
 * encoded line (GBK bytes, say) is one reject and not the end of the file. Handles LF and CRLF, a
 * UTF-8 BOM at the start, a last line without a line break, and over-long lines. Streams: holds one
 * line at a time.
 */
public final class ByteLines implements AutoCloseable {
    /** What a line that is not UTF-8 is told. */
    public static final String NOT_UTF8 = "line is not valid UTF-8 (save the file as UTF-8, not GBK)";

    /** A line longer than this is rejected (and skipped to its end) rather than read into memory. */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    /**
     * One line: its 1-based number and its text, or why it could not be read. A line read from bytes keeps them and is
     * checked as UTF-8 (on whichever thread asks first), not decoded: JSON is parsed from the bytes, and the text is
     * made only when asked for ({@link LineParser} needs it only for a line it rejects).
     */
    public static final class Line {
        private final long number;
        /** The line's bytes (no BOM, no line break); null for a line given as text or too long to read. */
        private final byte[] bytes;
        private String text;
        private String error;
        private volatile boolean checked;   // volatile: written after error, so a thread that sees it set also sees error

        /** A line given as text; or, with {@code text} null, a line that could not be read and why. */
        public Line(long number, String text, String error) {
            this.number = number;
            this.bytes = null;
            this.text = text;
            this.error = error;
            this.checked = true;
        }

        /** A line read as {@code bytes}: UTF-8, without its line break (held, not copied). */
        public Line(long number, byte[] bytes) {
            this.number = number;
            this.bytes = bytes;
        }

        public long number() { return number; }

        /** Why the line could not be read (not UTF-8, too long); null when it could. */
        public String error() {
            if (!checked) {
                error = Utf8.valid(bytes) ? null : NOT_UTF8;
                checked = true;
            }
            return error;
        }

        /** The line's text; null when it could not be read. */
        public String text() {
            if (text == null && error() == null) text = new String(bytes, StandardCharsets.UTF_8);
            return text;
        }

        /** The line's UTF-8 bytes as read, or null for a line given as text or one that could not be read. */
        byte[] bytes() { return error() == null ? bytes : null; }

        /** How long the line is: its bytes, or the characters of a line given as text (0 when unreadable). */
        public int length() {
            if (bytes != null) return bytes.length;
            return text == null ? 0 : text.length();
        }

        /** Whether the line is empty or white space only ({@link String#isBlank()}); false when it could not be read. */
        boolean blank() {
            if (bytes == null || error() != null) return text != null && text.isBlank();
            for (byte b : bytes) {
                if (b < 0) return text().isBlank();   // beyond ASCII: the JDK knows which characters are white space
                if (!Character.isWhitespace(b)) return false;
            }
            return true;
        }

        @Override
        public String toString() { return "Line[number=" + number + ", text=" + text() + ", error=" + error() + "]"; }
    }

    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[8192];
    private long number;
    private boolean eof;

    public ByteLines(InputStream in) { this.in = in; }

    /** The next line, or null at the end of the stream. */
    public Line next() {
        if (eof && pos >= limit) return null;
        int len = 0;
        boolean tooLong = false;
        boolean any = false;
        boolean ended = false;
        while (!ended) {
            if (pos >= limit && !fill()) break;
            any = true;
            int start = pos;
            int nl = -1;
            for (int i = pos; i < limit; i++) {
                if (chunk[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl < 0 ? limit : nl;
            int n = stop - start;
            if (!tooLong) {
                if ((long) len + n > MAX_LINE_BYTES) {
                    tooLong = true;
                } else {
                    if (len + n > line.length) line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, len + n));
                    System.arraycopy(chunk, start, line, len, n);
                    len += n;
                }
            }
            pos = nl < 0 ? limit : nl + 1;
            ended = nl >= 0;
        }
        if (!any) return null;
        number++;
        if (tooLong) return new Line(number, null, "line is longer than " + MAX_LINE_BYTES + " bytes");
        if (len > 0 && line[len - 1] == '\r') len--;
        int start = number == 1 && len >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
                && (line[2] & 0xff) == 0xBF ? 3 : 0;
        return new Line(number, java.util.Arrays.copyOfRange(line, start, len));
    }

    private boolean fill() {
        if (eof) return false;
        try {
            int n = in.read(chunk);
            while (n == 0) n = in.read(chunk);
            if (n < 0) {
                eof = true;
                pos = limit = 0;
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException { in.close(); }
}
