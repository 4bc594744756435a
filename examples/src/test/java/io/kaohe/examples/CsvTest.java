package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.examples.report.CsvTables;
import io.kaohe.examples.report.Labels;
import io.kaohe.examples.report.Texts;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.TeacherVerdict;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * {@code --csv}: UTF-8 with a byte-order mark, a header, one column per field, the values of the JSON outputs in words
 * and percentages (with {@code --codes}: the JSON values), the verdicts with their teachers' schools.
 */
class CsvTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Messages ZH = Texts.of(Messages.ZH);

    private static String percent(java.math.BigDecimal r) {
        return r.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** The rows of a CSV file (header first), read with Jackson's CSV module after checking the byte-order mark. */
    static List<List<String>> rows(Path csv) throws IOException {
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(BOM, java.util.Arrays.copyOf(bytes, 3), "starts with the UTF-8 byte-order mark (Excel)");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "CRLF line ends");
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerFor(List.class).readValues(text)) {
            while (it.hasNext()) rows.add(it.next());
        }
        return rows;
    }

    @Test
    void schoolSummaryOfProgressInWordsAnOfficialFiles(@TempDir Path dir) throws IOException {
        Path in = Cli.sample(Samples.COHORT, dir);
        Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20",
                "--out", dir.resolve("p.json"), "--csv", dir.resolve("schools.csv"));
        assertEquals(0, r.exit(), r::toString);
        ProgressReport report = KaoheJson.read(Files.readString(dir.resolve("p.json")), ProgressReport.class);
        List<List<String>> rows = rows(dir.resolve("schools.csv"));
        assertEquals("学校编号", rows.get(0).get(0), "Chinese header by default");
        assertEquals(CsvTables.SCHOOL_COLUMNS.size(), rows.get(0).size());
        assertEquals(report.schools().size() + 2, rows.size(), "header, one row per school, the total");
        for (int i = 0; i < report.schools().size(); i++) {
            SchoolProgress s = report.schools().get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(CsvTables.SCHOOL_COLUMNS.size(), row.size());
            assertEquals(List.of(s.schoolId(), s.name(), s.batch(), String.valueOf(s.teachers()), String.valueOf(s.passed()),
                            percent(s.passRate()), ZH.get("report.status." + s.status().name())),
                    List.of(row.get(0), row.get(1), row.get(2), row.get(3), row.get(5), row.get(6), row.get(16)));
            assertTrue(row.get(6).matches("\\d{1,3}\\.\\d%"), "a rate as a percentage: " + row.get(6));
        }
        List<String> total = rows.get(rows.size() - 1);
        assertEquals(List.of("", "合计", ""), total.subList(0, 3), "the total row, named once");
        assertEquals(String.valueOf(report.total().teachers()), total.get(3));
        assertEquals(ZH.get("report.status." + Labels.overall(report)), total.get(16), "the cohort's status as the page shows it");
        String text = Files.readString(dir.resolve("schools.csv"));
        for (String code : List.of("IN_PROGRESS", "COMPLETE", "OVERDUE", "total")) assertFalse(text.contains(code), "no code: " + code);
        for (List<String> row : rows) for (String cell : row) assertFalse(cell.matches("[01]\\.\\d+"), "no rate as a fraction: " + cell);
    }

    @Test
    void codesForMachines(@TempDir Path dir) throws IOException {
        Path in = Cli.sample(Samples.COHORT, dir);
        assertEquals(0, Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20",
                "--out", dir.resolve("p.json"), "--csv", dir.resolve("schools.csv"), "--codes").exit());
        ProgressReport report = KaoheJson.read(Files.readString(dir.resolve("p.json")), ProgressReport.class);
        List<List<String>> rows = rows(dir.resolve("schools.csv"));
        assertEquals(CsvTables.SCHOOL_COLUMNS, rows.get(0), "the JSON field names");
        SchoolProgress s = report.schools().get(1);
        assertEquals(List.of(s.passRate().toPlainString(), s.status().name()), List.of(rows.get(2).get(6), rows.get(2).get(16)));
        assertEquals(report.total().status().name(), rows.get(rows.size() - 1).get(16), "the JSON value, not the page's label");
    }

    @Test
    void englishHeaderAndValuesAreWords(@TempDir Path dir) throws IOException {
        Path in = Cli.sample(Samples.COHORT, dir);
        assertEquals(0, Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20",
                "--out", dir.resolve("p.json"), "--csv", dir.resolve("schools.csv"), "--lang", "en").exit());
        List<List<String>> rows = rows(dir.resolve("schools.csv"));
        assertEquals(List.of("School ID", "School", "Batch"), rows.get(0).subList(0, 3));
        assertEquals("Total", rows.get(rows.size() - 1).get(1));
        assertTrue(rows.get(1).get(16).matches("[A-Z][a-z ]+"), "a status in words: " + rows.get(1).get(16));
    }

    @Test
    void verdictsOfAssessWithTheirSchools(@TempDir Path dir) throws IOException {
        Path in = Cli.sample(Samples.TEACHERS, dir);
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", dir.resolve("v.jsonl"),
                "--errors", dir.resolve("e.jsonl"), "--csv", dir.resolve("v.csv"));
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Cli.names(r.err(), dir.resolve("v.csv")), "the path written is printed");
        List<String> lines = Cli.lines(dir.resolve("v.jsonl"));
        List<List<String>> rows = rows(dir.resolve("v.csv"));
        assertEquals(lines.size() + 1, rows.size(), "a row per verdict");
        assertEquals("学校编号", rows.get(0).get(1));
        java.util.Map<String, String> schools = WorkbookTest.teacherSchools("shandong");
        for (int i = 0; i < lines.size(); i++) {
            TeacherVerdict v = KaoheJson.read(lines.get(i), TeacherVerdict.class);
            List<String> row = rows.get(i + 1);
            assertEquals(CsvTables.VERDICT_COLUMNS.size(), row.size());
            assertEquals(List.of(v.teacherId(), schools.get(v.teacherId()), ZH.get("report.grade." + v.grade().name()),
                    ZH.get(v.eligible() ? "report.yes" : "report.no"), String.join(" ", v.unmet())),
                    List.of(row.get(0), row.get(1), row.get(6), row.get(5), row.get(7)));
            for (String clause : v.unmet()) assertTrue(row.get(8).contains(clause), "unmet reasons name " + clause);
        }
        for (String p : Cli.personalDataOfTheSample()) assertFalse(Files.readString(dir.resolve("v.csv")).contains(p), "personal data");
    }

    /**
     * A teacher's first line refused for a bad field, a later line of the same teacher assessed, with another school:
     * the row is the later line's school (it was the refused line's, the first with the same teacher ID).
     */
    @Test
    void aVerdictTakesTheSchoolOfTheLineItWasMadeOfNotOfARefusedEarlierLine(@TempDir Path dir) throws IOException {
        String line = Cli.sampleLines(Samples.TEACHERS).get(0);
        String school = KaoheJson.read(line, io.kaohe.model.TeacherDossier.class).teacher().schoolId();
        String refused = line.replace("\"schoolId\":\"" + school + "\"", "\"schoolId\":\"S-REFUSED\"")
                .replaceFirst("\"amount\":[0-9.]+", "\"amount\":-1");
        assertTrue(refused.contains("S-REFUSED") && refused.contains("-1"), refused);
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, refused + "\n" + line + "\n");
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", dir.resolve("v.jsonl"),
                "--errors", dir.resolve("e.jsonl"), "--csv", dir.resolve("v.csv"));
        assertEquals(0, r.exit(), r::toString);
        assertEquals(1, Cli.lines(dir.resolve("e.jsonl")).size(), "the first line is refused");
        List<List<String>> rows = rows(dir.resolve("v.csv"));
        assertEquals(2, rows.size(), "header and the second line's verdict");
        assertEquals(school, rows.get(1).get(1));
    }

    /** An input saved with a byte-order mark (as Windows tools save UTF-8): assess reads past it, and so does the school column. */
    @Test
    void anInputWithAByteOrderMarkKeepsItsSchools(@TempDir Path dir) throws IOException {
        List<String> lines = Cli.sampleLines(Samples.TEACHERS);
        Path in = dir.resolve("bom.jsonl");
        Files.writeString(in, "\uFEFF" + String.join("\n", lines) + "\n");
        assertEquals(0, Cli.run("assess", "--pack", "shandong", "--in", in, "--out", dir.resolve("v.jsonl"),
                "--errors", dir.resolve("e.jsonl"), "--csv", dir.resolve("v.csv")).exit());
        java.util.Map<String, String> schools = WorkbookTest.teacherSchools("shandong");
        List<List<String>> rows = rows(dir.resolve("v.csv"));
        assertTrue(rows.size() > 2, "verdicts");
        for (List<String> row : rows.subList(1, rows.size())) assertEquals(schools.get(row.get(0)), row.get(1), row.toString());
    }

    @Test
    void aCellExcelWouldTakeForAFormulaStaysText(@TempDir Path dir) throws IOException {
        Path in = ReportFixtures.injectedCohort(dir);
        String cohort = Files.readString(in).replace(ReportFixtures.SCRIPT, "=HYPERLINK(\\\"http://x\\\")");
        Files.writeString(in, cohort);
        assertEquals(0, Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20",
                "--out", dir.resolve("p.json"), "--csv", dir.resolve("s.csv")).exit());
        assertEquals("'=HYPERLINK(\"http://x\")", rows(dir.resolve("s.csv")).get(2).get(1));
    }
}
