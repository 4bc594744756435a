package io.kaohe.shandong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.Reject;
import io.kaohe.model.TeacherVerdict;

/**
 * One JSON Lines input with every kind of bad line the interchange spec names: each bad line gives
 * exactly one reject naming the field path, every good line is assessed, lines = verdicts + rejects,
 * and no output or log line carries an unmasked national ID.
 */
class TeacherStreamBadInputTest {
    /** A valid ID (GB 11643 check digit 5), used where it must never be echoed. */
    static final String ID = "110101199003078515";
    /** The same ID with a wrong check digit. */
    static final String BAD_ID = "110101199003078516";
    static final Pattern UNMASKED_ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

    private static final String RECORDS = "\"records\":["
            + "{\"kind\":\"ONLINE_COURSE\",\"amount\":25,\"unit\":\"HOUR\",\"date\":\"2022-03-01\"},"
            + "{\"kind\":\"SCHOOL_PRACTICE\",\"amount\":25,\"unit\":\"HOUR\",\"date\":\"2022-05-10\"},"
            + "{\"kind\":\"RESEARCH_ACTIVITY\",\"amount\":2,\"unit\":\"COUNT\",\"date\":\"2022-03-15\",\"semester\":\"2021-2022-2\"},"
            + "{\"kind\":\"PEER_REVIEW\",\"amount\":1,\"unit\":\"COUNT\",\"date\":\"2022-05-20\"}]";
    private static final String SCORES = "\"scores\":["
            + "{\"ability\":\"A1\",\"level\":\"PASS\",\"assessedOn\":\"2022-06-01\"},"
            + "{\"ability\":\"B2\",\"level\":\"PASS\",\"assessedOn\":\"2022-06-01\"},"
            + "{\"ability\":\"C4\",\"level\":\"PASS\",\"assessedOn\":\"2022-06-01\"}]";

    static String teacher(String id, String extra) {
        return "{\"id\":\"" + id + "\",\"schoolId\":\"S-01\",\"stage\":\"PRIMARY\"" + extra + "}";
    }

    static String good(String id) { return "{\"teacher\":" + teacher(id, "") + "," + RECORDS + "," + SCORES + "}"; }

    static String withRecord(String id, String record) {
        return "{\"teacher\":" + teacher(id, "") + ",\"records\":[" + record + "]}";
    }

    /** Expected reject per line number: the path its error must start with. */
    private static final Map<Integer, String> EXPECTED = new LinkedHashMap<>();
    private static final List<Integer> GOOD = new ArrayList<>();
    private static byte[] input;
    private static final StringWriter verdicts = new StringWriter();
    private static final StringWriter rejects = new StringWriter();
    private static String log;
    private static TeacherStream.Counts counts;

    @BeforeAll
    static void run() {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        List<Object[]> lines = new ArrayList<>();
        // {text, charset, expected path or null for a good line}
        lines.add(new Object[] {"\uFEFF" + "{\"teacher\":" + teacher("T-01", ",\"nationalId\":\"" + ID + "\"") + "," + RECORDS + "," + SCORES + "}", "UTF-8", null});
        lines.add(new Object[] {"{\"teacher\": {\"id\": \"T-02\", \"nationalId\": \"" + ID + "\",", "UTF-8", "$"});
        lines.add(new Object[] {withRecord("T-03", "{\"kind\":\"ONLINE_COURSE\",\"amount\":-3,\"unit\":\"HOUR\",\"date\":\"2022-03-01\"}"), "UTF-8", "records[0].amount"});
        lines.add(new Object[] {"{\"teacher\":" + teacher("T-04", "") + ",\"scores\":[{\"ability\":\"A14\",\"level\":\"PASS\",\"assessedOn\":\"2022-06-01\"}]}", "UTF-8", "scores[0].ability"});
        lines.add(new Object[] {"{\"teacher\":{\"id\":\"T-05\",\"schoolId\":\"S-01\",\"stage\":\"HIGH_SCHOOL\"}}", "UTF-8", "teacher.stage"});
        lines.add(new Object[] {withRecord("T-06", "{\"kind\":\"WEBINAR\",\"amount\":3,\"unit\":\"HOUR\",\"date\":\"2022-03-01\"}"), "UTF-8", "records[0].kind"});
        lines.add(new Object[] {"{\"teacher\":{\"schoolId\":\"S-01\",\"stage\":\"PRIMARY\"}," + RECORDS + "}", "UTF-8", "teacher.id"});
        lines.add(new Object[] {"{\"teacher\":{\"id\":\"T-08\",\"schoolId\":\"S-01\"}," + RECORDS + "}", "UTF-8", "teacher.stage"});
        lines.add(new Object[] {"{\"teacher\":" + teacher("T-09", ",\"nationalId\":\"" + BAD_ID + "\"") + "," + RECORDS + "}", "UTF-8", "teacher.nationalId"});
        lines.add(new Object[] {good("T-01"), "UTF-8", "teacher.id"}); // duplicate of line 1
        lines.add(new Object[] {good("T-11") + "\r", "UTF-8", null}); // CRLF
        lines.add(new Object[] {"{\"teacher\":" + teacher("T-12", ",\"name\":\"张三\"") + "}", "GBK", "$"});
        lines.add(new Object[] {"", "UTF-8", "$"});
        lines.add(new Object[] {withRecord("T-14", "{\"kind\":\"ONLINE_COURSE\",\"amount\":\"abc\",\"unit\":\"HOUR\",\"date\":\"2022-03-01\"}"), "UTF-8", "records[0].amount"});
        lines.add(new Object[] {withRecord("T-15", "{\"kind\":\"ONLINE_COURSE\",\"amout\":3,\"unit\":\"HOUR\",\"date\":\"2022-03-01\"}"), "UTF-8", "records[0].amout"});
        lines.add(new Object[] {withRecord("T-16", "{\"kind\":\"ONLINE_COURSE\",\"amount\":1500,\"unit\":\"MINUTE\",\"date\":\"2022-03-01\"}"), "UTF-8", "records[0].unit"});
        lines.add(new Object[] {"{\"teacher\":" + teacher("T-17", "") + ",\"scores\":[{\"ability\":\"A1\",\"level\":\"EXCELLENT\",\"assessedOn\":\"2022-06-01\","
                + "\"evidence\":[{\"piece\":\"教学设计\",\"level\":\"EXCELLENT\"},{\"piece\":\"教学反思\",\"level\":\"PASS\"}]}]}", "UTF-8", "scores[0].level"});
        // personal data inside values that end up in error messages
        lines.add(new Object[] {"{\"teacher\":{\"id\":\"T-18\",\"schoolId\":\"S-01\",\"stage\":\"" + ID + "\"}}", "UTF-8", "teacher.stage"});
        lines.add(new Object[] {withRecord("T-19", "{\"kind\":\"ONLINE_COURSE\",\"amount\":\"" + ID + "\",\"unit\":\"HOUR\",\"date\":\"2022-03-01\"}"), "UTF-8", "records[0].amount"});
        lines.add(new Object[] {good("T-20"), "UTF-8", null}); // last line, no line break after it
        for (int i = 0; i < lines.size(); i++) {
            Object[] l = lines.get(i);
            in.writeBytes(((String) l[0]).getBytes(Charset.forName((String) l[1])));
            if (i < lines.size() - 1) in.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
            if (l[2] == null) GOOD.add(i + 1);
            else EXPECTED.put(i + 1, (String) l[2]);
        }
        input = in.toByteArray();

        Engine engine = Kaohe.pack("shandong");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            counts = TeacherStream.assess(engine, new ByteArrayInputStream(input), verdicts, rejects);
        } finally {
            System.setErr(err);
        }
        log = captured.toString(StandardCharsets.UTF_8);
    }

    static List<Reject> rejects() {
        return rejects.toString().lines().map(l -> KaoheJson.read(l, Reject.class)).toList();
    }

    static List<TeacherVerdict> verdicts() {
        return verdicts.toString().lines().map(l -> KaoheJson.read(l, TeacherVerdict.class)).toList();
    }

    @Test
    void everyLineEndsInExactlyOneOutput() {
        int lines = EXPECTED.size() + GOOD.size();
        assertEquals(lines, counts.lines());
        assertEquals(counts.lines(), counts.verdicts() + counts.rejects());
        assertEquals(GOOD.size(), counts.verdicts());
        assertEquals(EXPECTED.size(), counts.rejects());
        assertEquals(counts.verdicts(), verdicts().size());
        assertEquals(counts.rejects(), rejects().size());
    }

    @Test
    void eachBadLineIsOneRejectNamingItsFieldPath() {
        Map<Long, Reject> byLine = new LinkedHashMap<>();
        for (Reject r : rejects()) assertEquals(null, byLine.put(r.line(), r), "one reject for line " + r.line());
        assertEquals(EXPECTED.keySet().stream().map(Integer::longValue).toList(), List.copyOf(byLine.keySet()));
        EXPECTED.forEach((line, path) -> {
            Reject r = byLine.get((long) line);
            assertTrue(r.error().startsWith(path + ": "), "line " + line + " must name " + path + ": " + r.error());
        });
    }

    @Test
    void rejectsSayWhatIsWrong() {
        Map<Long, String> err = new LinkedHashMap<>();
        rejects().forEach(r -> err.put(r.line(), r.error()));
        assertTrue(err.get(3L).contains("must not be negative (was -3)"), err.get(3L));
        assertTrue(err.get(4L).contains("unknown ability code 'A14'"), err.get(4L));
        assertTrue(err.get(5L).contains("HIGH_SCHOOL") && err.get(5L).contains("PRIMARY"), err.get(5L));
        assertTrue(err.get(6L).contains("WEBINAR") && err.get(6L).contains("ONLINE_COURSE"), err.get(6L));
        assertTrue(err.get(9L).contains("check digit"), err.get(9L));
        assertTrue(err.get(10L).contains("duplicate of line 1"), err.get(10L));
        assertTrue(err.get(12L).contains("UTF-8"), err.get(12L));
        assertTrue(err.get(13L).contains("empty line"), err.get(13L));
        assertTrue(err.get(14L).contains("abc"), err.get(14L));
        assertTrue(err.get(15L).contains("did you mean 'amount'"), err.get(15L));
        assertTrue(err.get(16L).contains("MINUTE") && err.get(16L).contains("ONLINE_COURSE"), err.get(16L));
        assertTrue(err.get(17L).contains("evidence gives PASS"), err.get(17L));
        assertEquals("T-03", rejects().stream().filter(r -> r.line() == 3).findFirst().orElseThrow().teacherId());
    }

    @Test
    void goodLinesAreAllAssessed() {
        List<TeacherVerdict> v = verdicts();
        assertEquals(List.of("T-01", "T-11", "T-20"), v.stream().map(TeacherVerdict::teacherId).toList());
        for (TeacherVerdict x : v) {
            assertEquals(io.kaohe.model.Grade.PASS, x.grade(), x.toString());
            assertEquals(List.of(), x.unmet());
        }
    }

    @Test
    void noUnmaskedNationalIdAnywhere() {
        assertTrue(new String(input, StandardCharsets.UTF_8).contains(ID), "the input does carry the ID");
        for (String out : List.of(verdicts.toString(), rejects.toString(), log)) {
            assertFalse(UNMASKED_ID.matcher(out).find(), "unmasked national ID in: " + out);
            assertFalse(out.contains(ID.substring(4, 14)), "the ID's hidden digits leak: " + out);
        }
        assertTrue(log.contains(counts.rejects() + " rejects"), "the log was captured, so the check above means something: " + log);
    }
}
