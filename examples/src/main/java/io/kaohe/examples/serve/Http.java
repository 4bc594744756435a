package io.kaohe.examples.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

import io.kaohe.Json;

/** Reading bodies within their cap, and writing JSON answers: what every endpoint needs of an exchange. */
final class Http {
    private Http() {}

    static final String JSON = "application/json; charset=utf-8";
    static final String JSON_LINES = "application/x-ndjson; charset=utf-8";

    /** A body over its cap: answered 413. */
    static final class TooLarge extends IOException {
        final long max;

        TooLarge(long max) {
            super("request body larger than " + max + " bytes");
            this.max = max;
        }
    }

    /** The whole body, at most {@code max} bytes: a declared or actual length beyond it is {@link TooLarge}. */
    static byte[] body(HttpExchange x, long max) throws IOException {
        declared(x, max);
        byte[] b = x.getRequestBody().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (b.length > max) throw new TooLarge(max);
        return b;
    }

    /** A Content-Length over the cap is refused before a byte of the body is read. */
    static void declared(HttpExchange x, long max) throws TooLarge {
        String length = x.getRequestHeaders().getFirst("Content-Length");
        if (length != null && Long.parseLong(length.trim()) > max) throw new TooLarge(max);
    }

    /** The body as a stream that fails with {@link TooLarge} once more than {@code max} bytes were read (a chunked upload). */
    static InputStream capped(HttpExchange x, long max) throws TooLarge {
        declared(x, max);
        return new FilterInputStream(x.getRequestBody()) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) count(1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) count(n);
                return n;
            }

            private void count(long n) throws TooLarge {
                read += n;
                if (read > max) throw new TooLarge(max);
            }
        };
    }

    /**
     * Reads and drops what is left of the request body, at most {@code limit} bytes, before an answer is sent: a server
     * that closes a connection on unread bytes resets it, and the client loses the answer (a 413, a 401, a 400 given
     * before the body was read). A body already read costs nothing here.
     */
    static void drain(HttpExchange x, long limit) {
        try {
            InputStream in = x.getRequestBody();
            byte[] buf = new byte[64 * 1024];
            int n;
            while (limit > 0 && (n = in.read(buf)) > 0) limit -= n;
        } catch (IOException e) {
            // the client stopped sending, or the stream is done: nothing more to drop
        }
    }

    /** Strict UTF-8, or null when the bytes are not (the reject then says so, as the command line does). */
    static String utf8(byte[] b) {
        try {
            return UTF_8.newDecoder().decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A JSON object of these keys and values, in this order (null values left out). */
    static String object(Object... keysAndValues) { return Json.write(map(keysAndValues)); }

    /** The same as a map, to nest in another. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** Sends {@code body} (JSON) with {@code status} and closes the response. */
    static void send(HttpExchange x, int status, String body) throws IOException {
        send(x, status, JSON, body);
    }

    static void send(HttpExchange x, int status, String type, String body) throws IOException {
        drain(x, 1L << 20);
        byte[] b = (body + "\n").getBytes(UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, b.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(b);
        }
    }

    /** An error answer: {@code {"error": …}} with any further keys. */
    static void error(HttpExchange x, int status, String message, Object... more) throws IOException {
        Object[] kv = new Object[more.length + 2];
        kv[0] = "error";
        kv[1] = message;
        System.arraycopy(more, 0, kv, 2, more.length);
        send(x, status, object(kv));
    }
}
