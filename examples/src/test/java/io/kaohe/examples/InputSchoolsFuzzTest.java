package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Engine;
import io.kaohe.internal.json.ByteLines;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.Reject;
import io.kaohe.model.TeacherVerdict;
import tools.jackson.databind.node.ObjectNode;

/**
 * The school column of {@code assess --csv/--xlsx} ({@link InputSchools}) against an oracle that does not share its
 * logic: assess's own rejects say which input lines it assessed (every line not rejected, in order), and the generator
 * knows the school it wrote into each line, so the k-th verdict's school is that of the k-th line not rejected. Cohorts
 * (QuickTheories, fixed seed) of a few teachers, each on several lines with different schools, with spoilt lines: a bad
 * field, broken JSON, {@code null}, blank lines, bytes that are not UTF-8, two dossiers joined by a lone CR, CRLF line
 * ends, a byte-order mark, no line break at the end.
 */
class InputSchoolsFuzzTest {
    private static final long SEED = 20221120L;
    private static final Engine ENGINE = Cli.shandong();
    private static final List<String> SCHOOLS = List.of("S-01", "S-02", "S-03", "S-77");
    private static final List<ObjectNode> POOL = Cli.sampleLines(Samples.TEACHERS).stream()
            .filter(l -> l.startsWith("{\"teacher\""))
            .map(l -> (ObjectNode) KaoheJson.MAPPER.readTree(l)).limit(8).toList();
    /** The teacher IDs of the cohorts: few, so that most teachers have several lines. */
    private static final List<String> IDS = POOL.stream().limit(4).map(n -> n.path("teacher").path("id").asString()).toList();

    /** A generated input: its bytes, and for each line (as assess numbers them) the school of the dossier it begins with. */
    private record Cohort(byte[] bytes, List<String> schools, List<String> ids) {}

    @Test
    void everyVerdictHasTheSchoolOfTheLineAssessForIt(@TempDir Path dir) {
        int[] rows = {0};
        qt().withFixedSeed(SEED).withExamples(200).withShrinkCycles(10).forAll(longs().all()).checkAssert(seed -> {
            Cohort c = cohort(new Random(seed));
            rows[0] += check(c, dir);
        });
        System.out.println("InputSchoolsFuzzTest: 200 cohorts, " + rows[0] + " rows checked");
    }

    /**
     * A line over {@link ByteLines#MAX_LINE_BYTES} (white space inside a valid dossier) is one reject for assess: its
     * school is not the next line's of the same teacher.
     */
    @Test
    void aLineTooLongForAssessIsPassedOver(@TempDir Path dir) {
        ObjectNode first = dossier(POOL.get(0), IDS.get(0), "S-77");
        ObjectNode second = dossier(POOL.get(1), IDS.get(0), "S-01");
        String json = text(first);
        StringBuilder longLine = new StringBuilder(ByteLines.MAX_LINE_BYTES + json.length() + 8);
        longLine.append(json, 0, json.length() - 1).append(" ".repeat(ByteLines.MAX_LINE_BYTES)).append('}');
        byte[] bytes = (longLine + "\n" + text(second) + "\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(1, check(new Cohort(bytes, List.of("S-77", "S-01"), List.of(IDS.get(0), IDS.get(0))), dir));
    }

    /** Assesses the cohort, reads its verdicts back with their schools as {@code --csv} does; the rows checked. */
    private static int check(Cohort c, Path dir) {
        try {
            Path verdicts = dir.resolve("v.jsonl");
            StringWriter rejects = new StringWriter();
            try (Writer out = Files.newBufferedWriter(verdicts, StandardCharsets.UTF_8)) {
                TeacherStream.assess(ENGINE, new ByteArrayInputStream(c.bytes()), out, rejects, 1);
            }
            Set<Long> rejected = new HashSet<>();
            for (String r : rejects.toString().split("\n")) if (!r.isEmpty()) rejected.add(KaoheJson.read(r, Reject.class).line());
            List<Integer> assessed = new ArrayList<>();
            for (int i = 0; i < c.schools().size(); i++) if (!rejected.contains(i + 1L)) assessed.add(i);
            List<String[]> got = CsvJob.read(verdicts, new ByteArrayInputStream(c.bytes()), ENGINE, (vs, schools) -> {
                List<String[]> out = new ArrayList<>();
                for (TeacherVerdict v : vs) out.add(new String[] {v.teacherId(), schools.apply(v)});
                return out;
            });
            assertEquals(assessed.size(), got.size(), "a verdict per line not rejected (the oracle's premise)");
            for (int k = 0; k < got.size(); k++) {
                int line = assessed.get(k);
                assertEquals(c.ids().get(line), got.get(k)[0], "verdict " + k + " is of line " + (line + 1));
                assertEquals(c.schools().get(line), got.get(k)[1], "school of verdict " + k + " (line " + (line + 1)
                        + ") in\n" + new String(c.bytes(), StandardCharsets.UTF_8));
            }
            return got.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cohort cohort(Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> schools = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        if (r.nextInt(3) == 0) out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        int lines = 1 + r.nextInt(12);
        for (int i = 0; i < lines; i++) {
            String id = IDS.get(r.nextInt(IDS.size()));
            String school = SCHOOLS.get(r.nextInt(SCHOOLS.size()));
            ObjectNode d = dossier(POOL.get(r.nextInt(POOL.size())), id, school);
            String json = text(d);
            byte[] line = switch (r.nextInt(12)) {
                case 0 -> { // a bad field: reads as a dossier, refused by validation
                    ((ObjectNode) d.withArray("records").get(0)).put("amount", -1);
                    yield utf8(text(d));
                }
                case 1 -> utf8(json.substring(0, 1 + r.nextInt(json.length() - 1)));            // broken JSON
                case 2 -> utf8(r.nextBoolean() ? "" : " \t");                                  // blank
                case 3 -> utf8("null");
                case 4 -> notUtf8(json);                                                       // GBK-like bytes
                case 5 -> utf8(json + "\r" + text(dossier(POOL.get(0), IDS.get(r.nextInt(IDS.size())),
                        SCHOOLS.get(r.nextInt(SCHOOLS.size())))));                                // a lone CR
                default -> utf8(json);
            };
            out.writeBytes(line);
            // the last line without a line break, unless it is empty (then there is no line: assess counts none)
            if (i < lines - 1 || line.length == 0 || r.nextBoolean()) out.writeBytes(utf8(r.nextInt(4) == 0 ? "\r\n" : "\n"));
            schools.add(school);
            ids.add(id);
        }
        return new Cohort(out.toByteArray(), schools, ids);
    }

    private static ObjectNode dossier(ObjectNode pooled, String id, String school) {
        ObjectNode d = pooled.deepCopy();
        ((ObjectNode) d.get("teacher")).put("id", id).put("schoolId", school);
        return d;
    }

    /** The dossier with a byte that is never UTF-8 in the teacher's name. */
    private static byte[] notUtf8(String json) {
        byte[] b = utf8(json.replace("\"name\":\"", "\"name\":\"\u0001"));
        for (int i = 0; i < b.length; i++) if (b[i] == 1) b[i] = (byte) 0xFF;
        return b;
    }

    private static String text(ObjectNode d) { return KaoheJson.MAPPER.writeValueAsString(d); }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
