package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.examples.report.Labels;
import io.kaohe.examples.report.Texts;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.BatchProgress;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.TeacherVerdict;
import tools.jackson.databind.JsonNode;

/**
 * The demo's Excel workbook of every pack, opened with a real reader (openpyxl, {@link XlsxReader}): its sheets, frozen
 * header rows, filters and percentage formats, and every number and status compared with the JSON reports the demo
 * wrote beside it. Skipped, saying how to install openpyxl, where it is not installed.
 */
class WorkbookTest {
    static final List<String> PACKS = List.of("shandong", "hunan", "liaoning", "zhejiang");
    private static final Messages ZH = Texts.of(Messages.ZH);

    @TempDir
    static Path dir;
    private static boolean demoDone;

    private static XlsxReader reader() {
        XlsxReader reader = XlsxReader.require(dir);
        if (!demoDone) {
            Cli.Result r = Cli.run("demo", "--out", dir.resolve("out"));
            assertEquals(0, r.exit(), r::toString);
            demoDone = true;
        }
        return reader;
    }

    @Test
    void theDemoWorkbookOfEveryPackHoldsTheNumbersOfTheJsonReports() throws IOException {
        XlsxReader reader = reader();
        for (String pack : PACKS) {
            Path out = dir.resolve("out").resolve(pack);
            JsonNode book = reader.read(out.resolve("workbook.xlsx"));
            assertEquals(List.of("概况", "批次进度", "各校汇总", "学校评价", "需处理的教师", "考核结论"), XlsxReader.names(book), pack);
            assertEquals(List.of(), PersonalData.find(book.toString()), pack + ": no unmasked national ID or mobile number in any cell");
            for (JsonNode sheet : book.get("sheets")) {
                String where = pack + " " + sheet.get("name").asString();
                assertEquals("A2", sheet.get("freeze").asString(), where + ": the header row is frozen");
                int rows = sheet.get("rows").size();
                assertTrue(sheet.get("filter").asString("").matches("A1:[A-Z]+" + rows), where + ": a filter over the table, was " + sheet.get("filter"));
                assertFalse(sheet.get("widths").isEmpty(), where + ": column widths set");
            }
            ProgressReport json = KaoheJson.read(Files.readString(out.resolve("progress.json")), ProgressReport.class);
            schools(XlsxReader.sheet(book, "各校汇总"), json, pack);
            batches(XlsxReader.sheet(book, "批次进度"), json, pack);
            actions(XlsxReader.sheet(book, "需处理的教师"), json, pack);
            summary(XlsxReader.sheet(book, "概况"), json, pack);
            verdicts(XlsxReader.sheet(book, "考核结论"), out.resolve("verdicts.jsonl"), teacherSchools(pack), pack);
            scores(XlsxReader.sheet(book, "学校评价"), out.resolve("school-verdicts.jsonl"), pack);
        }
    }

    private static void schools(JsonNode sheet, ProgressReport json, String pack) {
        JsonNode rows = sheet.get("rows");
        assertEquals("学校编号", rows.get(0).get(0).asString());
        assertEquals(json.schools().size() + 2, rows.size(), pack + ": header, one row per school, the total");
        for (int i = 0; i < json.schools().size(); i++) assertSchool(json.schools().get(i), rows.get(i + 1), pack, null);
        JsonNode total = rows.get(rows.size() - 1);
        assertEquals("合计", total.get(1).asString());
        assertSchool(json.total(), total, pack, Labels.overall(json));
        assertEquals("0.0%", sheet.get("formats").get(6).asString(), pack + ": the pass rate is shown as a percentage");
    }

    private static void assertSchool(SchoolProgress s, JsonNode row, String pack, String overall) {
        String where = pack + " " + (overall == null ? s.schoolId() : "total");
        if (overall == null) assertEquals(s.schoolId(), row.get(0).asString(), where);
        int[] counts = {s.teachers(), s.assessed(), s.passed(), -1, s.excellent(), s.hoursPassed(), -1, s.assessmentPassed(), -1,
                s.practiceCompleted(), -1, s.failed(), s.incomplete()};
        for (int c = 0; c < counts.length; c++) if (counts[c] >= 0) assertEquals(counts[c], row.get(c + 3).asInt(), where + " column " + (c + 3));
        assertRate(s.passRate(), row.get(6), where + " pass rate");
        assertRate(s.hoursRate(), row.get(9), where + " hours rate");
        assertRate(s.assessmentRate(), row.get(11), where + " assessment rate");
        assertRate(s.practiceRate(), row.get(13), where + " practice rate");
        String status = overall != null ? overall : s.status().name();
        assertEquals(ZH.get("report.status." + status), row.get(16).asString(), where + " status");
    }

    private static void assertRate(BigDecimal expected, JsonNode cell, String where) {
        if (expected == null) {
            assertTrue(cell.isNull(), where + ": empty");
            return;
        }
        assertTrue(cell.isNumber(), where + ": a number, was " + cell);
        assertEquals(expected.doubleValue(), cell.asDouble(), 1e-9, where);
    }

    private static void batches(JsonNode sheet, ProgressReport json, String pack) {
        JsonNode rows = sheet.get("rows");
        assertEquals(json.batches().size() + 1, rows.size(), pack);
        for (int i = 0; i < json.batches().size(); i++) {
            BatchProgress b = json.batches().get(i);
            JsonNode row = rows.get(i + 1);
            assertEquals(ZH.get("report.status." + b.status().name()), row.get(1).asString(), pack + " " + b.batch());
            int[] counts = {b.schools(), b.teachers(), b.assessed(), b.passed(), b.failed(), b.awaitingReassessment()};
            for (int c = 0; c < counts.length; c++) assertEquals(counts[c], row.get(c + 2).asInt(), pack + " " + b.batch() + " column " + (c + 2));
            if (b.dueBy() != null) assertEquals(b.dueBy().toString(), row.get(9).asString(), pack + " due date, a date cell");
        }
    }

    private static void actions(JsonNode sheet, ProgressReport json, String pack) {
        Set<String> teachers = new HashSet<>();
        Map<String, Integer> perSchool = new HashMap<>();
        JsonNode rows = sheet.get("rows");
        for (int i = 1; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            if (teachers.add(row.get(2).asString())) perSchool.merge(row.get(0).asString(), 1, Integer::sum);
        }
        for (SchoolProgress s : json.schools()) {
            assertEquals(s.failed() + s.incomplete(), perSchool.getOrDefault(s.schoolId(), 0).intValue(),
                    pack + " " + s.schoolId() + ": every teacher not yet passed is listed, with the school");
        }
    }

    private static void summary(JsonNode sheet, ProgressReport json, String pack) {
        Map<String, JsonNode> values = new HashMap<>();
        for (JsonNode row : sheet.get("rows")) values.put(row.get(0).asString(), row.get(1));
        assertEquals(json.asOf().toString(), values.get(ZH.get("report.asOf")).asString(), pack);
        assertEquals(ZH.get("report.status." + Labels.overall(json)), values.get(ZH.get("report.card.status")).asString(), pack);
        assertEquals(json.total().teachers(), values.get(ZH.get("csv.teachers")).asInt(), pack);
        assertEquals(json.total().passed(), values.get(ZH.get("csv.passed")).asInt(), pack);
        assertEquals(json.policyVersion(), values.get(ZH.get("report.policyVersion")).asString(), pack);
    }

    private static void verdicts(JsonNode sheet, Path verdictsFile, Map<String, String> schoolOf, String pack) throws IOException {
        List<String> lines = Files.readAllLines(verdictsFile, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        JsonNode rows = sheet.get("rows");
        assertEquals(lines.size() + 1, rows.size(), pack + ": one row per verdict");
        for (int i = 0; i < lines.size(); i++) {
            TeacherVerdict v = KaoheJson.read(lines.get(i), TeacherVerdict.class);
            JsonNode row = rows.get(i + 1);
            assertEquals(v.teacherId(), row.get(0).asString(), pack);
            assertEquals(schoolOf.get(v.teacherId()), row.get(1).asString(), pack + " " + v.teacherId() + ": the teacher's school");
            assertEquals(v.assessedOn().toString(), row.get(4).asString(), pack + ": a date cell");
            assertEquals(ZH.get(v.eligible() ? "report.yes" : "report.no"), row.get(5).asString(), pack);
            assertEquals(ZH.get("report.grade." + v.grade().name()), row.get(6).asString(), pack);
            assertEquals(String.join(" ", v.unmet()), row.get(7).isNull() ? "" : row.get(7).asString(), pack);
        }
    }

    private static void scores(JsonNode sheet, Path schoolVerdicts, String pack) throws IOException {
        Map<String, BigDecimal> totals = new HashMap<>();
        JsonNode rows = sheet.get("rows");
        for (int i = 1; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            if (!row.get(2).isNull()) totals.put(row.get(0).asString(), row.get(2).decimalValue());
        }
        for (String line : Files.readAllLines(schoolVerdicts, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            SchoolVerdict v = KaoheJson.read(line, SchoolVerdict.class);
            if (v.total() == null) continue;
            assertNotNull(totals.get(v.schoolId()), pack + " " + v.schoolId() + ": its score is in the workbook");
            assertEquals(0, v.total().compareTo(totals.get(v.schoolId())), pack + " " + v.schoolId() + ": form total");
        }
    }

    /** Masked teacher ID → school ID, from the pack's bundled teacher sample (the input of the demo's verdicts). */
    static Map<String, String> teacherSchools(String pack) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = Samples.of(pack).orElseThrow().open(Samples.TEACHERS)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                try {
                    JsonNode t = KaoheJson.MAPPER.readTree(line).path("teacher");
                    String id = io.kaohe.internal.privacy.Mask.scrub(t.path("id").asString(null));
                    if (id != null) out.putIfAbsent(id, t.path("schoolId").asString(""));
                } catch (RuntimeException notJson) {
                    // a line the demo rejects on purpose
                }
            }
        }
        return out;
    }

    static List<String> strings(JsonNode row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.isNull() ? "" : c.asString()));
        return out;
    }
}
