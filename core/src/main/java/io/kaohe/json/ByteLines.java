package io.kaohe.json;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into lines and decodes each one strictly as UTF-8 by itself, so that one badly
 * encoded line (GBK bytes, say) is one reject and not the end of the file. Handles LF and CRLF, a
 * UTF-8 BOM at the start, a last line without a line break, and over-long lines. Streams: holds one
 * line at a time.
 */
public final class ByteLines implements AutoCloseable {
    /** A line longer than this is rejected (and skipped to its end) rather than read into memory. */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    /** One line: its 1-based number and its text, or why it could not be read. */
    public record Line(long number, String text, String error) {}

    private final InputStream in;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
    private long number;
    private boolean eof;

    public ByteLines(InputStream in) { this.in = new BufferedInputStream(in, 1 << 16); }

    /** The next line, or null at the end of the stream. */
    public Line next() {
        if (eof) return null;
        buf.reset();
        boolean tooLong = false;
        boolean any = false;
        try {
            int b;
            while ((b = in.read()) != -1) {
                any = true;
                if (b == '\n') break;
                if (buf.size() < MAX_LINE_BYTES) buf.write(b);
                else tooLong = true;
            }
            if (b == -1) {
                eof = true;
                if (!any) return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        number++;
        if (tooLong) return new Line(number, null, "line is longer than " + MAX_LINE_BYTES + " bytes");
        byte[] bytes = buf.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') len--;
        int start = number == 1 && len >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, len - start)).toString();
            return new Line(number, text, null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "line is not valid UTF-8 (save the file as UTF-8, not GBK)");
        }
    }

    @Override
    public void close() throws IOException { in.close(); }
}
