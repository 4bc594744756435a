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

import io.kaohe.json.KaoheJson;
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
            // issue 14: personal data and resources
            case PERSONAL_DATA_IN_FREE_TEXT, COLLIDING_IDS -> report(0);
            case PERSONAL_DATA_IN_ID_FIELDS -> report(4, "teachers[1].teacher.id: holds a national ID or phone number");
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
