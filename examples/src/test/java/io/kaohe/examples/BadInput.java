package io.kaohe.examples;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.kaohe.internal.privacy.NationalIds;

/**
 * The bad-input matrix of docs/bad-input.md: one row per kind of bad input, the same rows for every
 * surface ({@code kaohe assess}, {@code kaohe schools}, {@code kaohe progress}, the Java API). Each row
 * builds its teacher file, school file and cohort document, and says what must come out of each: how
 * many verdicts, how many rejects, and the field paths the rejects must name. Every file mixes good
 * lines with the bad one, so a bad line that takes its neighbours down shows.
 */
enum BadInput {
    MALFORMED_JSON(
            teachers(t(1), t(2).substring(0, t(2).indexOf("\"records\"")) + "\"records\":[}", t(3)),
            expect(2, 1, "\"line\":2", "malformed JSON"),
            schools(s(1), s(2).replace("\"team\":{", "\"team\":{{"), s(3)),
            expect(2, 1, "\"line\":2", "malformed JSON")),
    TRUNCATED_LAST_LINE(
            bytes(t(1) + "\n" + t(2).substring(0, t(2).length() / 2)),
            expect(1, 1, "\"line\":2,\"error\":\"$: malformed JSON: truncated, the input ends inside the record"),
            bytes(s(1) + "\n" + s(2).substring(0, s(2).length() / 2)),
            expect(1, 1, "\"line\":2,\"error\":\"$: malformed JSON: truncated, the input ends inside the record")),
    EMPTY_FILE(bytes(""), expect(0, 0), bytes(""), expect(0, 0)),
    BLANK_LINES(
            teachers(t(1), "", "   ", t(2)),
            expect(2, 2, "\"line\":2,\"error\":\"$: empty line", "\"line\":3,\"error\":\"$: empty line"),
            schools(s(1), "", s(2)),
            expect(2, 1, "\"line\":2,\"error\":\"$: empty line")),
    BOM(bytes("\uFEFF" + t(1) + "\n" + t(2) + "\n"), expect(2, 0),
            bytes("\uFEFF" + s(1) + "\n" + s(2) + "\n"), expect(2, 0)),
    GBK_BYTES(
            mixed(t(1), t(2), t(3)),
            expect(2, 1, "\"line\":2", "$: line is not valid UTF-8"),
            mixed(s(1), s(2), s(3)),
            expect(2, 1, "\"line\":2", "$: line is not valid UTF-8")),
    CRLF(bytes(t(1) + "\r\n" + t(2) + "\r\n" + t(3) + "\r\n"), expect(3, 0),
            bytes(s(1) + "\r\n" + s(2) + "\r\n"), expect(2, 0)),
    UNKNOWN_FIELDS(
            teachers(t(1), t(2).replace("\"name\":", "\"nmae\":"), t(3).replace("{\"teacher\"", "{\"extra\":1,\"teacher\"")),
            expect(1, 2, "teacher.nmae: unknown field (did you mean 'name'?", "extra: unknown field"),
            schools(s(1), s(2).replace("\"staffCount\":", "\"staffcount\":"), s(3)),
            expect(2, 1, "school.staffcount: unknown field (did you mean 'staffCount'?")),
    MISSING_REQUIRED_FIELDS(
            teachers(t(1), t(2).replace(",\"stage\":\"PRIMARY\"", ""), t(3).replace(",\"date\":\"2022-05-10\"", ""),
                    "{\"records\":[]}"),
            expect(1, 3, "teacher.stage: required", "records[1].date: required", "teacher: required"),
            schools(s(1), s(2).replace(",\"worksSubmitted\":7", ""), s(3).replace("\"school\":{\"id\":\"S-03\",", "\"school\":{")),
            expect(1, 2, "cohort.worksSubmitted: required", "school.id: required")),
    WRONG_TYPES(
            teachers(t(1), t(2).replace("\"amount\":25,", "\"amount\":\"twenty\","), t(3).replace("\"roles\":[\"TEACHER\"]", "\"roles\":\"TEACHER\""),
                    t(4).replace("\"records\":[", "\"records\":{\"x\":[").replace("],\"scores\"", "]},\"scores\""), "[1,2,3]"),
            expect(1, 4, "records[0].amount: cannot read 'twenty' as a number", "teacher.roles", "records: wrong type",
                    "$: expected a JSON object"),
            schools(s(1), s(2).replace("\"staffCount\":58", "\"staffCount\":\"many\""), s(3).replace("\"abilities\":[", "\"abilities\":[{\"x\":1},")),
            expect(1, 2, "school.staffCount", "abilities[0]")),
    NEGATIVE_AMOUNTS(
            teachers(t(1), t(2).replace("\"amount\":25,", "\"amount\":-3,")),
            expect(1, 1, "records[0].amount: must not be negative (was -3)"),
            schools(s(1), s(2).replace("\"help\":5", "\"help\":-5"), s(3).replace("\"teachers\":33", "\"teachers\":-1")),
            expect(1, 2, "items.help: must not be negative (was -5)", "cohort.teachers")),
    NAN_AMOUNTS(
            teachers(t(1), t(2).replace("\"amount\":25,", "\"amount\":NaN,"), t(3).replace("\"amount\":25,", "\"amount\":\"NaN\","),
                    t(4).replace("\"amount\":25,", "\"amount\":Infinity,")),
            expect(1, 3, "records[0].amount: malformed JSON", "records[0].amount: cannot read 'NaN' as a number"),
            schools(s(1), s(2).replace("\"help\":5", "\"help\":NaN"), s(3).replace("\"help\":5", "\"help\":\"NaN\"")),
            expect(1, 2, "items.help: malformed JSON", "items.help")),
    HUGE_AMOUNTS(
            teachers(t(1), t(2).replace("\"amount\":25,", "\"amount\":1000000000,"),
                    t(3).replace("\"amount\":25,", "\"amount\":1e999999999,"),
                    t(4).replace("\"amount\":25,", "\"amount\":1e-999999999,"),
                    t(5).replace("\"amount\":25,", "\"amount\":" + "9".repeat(5000) + ",")),
            expect(1, 4, "records[0].amount: is implausibly large (was 1000000000, at most 100000)",
                    "records[0].amount: is implausibly large (was 1E+999999999", "records[0].amount: has more than",
                    "records[0].amount: too large to read: Number value length (5000) exceeds the maximum allowed (1000)"),
            schools(s(1), s(2).replace("\"help\":5", "\"help\":1000000000"), s(3).replace("\"help\":5", "\"help\":1e-999999999"),
                    s(4).replace("\"teachers\":34", "\"teachers\":1000000000000")),
            expect(1, 3, "items.help: is 1000000000, above the item's maximum", "items.help: has more than", "cohort.teachers")),
    DATES_OUT_OF_RANGE(
            teachers(t(1), t(2).replace("2022-03-01", "1999-12-31"), t(3).replace("2022-03-01", "2022-02-30"),
                    t(4).replace("2022-03-01", "+99999-01-01")),
            expect(1, 3, "records[0].date: date out of range 2000-01-01 … 2100-12-31 (was 1999-12-31)",
                    "records[0].date: cannot read '2022-02-30' as a date", "records[0].date"),
            schools(s(1), s(2).replace("\"team\":{", "\"plans\":{\"plan\":\"2022-02-30\"},\"team\":{"), s(3)),
            expect(2, 1, "plans.plan")),
    DATES_AFTER_AS_OF(
            teachers(t(1).replace("{\"teacher\"", "{\"asOf\":\"2022-12-31\",\"teacher\""),
                    t(2).replace("{\"teacher\"", "{\"asOf\":\"2022-06-30\",\"teacher\"")),
            // accepted: each pack counts what lies in its cycle (Hunan's scenarios list a record after asOf as not counted)
            expect(2, 0),
            schools(s(1), s(2)), expect(2, 0)),
    UNKNOWN_ENUM_VALUES(
            teachers(t(1), t(2).replace("\"stage\":\"PRIMARY\"", "\"stage\":\"KINDERGARTEN\""),
                    t(3).replace("\"kind\":\"ONLINE_COURSE\"", "\"kind\":\"ONLINE\""), t(4).replace("\"level\":\"PASS\"", "\"level\":\"GOOD\"")),
            expect(1, 3, "teacher.stage: unknown value 'KINDERGARTEN'", "records[0].kind: unknown value 'ONLINE'",
                    "scores[0].level: unknown value 'GOOD'"),
            schools(s(1), s(2).replace("\"environment\":\"HYBRID\"", "\"environment\":\"VR\""), s(3)),
            expect(2, 1, "school.environment: unknown value 'VR'")),
    UNKNOWN_ABILITY_CODES(
            teachers(t(1), t(2).replace("\"ability\":\"A1\"", "\"ability\":\"Z9\""), t(3).replace("\"ability\":\"A1\"", "\"ability\":\"a1\"")),
            expect(1, 2, "scores[0].ability: unknown ability code 'Z9'", "scores[0].ability: unknown ability code 'a1'"),
            schools(s(1), s(2).replace("\"abilities\":[\"A1\"", "\"abilities\":[\"Z9\""), s(3)),
            expect(2, 1, "abilities[0]: unknown ability code 'Z9'")),
    DUPLICATE_IDS(
            teachers(t(1), t(2), t(1).replace("张一", "张某"), t(3)),
            expect(3, 1, "\"line\":3,\"teacherId\":\"T-1\",\"error\":\"teacher.id: duplicate of line 1"),
            schools(s(1), s(2), s(1)),
            expect(2, 1, "\"line\":3,\"schoolId\":\"S-01\",\"error\":\"school.id: duplicate of line 1")),
    INVALID_NATIONAL_ID(
            teachers(t(1), t(2).replace(id(2), badCheckDigit(id(2))), t(3).replace(id(3), id(3).substring(0, 17)),
                    t(4).replace("\"phone\":\"13800000004\"", "\"phone\":\"call 13800000004\""),
                    t(5).replace("\"id\":\"T-5\"", "\"id\":\"" + id(5) + "\"")),
            expect(1, 4, "teacher.nationalId: check digit does not match (GB 11643)", "teacher.nationalId: must be 18 characters",
                    "teacher.phone: must be digits", "teacher.id: holds a national ID or phone number"),
            schools(s(1), s(2), s(3).replace("\"id\":\"S-03\"", "\"id\":\"" + id(3) + "\"")),
            expect(2, 1, "school.id: holds a national ID or phone number")),
    HUGE_DOSSIER(
            teachers(t(1), bigDossier(100_000), t(3)),
            expect(3, 0),
            schools(s(1), s(2).replace("\"abilities\":[", "\"abilities\":[" + "\"Z9\",".repeat(100_000)), s(3)),
            expect(2, 1, "abilities[0]: unknown ability code 'Z9'", "more errors")),
    DEEPLY_NESTED_JSON(
            teachers(t(1), t(2).replace("\"name\":\"张二\"", "\"name\":" + "[".repeat(100_000) + "]".repeat(100_000)),
                    t(3).replace("\"name\":\"张三\"", "\"name\":" + "[".repeat(100) + "]".repeat(100))),
            expect(1, 2, "teacher.name[0][0][0][0][0][0][0][0][0][0]…: too large to read: Document nesting depth (501) exceeds the maximum allowed (500)",
                    "teacher.name: wrong type: expected text"),
            schools(s(1), s(2).replace("\"abilities\":[", "\"abilities\":[" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + ","), s(3)),
            expect(2, 1, "abilities[0].a.a.a.a.a.a.a.a.a.a…: too large to read: Document nesting depth")),

    // ---- issue 14: input that crashed a run or was silently coerced (rows of the issue-14 input engineer) ----

    /** A line that is JSON but not an object: {@code null} ended the run with a NullPointerException. */
    NOT_AN_OBJECT(
            teachers(t(1), "null", t(2), "42", "\"T-9\"", "true", "[null]"),
            expect(2, 5, "\"line\":2,\"error\":\"$: expected a JSON object, was NULL", "$: expected a JSON object, was NUMBER",
                    "$: expected a JSON object, was STRING", "$: expected a JSON object, was BOOLEAN", "$: expected a JSON object, was ARRAY"),
            schools(s(1), "null", s(2), "-1.5", "false"),
            expect(2, 3, "\"line\":2,\"error\":\"$: expected a JSON object, was NULL", "was NUMBER", "was BOOLEAN")),
    /** {@code [null]} in a list: was "Cannot construct instance … NullPointerException" naming the parent. */
    NULL_ELEMENTS(
            teachers(t(1), t(2).replace("\"records\":[", "\"records\":[null,"), t(3).replace("\"roles\":[\"TEACHER\"]", "\"roles\":[null]"),
                    t(4).replace("\"level\":\"PASS\",", "\"evidence\":[null],"), t(5).replace("\"scores\":[", "\"scores\":[null,")),
            expect(1, 4, "records[0]: must not be null", "teacher.roles[0]: must not be null", "scores[0].evidence[0]: must not be null",
                    "scores[0]: must not be null"),
            schools(s(1), s(2).replace("\"stages\":[\"PRIMARY\"]", "\"stages\":[null]"), s(3).replace("\"abilities\":[", "\"abilities\":[null,"),
                    s(4).replace("\"team\":{", "\"groups\":[null],\"team\":{"),
                    s(5).replace("\"team\":{", "\"groups\":[{\"name\":\"g\",\"stage\":\"PRIMARY\",\"audience\":\"TEACHER\",\"focusPoints\":[null]}],\"team\":{")),
            expect(1, 4, "school.stages[0]: must not be null", "abilities[0]: must not be null", "groups[0]: must not be null",
                    "groups[0].focusPoints[0]: must not be null")),
    /** A number where a name, a date or text belongs, "" for a number, 0 for false: each was silently coerced. */
    COERCED_SCALARS(
            teachers(t(1), t(2).replace("\"level\":\"PASS\"", "\"level\":2"), t(3).replace("\"kind\":\"ONLINE_COURSE\"", "\"kind\":0"),
                    t(4).replace("\"date\":\"2022-03-01\"", "\"date\":18550"), t(5).replace("\"id\":\"T-5\"", "\"id\":true"),
                    t(1).replace("\"id\":\"T-1\"", "\"id\":0"), t(2).replace("\"id\":\"T-2\"", "\"id\":1e308"),
                    t(3).replace("\"amount\":25,", "\"amount\":\"\","), t(4).replace("\"amount\":25,", "\"amount\":\"25\",")),
            expect(1, 8, "scores[0].level: wrong type: expected one of [FAIL, PASS, EXCELLENT], was the number 2",
                    "records[0].kind: wrong type: expected one of", "records[0].date: wrong type: expected a date (yyyy-MM-dd), was the number 18550",
                    "teacher.id: wrong type: expected text, was the boolean true", "teacher.id: wrong type: expected text, was the number 0",
                    "teacher.id: wrong type: expected text, was the number 1", "records[0].amount: wrong type: expected a number, was empty text",
                    "records[0].amount: cannot read '25' as a number"),
            schools(s(1), s(2).replace("\"environment\":\"HYBRID\"", "\"environment\":0"), s(3).replace("\"principalLeads\":true", "\"principalLeads\":0"),
                    s(4).replace("\"team\":{", "\"plans\":{\"plan\":0},\"team\":{"), s(5).replace("\"staffCount\":58", "\"staffCount\":\"\""),
                    s(6).replace("\"staffCount\":58", "\"staffCount\":58.5")),
            expect(1, 5, "school.environment: wrong type: expected one of", "team.principalLeads: wrong type: expected true or false, was the number 0",
                    "plans.plan: wrong type: expected a date (yyyy-MM-dd), was the number 0", "school.staffCount: wrong type: expected a whole number, was empty text",
                    "school.staffCount: wrong type: expected a whole number, was the number 58.5")),
    /** A key twice in one object: the last one silently won. */
    DUPLICATE_KEYS(
            teachers(t(1), t(2).replace("\"id\":\"T-2\"", "\"id\":\"T-2\",\"id\":\"T-9\""),
                    t(3).replace("{\"teacher\"", "{\"asOf\":\"2022-12-31\",\"asOf\":\"2022-12-31\",\"teacher\"")),
            expect(1, 2, "teacher.id: duplicate key", "asOf: duplicate key"),
            schools(s(1), s(2).replace("\"help\":5", "\"help\":5,\"help\":0"), s(3)),
            expect(2, 1, "items.help: duplicate key")),

    // ---- issue 14, personal data and resources ----
    PERSONAL_DATA_IN_FREE_TEXT(
            teachers(t(1).replace("\"name\":\"张一\"", "\"name\":\"张一 +86 138 1234 5678\""),
                    t(2).replace("\"stage\":\"PRIMARY\"", "\"stage\":\"PRIMARY\",\"subject\":\"数学 " + FreeTextPrivacyTest.fullWidth(id(2)) + "\""),
                    t(3).replace("\"stage\":\"PRIMARY\"", "\"stage\":\"PRIMARY\",\"county\":\"泗河区 138-1234-5678 " + id(3) + "x\""),
                    t(4).replace("\"name\":\"张四\"", "\"name\":\"张四 138/1234/5678 138  1234  5678 " + String.join(".", id(4).split("")) + "\"")),
            expect(4, 0),
            schools(s(1).replace("\"name\":\"实验小学1\"", "\"name\":\"实验小学 8613812345678\""),
                    s(2).replace("\"county\":\"泗河区\"", "\"county\":\"泗河区 " + FreeTextPrivacyTest.spaced(id(4)) + "\"")),
            expect(2, 0)),
    PERSONAL_DATA_IN_ID_FIELDS(
            teachers(t(1), t(2).replace("\"id\":\"T-2\"", "\"id\":\"+8613812345678\""),
                    t(3).replace("\"id\":\"T-3\"", "\"id\":\"138-1234-5678\""),
                    t(4).replace("\"id\":\"T-4\"", "\"id\":\"T" + id(4) + "x\""),
                    t(5).replace("\"id\":\"T-5\"", "\"id\":\"" + FreeTextPrivacyTest.fullWidth(FreeTextPrivacyTest.spaced(id(5))) + "\""),
                    // separators a tester got past the one-space-or-hyphen reading with
                    t(2).replace("\"id\":\"T-2\"", "\"id\":\"138.1234.5678\""),
                    t(3).replace("\"id\":\"T-3\"", "\"id\":\"138–1234–5678\""),
                    t(4).replace("\"id\":\"T-4\"", "\"id\":\"1 3 8 1 2 3 4 5 6 7 8\""),
                    t(5).replace("\"id\":\"T-5\"", "\"id\":\"" + String.join("/", id(5).substring(0, 6), id(5).substring(6, 14), id(5).substring(14)) + "\"")),
            expect(1, 8, "\"line\":2,\"teacherId\":\"+86138****5678\",\"error\":\"teacher.id: holds a national ID or phone number",
                    "\"line\":5,", "teacher.id: holds a national ID or phone number"),
            schools(s(1), s(2).replace("\"id\":\"S-02\"", "\"id\":\"138 1234 5678\""),
                    s(3).replace("\"id\":\"S-03\"", "\"id\":\"" + FreeTextPrivacyTest.fullWidth(id(3)) + "\"")),
            expect(1, 2, "school.id: holds a national ID or phone number")),
    LONG_VALUES(
            teachers(t(1), t(2).replace("\"stage\":\"PRIMARY\"", "\"stage\":\"" + "X".repeat(100_000) + "\""),
                    t(3).replace("\"amount\":25,", "\"amount\":\"" + "9x".repeat(50_000) + "\","),
                    t(4).replace("\"id\":\"T-4\"", "\"id\":\"T-4" + "7".repeat(100_000) + "\"")),
            expect(1, 3, "teacher.stage: unknown value 'XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX… (100000 characters)'",
                    "records[0].amount: cannot read '9x9x9x9x9x9x9x9x9x9x9x9x9x9x9x9x9x9x9x9x… (100000 characters)' as a number",
                    "teacher.id: holds a national ID or phone number"),
            schools(s(1), s(2).replace("\"environment\":\"HYBRID\"", "\"environment\":\"" + "V".repeat(100_000) + "\"")),
            expect(1, 1, "school.environment: unknown value 'VVVV")),
    COLLIDING_IDS(
            teachers(colliding(32, t(1), "T-1", "T-")), expect(32, 0),
            schools(colliding(32, s(1), "S-01", "S-")), expect(32, 0));

    /** What must come out of a file: verdicts, rejects, and text each reject line or the rejects together contain. */
    record Expect(int verdicts, int rejects, List<String> fragments) {}

    final byte[] teachers;
    final Expect teacherExpect;
    final byte[] schools;
    final Expect schoolExpect;

    BadInput(byte[] teachers, Expect teacherExpect, byte[] schools, Expect schoolExpect) {
        this.teachers = teachers;
        this.teacherExpect = teacherExpect;
        this.schools = schools;
        this.schoolExpect = schoolExpect;
    }

    // ---- the good lines every file is built from ----

    /** A valid national ID (GB 11643 check digit): invented, but personal data to every test. */
    static String id(int n) { return NationalIds.withCheckDigit(String.format("37090219850101%03d", n)); }

    static String badCheckDigit(String valid) { return valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1'); }

    /** A valid Shandong teacher line, T-n, with a national ID and a mobile number. */
    static String t(int n) {
        return "{\"teacher\":{\"id\":\"T-" + n + "\",\"name\":\"张" + "零一二三四五".charAt(n) + "\",\"nationalId\":\"" + id(n)
                + "\",\"schoolId\":\"S-01\",\"stage\":\"PRIMARY\",\"roles\":[\"TEACHER\"],\"phone\":\"1380000000" + n + "\"},"
                + "\"records\":[{\"kind\":\"ONLINE_COURSE\",\"amount\":25,\"unit\":\"HOUR\",\"date\":\"2022-03-01\"},"
                + "{\"kind\":\"SCHOOL_PRACTICE\",\"amount\":25,\"unit\":\"HOUR\",\"date\":\"2022-05-10\"}],"
                + "\"scores\":[{\"ability\":\"A1\",\"level\":\"PASS\",\"assessedOn\":\"2022-11-20\"}]}";
    }

    /** Teacher T-n as a dossier. */
    static io.kaohe.model.TeacherDossier dossier(int n) { return io.kaohe.internal.json.KaoheJson.read(t(n), io.kaohe.model.TeacherDossier.class); }

    /** A valid Shandong school line, S-0n (primary, the sample's first school). */
    static String s(int n) {
        return "{\"school\":{\"id\":\"S-0" + n + "\",\"name\":\"实验小学" + n + "\",\"county\":\"泗河区\",\"staffCount\":58,"
                + "\"teacherCount\":52,\"stages\":[\"PRIMARY\"],\"environment\":\"HYBRID\",\"batch\":\"2020-2021\"},"
                + "\"team\":{\"size\":4,\"principalLeads\":true,\"hasCio\":true},"
                + "\"abilities\":[\"A1\",\"A3\",\"A5\",\"A6\",\"B1\",\"B2\",\"B6\",\"C1\",\"C4\"],"
                + "\"cohort\":{\"teachers\":" + (30 + n) + ",\"abilityChoices\":{\"MULTIMEDIA\":40,\"HYBRID\":40,\"SMART\":10},"
                + "\"onlineHoursMet\":30,\"practiceHoursMet\":30,\"passed\":30,\"excellent\":5,\"worksSubmitted\":7,\"microAbilityPassed\":30},"
                + "\"items\":{\"activityDesign\":2,\"assessmentDesign\":1,\"contentTraining\":5,\"currentState\":0.5,"
                + "\"demonstration\":5,\"help\":5,\"incentives\":5,\"innovation\":5,\"peerReview\":0.5,\"plan\":2,"
                + "\"research\":4,\"rules\":2,\"selfTest\":2}}";
    }

    /** T-2 with {@code n} small records (hours spread over the cycle): large, but valid. */
    static String bigDossier(int n) {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) records.append(',');
            records.append("{\"kind\":\"").append(i % 2 == 0 ? "ONLINE_COURSE" : "SCHOOL_PRACTICE")
                    .append("\",\"amount\":0.5,\"unit\":\"HOUR\",\"date\":\"2022-0").append(3 + i % 6).append("-1").append(i % 10).append("\"}");
        }
        String t = t(2);
        return t.substring(0, t.indexOf("\"records\":[") + 11) + records + t.substring(t.indexOf("],\"scores\""));
    }

    /**
     * {@code n} copies of {@code line} whose IDs all have one {@code String.hashCode} (built from the colliding pair
     * "Aa"/"BB"): what an input aiming at a hash table would send.
     */
    static String[] colliding(int n, String line, String id, String prefix) {
        String[] out = new String[n];
        int bits = Integer.numberOfTrailingZeros(n);
        for (int i = 0; i < n; i++) {
            StringBuilder s = new StringBuilder(prefix);
            for (int b = 0; b < bits; b++) s.append((i >> b & 1) == 0 ? "Aa" : "BB");
            out[i] = line.replace("\"id\":\"" + id + "\"", "\"id\":\"" + s + "\"");
        }
        return out;
    }

    // ---- file builders ----

    private static byte[] teachers(String... lines) { return bytes(String.join("\n", lines) + "\n"); }

    private static byte[] schools(String... lines) { return teachers(lines); }

    private static byte[] bytes(String text) { return text.getBytes(StandardCharsets.UTF_8); }

    /** Three lines, the middle one encoded in GBK (as exported by an old Windows system), the others UTF-8. */
    private static byte[] mixed(String first, String gbk, String last) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(bytes(first + "\n"));
        b.writeBytes((gbk + "\n").getBytes(Charset.forName("GBK")));
        b.writeBytes(bytes(last + "\n"));
        return b.toByteArray();
    }

    private static Expect expect(int verdicts, int rejects, String... fragments) { return new Expect(verdicts, rejects, List.of(fragments)); }
}
