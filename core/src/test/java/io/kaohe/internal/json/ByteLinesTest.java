package io.kaohe.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ByteLinesTest {
    private static List<ByteLines.Line> read(byte[] bytes) throws Exception {
        List<ByteLines.Line> out = new ArrayList<>();
        try (ByteLines r = new ByteLines(new ByteArrayInputStream(bytes))) {
            ByteLines.Line l;
            while ((l = r.next()) != null) out.add(l);
        }
        return out;
    }

    @Test
    void bomCrlfEmptyAndLastLineWithoutBreak() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.writeBytes("{\"a\":1}\r\n\n张三\r\nlast".getBytes(StandardCharsets.UTF_8));
        List<ByteLines.Line> lines = read(b.toByteArray());
        assertEquals(4, lines.size());
        assertEquals("{\"a\":1}", lines.get(0).text());
        assertEquals("", lines.get(1).text());
        assertEquals("张三", lines.get(2).text());
        assertEquals("last", lines.get(3).text());
        assertEquals(4, lines.get(3).number());
    }

    @Test
    void oneGbkLineIsOneErrorAndReadingGoesOn() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("ok\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("张三\n".getBytes(Charset.forName("GBK")));
        b.writeBytes("ok again\n".getBytes(StandardCharsets.UTF_8));
        List<ByteLines.Line> lines = read(b.toByteArray());
        assertEquals(3, lines.size(), "a trailing line break ends the last line, it does not start another");
        assertNull(lines.get(1).text());
        assertTrue(lines.get(1).error().contains("UTF-8"));
        assertEquals("ok again", lines.get(2).text());
    }

    @Test
    void aBomLaterInTheFileIsNotStripped() throws Exception {
        byte[] bytes = ("a\n\uFEFFb").getBytes(StandardCharsets.UTF_8);
        assertEquals("\uFEFFb", read(bytes).get(1).text());
    }

    @Test
    void emptyInputHasNoLines() throws Exception {
        assertEquals(0, read(new byte[0]).size());
    }

    @Test
    void unreadableLineIsRejectedWithPath() throws Exception {
        var parsed = LineParser.teachers().parse(new ByteLines.Line(7, (String) null, "line is not valid UTF-8"));
        assertTrue(parsed.reject().error().startsWith("$: "), parsed.reject().error());
        assertEquals(7, parsed.reject().line());
    }
}
