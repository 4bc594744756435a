package io.kaohe.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Issue 17: a line is checked as UTF-8 without being decoded; the check must agree with the JDK's strict decoder
 * (which decided before) on every input: overlong forms, surrogates, code points above U+10FFFF, truncated sequences,
 * a bad byte after a long ASCII stretch (read sixteen bytes at a time).
 */
class Utf8Test {
    private static boolean jdk(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void edgeCases() {
        int[][] cases = {{}, {0x41}, {0xC2, 0x80}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xDF, 0xBF}, {0xE0, 0x9F, 0x80}, {0xE0, 0xA0, 0x80},
                {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xEF, 0xBF, 0xBF}, {0xF0, 0x8F, 0x80, 0x80}, {0xF0, 0x90, 0x80, 0x80},
                {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0x80}, {0xE4, 0xB8}, {0xF0, 0x9F, 0x98}};
        for (int[] c : cases) {
            byte[] b = new byte[c.length];
            for (int i = 0; i < c.length; i++) b[i] = (byte) c[i];
            assertEquals(jdk(b), Utf8.valid(b), java.util.Arrays.toString(c));
        }
    }

    @Test
    void agreesWithTheJdksStrictDecoder() {
        // bytes drawn near the boundaries that matter, after an ASCII run of any length (0 to 40)
        List<Integer> interesting = List.of(0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF);
        QuickTheory.qt().withFixedSeed(1708L).withExamples(20000)
                .forAll(integers().between(0, 40), lists().of(integers().between(0, interesting.size() - 1)).ofSizeBetween(0, 8))
                .checkAssert((ascii, picks) -> {
                    byte[] b = new byte[ascii + picks.size()];
                    for (int i = 0; i < ascii; i++) b[i] = 'a';
                    for (int i = 0; i < picks.size(); i++) b[ascii + i] = (byte) (int) interesting.get(picks.get(i));
                    assertEquals(jdk(b), Utf8.valid(b), java.util.Arrays.toString(b));
                });
    }

    @Test
    void realTextIsValid() {
        String s = "{\"name\":\"李老师\",\"emoji\":\"\uD83D\uDE00\",\"x\":\"" + "a".repeat(33) + "é\"}";
        assertEquals(true, Utf8.valid(s.getBytes(StandardCharsets.UTF_8)));
    }
}
