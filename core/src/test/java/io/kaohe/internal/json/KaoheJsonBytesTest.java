package io.kaohe.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import io.kaohe.model.ParameterUse;
import io.kaohe.model.Reason;
import io.kaohe.model.Reject;

/**
 * Issue 17: records are written as UTF-8 bytes by Jackson's UTF-8 generator; the bytes must be exactly those of
 * {@link KaoheJson#line} encoded by a {@code Writer}, as before (a lone surrogate is where the two differ: the
 * generator escapes it, the writer's encoder writes '?').
 */
class KaoheJsonBytesTest {
    /** The old path: the text of the line, encoded by an {@code OutputStreamWriter} as the command line's files were. */
    static byte[] viaWriter(Object value) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(KaoheJson.line(value));
            w.write('\n');
            w.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final tools.jackson.databind.json.JsonMapper PLAIN = KaoheJson.withoutFastBinding();

    static byte[] viaBytes(Object value) {
        byte[] json = KaoheJson.bytes(value);
        byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        return line;
    }

    static Reason reason(String text) { return reason(text, use(text)); }

    static ParameterUse use(String text) {
        return new ParameterUse("teacher.total-hours-min", new BigDecimal("50"), "HOUR", LocalDate.of(2022, 1, 1), "SD-02",
                "鲁教师函 " + text, true);
    }

    static Reason reason(String text, ParameterUse use) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", text);
        params.put("hours", new BigDecimal("50.0"));
        return new Reason("SD-02", "规则 " + text, "eligibility", false, "学时不足：" + text, "short: " + text, params,
                Map.of("group", text), List.of(use, new ParameterUse("x", List.of(text, 1), "COUNT", null, "SD-01", null, false)));
    }

    /**
     * A parameter entry shared by many reasons (as the engine shares them) is written from its cached JSON from the
     * second time on ({@link FastWriting}): the same bytes as its serializer's, compact or pretty-printed, odd texts included.
     */
    @Test
    void sharedParameterEntriesWriteTheSameBytes() {
        var plain = KaoheJson.withoutFastBinding();
        for (String t : List.of("plain", "李老师 \u2028 \uD83D\uDE00", "quote \" \\ \u0001", "\uD800 alone", "手机 13812345678")) {
            ParameterUse shared = use(t);
            for (int i = 0; i < 3; i++) {
                Reason r = reason(t, shared);
                assertEquals(plain.writeValueAsString(r), KaoheJson.line(r), t);
                assertArrayEquals(viaWriter(r), viaBytes(r), t);
                assertEquals(plain.writerWithDefaultPrettyPrinter().writeValueAsString(r), KaoheJson.PRETTY.writeValueAsString(r), t);
            }
            boolean surrogates = t.chars().anyMatch(c -> Character.isSurrogate((char) c));
            // written alone twice just before: another entry sharing its slot cannot have evicted it
            KaoheJson.line(shared);
            KaoheJson.line(shared);
            assertEquals(surrogates, FastWriting.raw(shared) == null, "written raw unless it has a surrogate: " + t);
        }
    }

    @Test
    void oddCharacters() {
        List<String> texts = List.of("", "plain", "李老师", "quote \" backslash \\ slash /", "\u0000\u0001\u001f\u007f\t\n\r\b\f",
                "\u2028\u2029", "\uD83D\uDE00 𠀀 non-BMP", "\\uD800 (the text of an escape)", "\\\\uD800", "\uFEFF\uFFFF",
                "身份证 370102199001011234 手机 13812345678", "\uD800", "a\uDC00b", "end\uD83D", "\uDE00\uD83D", "\\\uD800");
        for (String t : texts) {
            for (Object value : List.of(reason(t), new Reject(3, "T-" + t, null, "teacher.name: '" + t + "'"), Map.of("k", t))) {
                assertArrayEquals(viaWriter(value), viaBytes(value), () -> KaoheJson.line(value));
            }
        }
        assertArrayEquals(viaWriter(null), viaBytes(null));
    }

    /** Any text drawn from the characters that matter (ASCII, escapes, CJK, both halves of a surrogate pair, U+2028). */
    @Test
    void anyText() {
        char[] alphabet = {'a', '"', '\\', 'u', 'D', '8', 'F', '\n', '\u0000', '\u001f', '\u007f', '\u00e9', '李', '\u2028',
                '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00', '\uFFFD'};
        QuickTheory.qt().withFixedSeed(1717L).withExamples(5000)
                .forAll(lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 12))
                .checkAssert(picks -> {
                    StringBuilder sb = new StringBuilder();
                    for (int p : picks) sb.append(alphabet[p]);
                    ParameterUse shared = use(sb.toString());
                    for (int i = 0; i < 3; i++) {
                        Reason r = reason(sb.toString(), shared);
                        assertArrayEquals(viaWriter(r), viaBytes(r), sb::toString);
                        // and what both give is the mapper's own text, without the cache of FastWriting
                        assertEquals(PLAIN.writeValueAsString(r), KaoheJson.line(r), sb::toString);
                    }
                });
    }

    @Test
    void loneSurrogateDetection() {
        assertTrue(KaoheJson.loneSurrogate(ascii("\"a\\uD800\"")));
        assertTrue(KaoheJson.loneSurrogate(ascii("\"\\uDFFF\"")));
        assertFalse(KaoheJson.loneSurrogate(ascii("\"a\\\\uD800\"")), "the text of an escape, its backslash escaped");
        assertTrue(KaoheJson.loneSurrogate(ascii("\"a\\\\\\uD800\"")), "an escaped backslash, then a lone surrogate");
        assertFalse(KaoheJson.loneSurrogate(ascii("\"\\u001F\\uD7FF\\uE000\"")));
        assertFalse(KaoheJson.loneSurrogate(ascii("\\uD")), "too short to be one");
    }

    /** The scan reads eight bytes at a time: it agrees with the byte-by-byte reading at every offset and length. */
    @Test
    void loneSurrogateScanAgreesWithTheSimpleOne() {
        byte[] alphabet = ascii("\\uD8Fa\"");
        QuickTheory.qt().withFixedSeed(1718L).withExamples(20000)
                .forAll(integers().between(0, 30), lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 24))
                .checkAssert((pad, picks) -> {
                    byte[] b = new byte[pad + picks.size()];
                    java.util.Arrays.fill(b, 0, pad, (byte) 'x');
                    for (int i = 0; i < picks.size(); i++) b[pad + i] = alphabet[picks.get(i)];
                    assertEquals(simple(b), KaoheJson.loneSurrogate(b), () -> new String(b, StandardCharsets.US_ASCII));
                });
    }

    private static boolean simple(byte[] b) {
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] != '\\') continue;
            if (b[i + 1] == 'u' && b[i + 2] == 'D' && "89ABCDEF".indexOf(b[i + 3]) >= 0) return true;
            i++;
        }
        return false;
    }

    private static byte[] ascii(String s) { return s.getBytes(StandardCharsets.US_ASCII); }
}
