package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.Reject;

/**
 * The bad-input matrix (docs/bad-input.md) through {@code kaohe progress}. A cohort is one JSON document:
 * a document that is not JSON (syntax, encoding, limits) is exit 2 naming the file, line and field path,
 * and no report is written; otherwise every teacher is assessed or is a reject naming
 * {@code teachers[i].field}, whether its JSON does not bind or its dossier is invalid.
 */
class ProgressBadInputTest {
    private static final String SCHOOL = "{\"id\":\"S-01\",\"name\":\"实验小学\",\"county\":\"泗河区\",\"staffCount\":50,"
            + "\"teacherCount\":40,\"stages\":[\"PRIMARY\"],\"environment\":\"HYBRID\",\"batch\":\"2020-2021\"}";

    /** What progress does with a row: a document error (exit 2) with text it names, or a report with so many rejects. */
    record Expect(boolean documentError, int rejects, List<String> fragments) {}

    static Expect expect(BadInput row) {
        return switch (row) {
            case MALFORMED_JSON -> error("cohort.json:6", "teachers[1].records[0]: malformed JSON");
            case TRUNCATED_LAST_LINE -> error("cohort.json:", "malformed JSON");
            case EMPTY_FILE -> error("cohort.json", "$: the file is empty");
            case GBK_BYTES -> error("cohort.json:6: $: line is not valid UTF-8");
            case UNKNOWN_FIELDS -> report(2, "teachers[1].teacher.nmae: unknown field", "teachers[2].extra: unknown field");
            case WRONG_TYPES -> report(4, "teachers[1].records[0].amount: cannot read 'twenty' as a number", "teachers[3].records: wrong type",
                    "teachers[4]: expected a teacher dossier (a JSON object), was ARRAY");
            case NAN_AMOUNTS -> error("cohort.json:6", "teachers[1].records[0].amount: malformed JSON");
            case HUGE_AMOUNTS -> error("cohort.json:9", "teachers[4].records[0].amount: too large to read: Number value length (5000)");
            case DATES_OUT_OF_RANGE -> report(3, "teachers[1].records[0].date: date out of range", "teachers[2].records[0].date: cannot read '2022-02-30' as a date");
            case UNKNOWN_ENUM_VALUES -> report(3, "teachers[1].teacher.stage: unknown value 'KINDERGARTEN'", "teachers[3].scores[0].level: unknown value 'GOOD'");
            case DEEPLY_NESTED_JSON -> error("cohort.json:6", "teachers[1].teacher.name[0][0]", "too large to read: Document nesting depth");
            case BLANK_LINES, BOM, CRLF, HUGE_DOSSIER -> report(0);
            case MISSING_REQUIRED_FIELDS -> report(3, "teachers[1].teacher.stage: required", "teachers[2].records[1].date: required",
                    "teachers[3].teacher: required");
            case NEGATIVE_AMOUNTS -> report(1, "teachers[1].records[0].amount: must not be negative (was -3)");
            case DATES_AFTER_AS_OF -> report(0);
            case UNKNOWN_ABILITY_CODES -> report(2, "teachers[1].scores[0].ability: unknown ability code 'Z9'");
            case DUPLICATE_IDS -> report(1, "teachers[2].teacher.id: duplicate of teachers[0]");
            case INVALID_NATIONAL_ID -> report(4, "teachers[1].teacher.nationalId: check digit does not match (GB 11643)");
            // issue 14
            case NOT_AN_OBJECT -> report(5, "teachers[1]: expected a teacher dossier (a JSON object), was NULL",
                    "teachers[3]: expected a teacher dossier (a JSON object), was NUMBER");
            case NULL_ELEMENTS -> report(4, "teachers[1].records[0]: must not be null", "teachers[2].teacher.roles[0]: must not be null",
                    "teachers[3].scores[0].evidence[0]: must not be null", "teachers[4].scores[0]: must not be null");
            case COERCED_SCALARS -> report(8, "teachers[1].scores[0].level: wrong type: expected one of [FAIL, PASS, EXCELLENT], was the number 2",
                    "teachers[3].records[0].date: wrong type: expected a date (yyyy-MM-dd), was the number 18550",
                    "teachers[4].teacher.id: wrong type: expected text, was the boolean true");
            case DUPLICATE_KEYS -> error("cohort.json:6", "teachers[1].teacher.id: duplicate key");
            // issue 14: personal data and resources
            case PERSONAL_DATA_IN_FREE_TEXT, COLLIDING_IDS -> report(0);
            case PERSONAL_DATA_IN_ID_FIELDS -> report(8, "teachers[1].teacher.id: holds a national ID or phone number");
            case LONG_VALUES -> report(3, "teachers[1].teacher.stage: unknown value 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX… (100000 characters)'");
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadInput.class)
    void progress(BadInput row, @TempDir Path dir) throws Exception {
        byte[] cohort = cohort(row);
        Path in = Files.write(dir.resolve("cohort.json"), cohort);
        Path out = dir.resolve("p.json");
        Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20", "--out", out);
        Expect e = expect(row);
        MatrixAssert.noPersonalData(r.out() + r.err());
        for (String f : e.fragments()) assertTrue(r.err().contains(f) || (Files.exists(out) && Files.readString(out).contains(f)),
                "says '" + f + "'\n" + shorten(r + (Files.exists(out) ? Files.readString(out) : "")));
        if (e.documentError()) {
            assertEquals(2, r.exit(), () -> shorten(r.toString()));
            assertFalse(r.err().contains("\tat "), "no stack trace for bad input");
            assertFalse(Files.exists(out), "no report for a document that cannot be read");
            return;
        }
        assertEquals(0, r.exit(), () -> shorten(r.toString()));
        String text = Files.readString(out);
        MatrixAssert.noPersonalData(text);
        ProgressReport report = KaoheJson.read(text, ProgressReport.class);
        int teachers = teachers(row).size();
        assertEquals(teachers, report.total().assessed() + report.rejects().size(), "teachers = assessed + rejects: " + shorten(text));
        assertEquals(e.rejects(), report.rejects().size(), () -> KaoheJson.line(report.rejects()));
        Set<Long> lines = new HashSet<>();
        for (Reject rej : report.rejects()) assertTrue(lines.add(rej.line()), "one reject per teacher");
        TestOutputs.keep("progress-" + row, dir, "p.json");
    }

    // ---- issue 14: the cohort's own fields, and text that looks like a path ----

    /** A cohort document whose own fields are bad: exit 2 naming the field, no report, no stack trace. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "\"schools\": [null],                                 | schools[0]: must not be null",
            "\"schools\": [SCHOOL], \"seed\": -1.5,             | seed: wrong type: expected a whole number, was the number -1.5",
            "\"schools\": [SCHOOL], \"seed\": \"7\",          | seed: cannot read '7' as a whole number",
            "\"schools\": [SCHOOL], \"plans\": {\"S-01\": {\"plan\": 0}}, | plans.S-01.plan: wrong type: expected a date (yyyy-MM-dd), was the number 0",
            "\"schools\": [SCHOOL], \"county\": 0,              | county: wrong type: expected text, was the number 0",
            "\"schools\": [SCHOOL], \"county\": \"a\", \"county\": \"b\", | county: duplicate key",
    })
    void cohortFieldsAreReadStrictly(String fields, String error, @TempDir Path dir) throws Exception {
        String doc = "{" + fields.replace("SCHOOL", SCHOOL) + " \"teachers\": [" + BadInput.t(1) + "]}";
        Path in = Files.writeString(dir.resolve("cohort.json"), doc);
        Path out = dir.resolve("p.json");
        Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20", "--out", out);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains(error), r::toString);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace, no exception name: " + r);
        assertFalse(Files.exists(out));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"null", "[]", "42", "\"cohort\""})
    void aCohortThatIsNotAnObjectIsExit2(String doc, @TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("cohort.json"), doc);
        Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20", "--out", dir.resolve("p.json"));
        assertEquals(2, r.exit(), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    /**
     * A value that looks like a path ({@code teachers[99]}) is data: before, the report's rejects were renumbered by a
     * regex over their text, so such a school ID crashed the run (ArrayIndexOutOfBounds) or was silently rewritten.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"teachers[99]", "teachers[0]", "teachers[1].teacher.id"})
    void textThatLooksLikeAPathIsEchoedAsItIs(String value, @TempDir Path dir) throws Exception {
        String unreadable = BadInput.t(1).replace("\"amount\":25,", "\"amount\":\"x\",");   // teachers[0] does not bind
        String odd = BadInput.t(2).replace("\"schoolId\":\"S-01\"", "\"schoolId\":\"" + value + "\"");
        String doc = "{\"schools\": [" + SCHOOL + "], \"teachers\": [" + unreadable + ",\n" + odd + ",\n" + BadInput.t(3) + "]}";
        Path in = Files.writeString(dir.resolve("cohort.json"), doc);
        Path out = dir.resolve("p.json");
        Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20", "--out", out);
        assertEquals(0, r.exit(), r::toString);
        ProgressReport report = KaoheJson.read(Files.readString(out), ProgressReport.class);
        assertEquals(List.of(1L, 2L), report.rejects().stream().map(Reject::line).toList(), () -> KaoheJson.line(report.rejects()));
        assertTrue(report.rejects().get(0).error().startsWith("teachers[0].records[0].amount: "), report.rejects().get(0).error());
        assertTrue(report.rejects().get(1).error().startsWith("teachers[1].teacher.schoolId: unknown school '" + value + "'"),
                report.rejects().get(1).error());
        assertEquals(1, report.total().assessed());
    }

    /** The row's teacher lines, blank ones left out (a blank line is not an element of a JSON array), BOM moved to the document. */
    static List<String> teachers(BadInput row) {
        return Arrays.stream(new String(row.teachers, StandardCharsets.UTF_8).split("\n")).map(l -> l.replace("\uFEFF", "")).filter(l -> !l.isBlank()).toList();
    }

    /** The row's teachers as a cohort document, one teacher a line (line 4 is teachers[1]), in the row's encoding. */
    static byte[] cohort(BadInput row) {
        List<String> t = teachers(row);
        String head = "{\n\"county\": \"泗河区\",\n\"schools\": [" + SCHOOL + "],\n\"teachers\": [\n";
        String eol = row == BadInput.CRLF ? "\r\n" : "\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        switch (row) {
            case EMPTY_FILE -> { return new byte[0]; }
            case BOM -> b.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
            default -> { }
        }
        b.writeBytes(head.replace("\n", eol).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < t.size(); i++) {
            String line = (i == 0 ? "" : ",") + (row == BadInput.GBK_BYTES && i == 1 ? BadInput.t(2) : t.get(i)) + eol;
            b.writeBytes(row == BadInput.GBK_BYTES && i == 1 ? line.getBytes(Charset.forName("GBK")) : line.getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes(("]" + eol + "}" + eol).getBytes(StandardCharsets.UTF_8));
        byte[] all = b.toByteArray();
        return row == BadInput.TRUNCATED_LAST_LINE ? Arrays.copyOf(all, all.length * 2 / 3) : all;
    }

    private static Expect error(String... fragments) { return new Expect(true, 0, List.of(fragments)); }

    private static Expect report(int rejects, String... fragments) { return new Expect(false, rejects, List.of(fragments)); }

    private static String shorten(String s) { return s.length() > 3000 ? s.substring(0, 3000) + "…" : s; }
}
