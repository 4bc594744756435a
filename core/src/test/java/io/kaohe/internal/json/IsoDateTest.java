package io.kaohe.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Issue 17: a {@code yyyy-MM-dd} date is read without the general formatter; it must give what the formatter gives
 * (ISO, strict) for every text of that shape, valid or not, and leave every other text to it.
 */
class IsoDateTest {
    private static LocalDate formatter(String s) {
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void agreesWithTheFormatterAroundEveryBoundary() {
        QuickTheory.qt().withFixedSeed(1709L).withExamples(20000)
                .forAll(integers().between(-1, 10000), integers().between(-1, 13), integers().between(-1, 32))
                .checkAssert((y, m, d) -> {
                    String s = String.format("%04d-%02d-%02d", y, m, d);
                    LocalDate quick = KaoheJson.IsoDate.quick(s);
                    LocalDate expected = formatter(s);
                    if (quick != null) assertEquals(expected, quick, s);
                    // of the shape dddd-dd-dd, every date the formatter reads is read quickly: the slow path is for errors
                    if (expected != null && s.length() == 10) assertNotNull(quick, s);
                });
    }

    @Test
    void otherShapesAreLeftToTheFormatter() {
        for (String s : new String[] {"+12022-01-01", "-0001-01-01", "2022-1-01", "2022/01/01", "２０２２-01-01", "2022-01-0١", "", "2022-01-01 "}) {
            assertEquals(null, KaoheJson.IsoDate.quick(s), s);
        }
        assertEquals(LocalDate.of(2024, 2, 29), KaoheJson.IsoDate.quick("2024-02-29"));
        assertEquals(null, KaoheJson.IsoDate.quick("2023-02-29"));
        assertEquals(LocalDate.of(0, 1, 1), KaoheJson.IsoDate.quick("0000-01-01"));
    }
}
