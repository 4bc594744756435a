package io.kaohe.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    static byte[] viaBytes(Object value) {
        byte[] json = KaoheJson.bytes(value);
        byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        return line;
    }

    static Reason reason(String text) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", text);
        params.put("hours", new BigDecimal("50.0"));
        return new Reason("SD-02", "规则 " + text, "eligibility", false, "学时不足：" + text, "short: " + text, params,
                Map.of("group", text), List.of(new ParameterUse("teacher.total-hours-min", new BigDecimal("50"), "HOUR",
                        LocalDate.of(2022, 1, 1), "SD-02", "鲁教师函 " + text, true)));
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
                    Reason r = reason(sb.toString());
                    assertArrayEquals(viaWriter(r), viaBytes(r), sb::toString);
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

    private static byte[] ascii(String s) { return s.getBytes(StandardCharsets.US_ASCII); }
}
