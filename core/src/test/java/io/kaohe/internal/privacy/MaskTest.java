package io.kaohe.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MaskTest {
    private static final String ID = "110101199003078515";

    @Test
    void nationalIdKeepsFirstAndLastFour() {
        assertEquals("1101**********8515", Mask.nationalId(ID));
        assertEquals("3709**********001X", Mask.nationalId("37098219800101001X"));
        assertEquals("*****", Mask.nationalId("12345"), "anything else is all stars");
        assertNull(Mask.nationalId(null));
    }

    @Test
    void phoneHidesTheMiddle() {
        assertEquals("138****5678", Mask.phone("13812345678"));
        assertEquals("053****1234", Mask.phone("05381231234"));
        assertEquals("053*1234", Mask.phone("05381234"));
        assertEquals("******", Mask.phone("123456"));
        assertEquals("*******", Mask.phone("1234567"));   // 3 + 4 kept would have shown all 7
        for (int n = 0; n <= 20; n++) {                    // every length hides at least one digit
            String p = "1".repeat(n);
            assertEquals(n, Mask.phone(p).length());
            if (n > 0) assertTrue(Mask.phone(p).contains("*"), p);
        }
        assertNull(Mask.phone(null));
    }

    @Test
    void scrubMasksIdsAndMobilesInsideText() {
        assertEquals("id 1101**********8515 bad", Mask.scrub("id " + ID + " bad"));
        assertEquals("x3709**********001x.", Mask.scrub("x37098219800101001x."));
        assertEquals("call 138****5678 now", Mask.scrub("call 13812345678 now"));
        assertEquals("'1101**********8515'", Mask.scrub("'" + ID + "'"));
        assertNull(Mask.scrub(null));
    }

    @Test
    void scrubLeavesOtherNumbersAlone() {
        assertEquals("amount 100000, line 17, 2022-03-01", Mask.scrub("amount 100000, line 17, 2022-03-01"));
        assertEquals("12812345678", Mask.scrub("12812345678"), "not a mainland mobile prefix");
    }

    @Test
    void scrubbedTextNeverContainsTheId() {
        for (String s : new String[] {ID, ID + " and " + ID, "[" + ID + "]", "\"nationalId\":\"" + ID + "\""}) {
            assertFalse(Mask.scrub(s).contains(ID), s);
        }
    }

    // ---- the forms written to get past a simple pattern (issue 14) ----

    @Test
    void scrubMasksEvasiveMobiles() {
        assertEquals("+86138****5678", Mask.scrub("+8613812345678"));
        assertEquals("86138****5678", Mask.scrub("8613812345678"));
        assertEquals("0086138****5678", Mask.scrub("008613812345678"));
        assertEquals("tel 138****5678.", Mask.scrub("tel 138-1234-5678."));
        assertEquals("tel 138****5678", Mask.scrub("tel 138 1234 5678"));
        assertEquals("+86 138****5678", Mask.scrub("+86 138 1234 5678"));
        assertEquals("电话138****5678号", Mask.scrub("电话１３８１２３４５６７８号"));
    }

    @Test
    void scrubMasksEvasiveIds() {
        assertEquals("1101***********515x", Mask.scrub(ID + "x"), "an ID followed by x: the whole run");
        assertEquals("9110***********8515", Mask.scrub("9" + ID), "an ID inside a longer run of digits");
        assertFalse(Mask.scrub("1" + ID + "2").contains(ID.substring(4, 14)));
        assertEquals("1101**********8515", Mask.scrub("110101 19900307 8515"));
        assertEquals("1101**********8515", Mask.scrub("1101-0119-9003-0785-15"));
        assertEquals("1101**********8515", Mask.scrub(fullWidth(ID)));
    }

    /** Separators a tester got past the one-space-or-hyphen reading with (issue 14, second round). */
    @Test
    void scrubMasksGroupsSplitByAnyRunOfSeparators() {
        for (String m : new String[] {"138.1234.5678", "138–1234–5678", "138—1234—5678", "138‒1234‒5678", "138−1234−5678",
                "138/1234/5678", "138  1234  5678", "138 - 1234 - 5678", "138_1234_5678", "138\u00A0\u00A01234\u00A05678",
                "1 3 8 1 2 3 4 5 6 7 8", "1-3-8-1-2-3-4-5-6-7-8", "+86.138.1234.5678"}) {
            assertEquals("tel " + (m.startsWith("+86") ? "+86." : "") + "138****5678 ok", Mask.scrub("tel " + m + " ok"), m);
        }
        for (String sep : new String[] {".", "/", "  ", "–", "—", " - ", "_"}) {
            String id = String.join(sep, ID.substring(0, 6), ID.substring(6, 14), ID.substring(14));
            assertEquals("id 1101**********8515.", Mask.scrub("id " + id + "."), id);
        }
        assertEquals("1101**********8515", Mask.scrub(String.join(" ", ID.split(""))), "spaced single digits");
    }

    @Test
    void scrubLeavesDottedAndSlashedOrdinaryNumbersAlone() {
        for (String s : new String[] {"2022.03.01", "2022/03/01", "2022/3/1", "25.5", "0.1.0", "1.2.3", "2022.03.01 - 2023.03.01",
                "SD-3.2", "12345.67", "100000/200000/300000", "v10.2.0", "3 / 4 / 5", "192.168.100.200"}) {
            assertEquals(s, Mask.scrub(s), s);
        }
    }

    @Test
    void scrubIsStableOnItsOwnOutput() {
        for (String s : new String[] {"+8613812345678", ID + "x", "138 1234 5678", fullWidth(ID), "9" + ID + "9"}) {
            assertEquals(Mask.scrub(s), Mask.scrub(Mask.scrub(s)), s);
        }
    }

    /** Every ID, in every evasive form, inside any text: its middle digits never survive, and scrubbing is deterministic. */
    @Test
    void noIdFormSurvivesScrubbing() {
        qt().withFixedSeed(20221120L).withExamples(2000).forAll(ids(), integers().between(0, FORMS - 1), filler(), filler())
                .checkAssert((id, form, before, after) -> {
                    String text = before + idForm(id, form) + after;
                    String out = Mask.scrub(text);
                    assertFalse(digitsOf(out).contains(id.substring(4, 14)), () -> "leaked: " + text + " -> " + out);
                    assertEquals(out, Mask.scrub(text), "deterministic");
                    assertEquals(out, Mask.scrub(out), "idempotent");
                });
    }

    /** Every mobile, in every evasive form, inside any text: its middle digits never survive. */
    @Test
    void noMobileFormSurvivesScrubbing() {
        qt().withFixedSeed(20221120L).withExamples(2000).forAll(mobiles(), integers().between(0, MOBILE_FORMS - 1), filler(), filler())
                .checkAssert((mobile, form, before, after) -> {
                    String text = before + mobileForm(mobile, form) + after;
                    String out = Mask.scrub(text);
                    assertFalse(digitsOf(out).contains(mobile), () -> "leaked: " + text + " -> " + out);
                    assertTrue(out.contains("****"), () -> "not masked: " + text + " -> " + out);
                    assertEquals(out, Mask.scrub(out), "idempotent");
                });
    }

    /** Ordinary numbers are left alone: dates, hours, amounts, line numbers, clause IDs, joined as prose joins them. */
    @Test
    void ordinaryNumbersAreNotMasked() {
        qt().withFixedSeed(20221120L).withExamples(2000).forAll(lists().of(ordinary()).ofSizeBetween(1, 12), integers().between(0, 7))
                .checkAssert((tokens, sep) -> {
                    String text = String.join(new String[] {", ", " ", "; ", "、", " / ", "  ", " – ", " - "}[sep], tokens);
                    assertEquals(text, Mask.scrub(text));
                });
    }

    /**
     * The check that lets most texts through unread (no run of 11 characters written as one number) never skips a text
     * the full scan would mask: the same result on texts of numbers, IDs and mobiles in every form, separators, X,
     * country codes, Chinese and letters, mixed at random.
     */
    @Test
    void quickCheckNeverSkipsWhatTheFullScanMasks() {
        Gen<String> piece = ids().zip(integers().between(0, FORMS - 1), MaskTest::idForm)
                .mix(mobiles().zip(integers().between(0, MOBILE_FORMS - 1), MaskTest::mobileForm))
                .mix(ordinary()).mix(filler())
                .mix(integers().between(0, 14).map(i -> new String[] {"X", "x", "+", "86", "0086", " ", "-", "—", "学年第一学期",
                        "\uFF38", "\u3000", "0.", "12", "\uFF11\uFF13", "7"}[i]));
        qt().withFixedSeed(20261207L).withExamples(5000).forAll(lists().of(piece).ofSizeBetween(1, 10))
                .checkAssert(pieces -> {
                    String text = String.join("", pieces);
                    assertEquals(Mask.scrubGroups(text), Mask.scrub(text), text);
                });
        String semesters = "达到：2020—2021学年第一学期 2 次, 2020—2021学年第二学期 3 次；不足 2 次：—";
        assertEquals(semesters, Mask.scrub(semesters));
        assertEquals("138****5678 / 2020—2021", Mask.scrub("138 1234 5678 / 2020—2021"));
    }

    /** The shortcut in reading digits (none from U+1C5A to U+A61F: Chinese text) holds for every character of this JDK. */
    @Test
    void digitsAreReadAsTheJdkReadsThem() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int expected = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            if (expected != Mask.digit(c)) assertEquals(expected, Mask.digit(c), "U+" + Integer.toHexString(i));
        }
    }

    // ---- generators ----

    private static final int FORMS = 10;
    private static final int MOBILE_FORMS = 12;
    /** Runs of separators people write between digit groups (picked by a digit of the number, so the form varies). */
    private static final String[] SEPARATORS = {".", "–", "—", "/", "  ", " - ", "_", "\u00A0", "\u2212", "\uFF0E", "\u3000\u3000"};

    private static Gen<String> ids() {
        return longs().between(0, 99_999_999L).zip(integers().between(0, 36_500), (seq, days) -> {
            String birth = LocalDate.of(1930, 1, 1).plusDays(days).toString().replace("-", "");
            String area = String.format("%06d", 110_000 + seq % 550_000);
            return NationalIds.withCheckDigit(area + birth + String.format("%03d", seq % 1000));
        });
    }

    private static String idForm(String id, int form) {
        return switch (form) {
            case 0 -> id;
            case 1 -> id + "x";
            case 2 -> "9" + id;
            case 3 -> id + "12";
            case 4 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 5 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 6 -> fullWidth(id);
            case 8 -> String.join(SEPARATORS[id.charAt(17) % SEPARATORS.length], id.substring(0, 6), id.substring(6, 14), id.substring(14));
            case 9 -> String.join(SEPARATORS[id.charAt(16) % SEPARATORS.length], id.split(""));
            default -> String.join(" ", id.substring(0, 4), id.substring(4, 8), id.substring(8, 12), id.substring(12, 16), id.substring(16));
        };
    }

    private static Gen<String> mobiles() {
        return integers().between(3, 9).zip(longs().between(0, 999_999_999L), (p, rest) -> "1" + p + String.format("%09d", rest));
    }

    private static String mobileForm(String m, int form) {
        String a = m.substring(0, 3), b = m.substring(3, 7), c = m.substring(7);
        return switch (form) {
            case 0 -> m;
            case 1 -> "+86" + m;
            case 2 -> "86" + m;
            case 3 -> a + "-" + b + "-" + c;
            case 4 -> a + " " + b + " " + c;
            case 5 -> "+86 " + a + " " + b + " " + c;
            case 6 -> fullWidth(m);
            case 7 -> "0086" + m;
            case 9 -> String.join(SEPARATORS[m.charAt(10) % SEPARATORS.length], a, b, c);
            case 10 -> String.join(SEPARATORS[m.charAt(9) % SEPARATORS.length], m.split(""));
            case 11 -> "+86" + SEPARATORS[m.charAt(8) % SEPARATORS.length] + String.join(SEPARATORS[m.charAt(10) % SEPARATORS.length], a, b, c);
            default -> a + "\u3000" + b + "\u3000" + c;
        };
    }

    /** Text around a number: letters, Chinese, punctuation, short numbers (never digits touching the number). */
    private static Gen<String> filler() {
        return integers().between(0, 7).map(i -> new String[] {"", "手机 ", "tel:", "身份证号", "(", "id=", "第3条 ", "T-"}[i]);
    }

    private static Gen<String> ordinary() {
        Gen<String> date = integers().between(0, 60_000).map(d -> LocalDate.of(1950, 1, 1).plusDays(d).toString());
        Gen<String> hours = integers().between(0, 100_000).map(n -> String.valueOf(n));
        Gen<String> decimal = integers().between(0, 10_000_000).map(n -> n / 100 + "." + String.format("%02d", n % 100));
        Gen<String> clause = integers().between(1, 99).zip(integers().between(1, 30), (a, b) -> "SD-" + a + "." + b);
        Gen<String> line = longs().between(1, 9_999_999_999L).map(n -> "line " + n);
        Gen<String> dotted = date.map(d -> d.replace('-', '.')).mix(date.map(d -> d.replace('-', '/')))
                .mix(date.map(d -> d.replace("-0", "/").replace('-', '/')));   // 2022.03.01, 2022/03/01, 2022/3/1
        Gen<String> version = integers().between(0, 20).zip(integers().between(0, 20), integers().between(0, 20), (a, b, c) -> a + "." + b + "." + c);
        Gen<String> bigDecimal = longs().between(0, 9_999_999_999L).zip(integers().between(0, 999), (n, f) -> n + "." + f);
        return date.mix(hours).mix(decimal).mix(clause).mix(line).mix(dotted).mix(version).mix(bigDecimal);
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(Character.isDigit(c) ? (char) ('\uFF10' + (c - '0')) : c);
        return b.toString();
    }

    /** The text's digits only, in ASCII: what a reader could piece together. */
    private static String digitsOf(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
    }
}
