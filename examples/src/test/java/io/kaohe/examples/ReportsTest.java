package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.examples.report.Labels;
import io.kaohe.examples.report.OpenSemesters;
import io.kaohe.examples.report.ProgressHtml;
import io.kaohe.examples.report.ReportExtras;
import io.kaohe.examples.report.Texts;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.BatchProgress;
import io.kaohe.model.Grade;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.ProgressStatus;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.Semester;
import io.kaohe.model.TeacherAction;
import tools.jackson.databind.JsonNode;

/**
 * What issue 18 asked of the reports: the school scores ({@code --schools}), teachers' names only with {@code --names},
 * the school's contact, one status on the page ({@link Labels#overall}), semesters not yet ended shown in progress, the
 * rule version in the footer, {@code assess --xlsx}, and the xlsx library loaded only by a command that writes xlsx.
 */
class ReportsTest {
    private static final Messages ZH = Texts.of(Messages.ZH);

    private static Path sample(String pack, String file, Path dir) throws IOException {
        try (InputStream in = Samples.of(pack).orElseThrow().open(file)) {
            Path p = dir.resolve(pack + "-" + file);
            Files.copy(in, p);
            return p;
        }
    }

    /** The Shandong sample's school verdicts ({@code kaohe schools}). */
    private static Path schoolVerdicts(Path dir) throws IOException {
        Path out = dir.resolve("school-verdicts.jsonl");
        Cli.Result r = Cli.run("schools", "--pack", "shandong", "--in", sample("shandong", Samples.SCHOOLS, dir), "--out", out,
                "--errors", dir.resolve("school-rejects.jsonl"));
        assertEquals(0, r.exit(), r::toString);
        return out;
    }

    @Test
    void theSchoolScoresNamesAndContactsAreOnThePageOnlyWhenGiven(@TempDir Path dir) throws IOException {
        Path cohort = sample("shandong", Samples.COHORT, dir);
        Path scores = schoolVerdicts(dir);
        Cli.Result plain = Cli.run("progress", "--pack", "shandong", "--in", cohort, "--as-of", "2022-11-20", "--out", dir.resolve("a.json"),
                "--html", dir.resolve("a.html"));
        assertEquals(0, plain.exit(), plain::toString);
        Cli.Result full = Cli.run("progress", "--pack", "shandong", "--in", cohort, "--as-of", "2022-11-20", "--out", dir.resolve("b.json"),
                "--html", dir.resolve("b.html"), "--schools", scores, "--names");
        assertEquals(0, full.exit(), full::toString);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.json")), Files.readAllBytes(dir.resolve("b.json")), "the progress JSON is the same");
        String a = Files.readString(dir.resolve("a.html"));
        String b = Files.readString(dir.resolve("b.html"));

        // names: of the teachers needing action, only with --names
        Map<String, String> names = teacherNames(cohort);
        List<String> listed = ids(b);
        assertFalse(listed.isEmpty());
        for (String id : listed) {
            assertTrue(b.contains("<td class=\"name\">" + names.get(id) + "</td>"), id + "'s name with --names");
            assertFalse(a.contains(">" + names.get(id) + "<"), id + "'s name is personal data: not without --names");
        }
        // contacts: the cohort gives S-02's and S-04's
        for (String page : List.of(a, b)) assertTrue(page.contains("联系人：教务处 孙主任 0537-3416021"), "S-02's contact");

        // school scores: a column and a section with every school's total and grade, only with --schools
        assertFalse(a.contains("id=\"scores\""));
        for (String line : Cli.lines(scores)) {
            SchoolVerdict v = KaoheJson.read(line, SchoolVerdict.class);
            int at = b.indexOf("<div class=\"school-score\" data-school=\"" + v.schoolId() + "\">");
            assertTrue(at > 0, v.schoolId() + ": a section");
            String head = b.substring(at, b.indexOf("</h3>", at));
            assertTrue(head.contains("总分 " + v.total().stripTrailingZeros().toPlainString()), head);
            assertTrue(head.contains(ZH.get("report.grade." + v.grade().name())), head);
            long lost = v.items().stream().filter(i -> i.points() != null && i.max() != null && i.points().compareTo(i.max()) < 0).count();
            String section = b.substring(at, b.indexOf("</div>", at));
            assertEquals(lost, count(section, "<tr data-item="), v.schoolId() + ": every item that lost points");
        }
        // the rule version in the footer, not the header
        ProgressReport r = KaoheJson.read(Files.readString(dir.resolve("a.json")), ProgressReport.class);
        assertTrue(a.indexOf(r.policyVersion()) > a.indexOf("<footer>"), "the rule version is in the footer");
        assertFalse(a.substring(0, a.indexOf("</header>")).contains("progress.") || a.contains("-clauses"), "no parameter names");
        for (String p : Cli.personalDataOfTheSample()) assertFalse(b.contains(p), "personal data");
    }

    @Test
    void aBadSchoolsFileIsAUsageErrorNamingTheLine(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("s.jsonl"), "{\"schoolId\":\"S-01\",\"grade\":\"PASS\",\"unmet\":[],\"items\":[],\"reasons\":[]}\nnot json\n");
        Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", sample("shandong", Samples.COHORT, dir), "--as-of", "2022-11-20",
                "--out", dir.resolve("p.json"), "--schools", bad);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--schools") && r.err().contains("line 2"), r::toString);
        assertFalse(Files.exists(dir.resolve("p.json")));
    }

    @Test
    void theOverallStatusAgreesWithTheBatchesAndSchools(@TempDir Path dir) throws IOException {
        // Zhejiang's sample as of 2022-03-15: the cohort is in progress, but PHASE_1 and two of its schools are overdue
        Path html = dir.resolve("z.html");
        Cli.Result r = Cli.run("progress", "--pack", "zhejiang", "--in", sample("zhejiang", Samples.COHORT, dir), "--as-of", "2022-03-15",
                "--out", dir.resolve("z.json"), "--html", html);
        assertEquals(0, r.exit(), r::toString);
        ProgressReport report = KaoheJson.read(Files.readString(dir.resolve("z.json")), ProgressReport.class);
        assertEquals(ProgressStatus.IN_PROGRESS, report.total().status(), "the JSON keeps the rules' status");
        assertTrue(report.batches().stream().anyMatch(b -> b.status() == ProgressStatus.OVERDUE));
        String page = Files.readString(html);
        assertTrue(page.contains("<div class=\"card-value status-partly-overdue\">部分逾期</div>"), "the card says 部分逾期");
        assertFalse(page.contains("card-value status-in-progress"), "not 进行中 beside an overdue batch");
    }

    @Test
    void overallIsTheTotalsStatusUnlessAPartIsWorse() {
        for (ProgressStatus total : ProgressStatus.values()) {
            for (ProgressStatus part : ProgressStatus.values()) {
                ProgressReport r = report(total, part);
                String overall = Labels.overall(r);
                if (total == ProgressStatus.OVERDUE || total == ProgressStatus.COMPLETE) assertEquals(total.name(), overall);
                else if (part == ProgressStatus.OVERDUE) assertEquals(Labels.PARTLY_OVERDUE, overall, total + " with an overdue part");
                else if (total == ProgressStatus.IN_PROGRESS && part == ProgressStatus.BEHIND) assertEquals(Labels.PARTLY_BEHIND, overall);
                else assertEquals(total.name(), overall, total + " with a part " + part);
                assertNotEquals(overall, "", "a label for every status");
                assertFalse(ZH.get("report.status." + overall).isBlank());
            }
        }
    }

    @Test
    void aSemesterNotEndedOnTheDateIsInProgressNotMissed() {
        // SD-03 counts a semester short of 2 activities; 2022-2023-1 runs to 2023-01-31
        Map<String, Object> values = Map.of("short", List.of("2022-2023-1: 1"), "full", List.of("2021-2022-2: 2"));
        LocalDate end = Semester.parse("2022-2023-1").end();
        assertEquals(List.of(Semester.parse("2022-2023-1")), OpenSemesters.of(values, LocalDate.of(2022, 11, 20)));
        assertEquals(List.of(Semester.parse("2022-2023-1")), OpenSemesters.of(values, end), "open up to its last day");
        assertEquals(List.of(), OpenSemesters.of(values, end.plusDays(1)), "missed once it has ended");
        assertTrue(OpenSemesters.allOpen(values, end));
        assertFalse(OpenSemesters.allOpen(Map.of("short", List.of("2021-2022-1: 1", "2022-2023-1: 0")), end), "one was missed");
        assertEquals(List.of(), OpenSemesters.of(Map.of("short", List.of("x: 1")), end), "not a semester: nothing said");

        TeacherAction action = new TeacherAction("T-1", "S-01", Grade.INCOMPLETE, List.of(
                new TeacherAction.Item(TeacherAction.Kind.REQUIREMENTS, "SD-03", "不足 2 次：2022—2023学年第一学期 1 次", null, values),
                new TeacherAction.Item(TeacherAction.Kind.REQUIREMENTS, "SD-02", "在线学习 19 学时 < 25 学时", null, Map.of())));
        SchoolProgress s = school("S-01", ProgressStatus.IN_PROGRESS);
        ProgressReport open = new ProgressReport("shandong", "v", LocalDate.of(2022, 11, 20), "县", s, List.of(), List.of(s), List.of(),
                null, List.of(), List.of(), List.of(action));
        String page = ProgressHtml.render(open, null, ZH);
        assertTrue(page.contains("<li data-kind=\"OPEN\"><span class=\"kind open\">学期进行中</span>"), "SD-03 in progress");
        assertTrue(page.contains("2022-2023-1 学期截至 2022-11-20 尚未结束"), "says why");
        assertTrue(page.contains("<li data-kind=\"REQUIREMENTS\">"), "SD-02 still missing");
        ProgressReport later = new ProgressReport("shandong", "v", end.plusDays(1), "县", s, List.of(), List.of(s), List.of(),
                null, List.of(), List.of(), List.of(action));
        assertFalse(ProgressHtml.render(later, null, ZH).contains("data-kind=\"OPEN\""), "once ended, missed");
    }

    @Test
    void assessWritesTheVerdictsAsAWorkbook(@TempDir Path dir) throws IOException {
        XlsxReader reader = XlsxReader.require(dir);
        Path in = sample("shandong", Samples.TEACHERS, dir);
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", dir.resolve("v.jsonl"), "--errors", dir.resolve("e.jsonl"),
                "--xlsx", dir.resolve("v.xlsx"));
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Cli.names(r.err(), dir.resolve("v.xlsx")), "the path written is printed");
        JsonNode book = reader.read(dir.resolve("v.xlsx"));
        assertEquals(List.of("考核结论"), XlsxReader.names(book));
        JsonNode rows = XlsxReader.sheet(book, "考核结论").get("rows");
        List<String> lines = Cli.lines(dir.resolve("v.jsonl"));
        assertEquals(lines.size() + 1, rows.size());
        Map<String, String> schools = WorkbookTest.teacherSchools("shandong");
        for (int i = 0; i < lines.size(); i++) {
            var v = KaoheJson.read(lines.get(i), io.kaohe.model.TeacherVerdict.class);
            assertEquals(List.of(v.teacherId(), schools.get(v.teacherId()), ZH.get("report.grade." + v.grade().name())),
                    List.of(rows.get(i + 1).get(0).asString(), rows.get(i + 1).get(1).asString(), rows.get(i + 1).get(6).asString()));
        }
    }

    @Test
    void progressWritesAWorkbookWithTheSchoolScoresAndSameBytesTwice(@TempDir Path dir) throws IOException {
        Path cohort = sample("shandong", Samples.COHORT, dir);
        Path scores = schoolVerdicts(dir);
        for (String name : List.of("a", "b")) {
            Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", cohort, "--as-of", "2022-11-20", "--out", dir.resolve(name + ".json"),
                    "--xlsx", dir.resolve(name + ".xlsx"), "--schools", scores);
            assertEquals(0, r.exit(), r::toString);
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.xlsx")), Files.readAllBytes(dir.resolve("b.xlsx")), "same input, same bytes");
        XlsxReader reader = XlsxReader.require(dir);
        JsonNode book = reader.read(dir.resolve("a.xlsx"));
        assertEquals(List.of("概况", "批次进度", "各校汇总", "学校评价", "需处理的教师"), XlsxReader.names(book));
        JsonNode schools = XlsxReader.sheet(book, "各校汇总").get("rows");
        int total = WorkbookTest.strings(schools.get(0)).indexOf("学校评价总分");
        int contact = WorkbookTest.strings(schools.get(0)).indexOf("联系人");
        assertTrue(total > 0 && contact > 0, "score and contact columns");
        for (String line : Cli.lines(scores)) {
            SchoolVerdict v = KaoheJson.read(line, SchoolVerdict.class);
            for (JsonNode row : schools) {
                if (row.get(0).asString().equals(v.schoolId())) assertEquals(0, v.total().compareTo(new BigDecimal(row.get(total).asString())));
            }
        }
    }

    @Test
    void theXlsxLibraryIsLoadedOnlyByACommandThatWritesXlsx(@TempDir Path dir) throws Exception {
        Path cohort = sample("shandong", Samples.COHORT, dir);
        String without = classesLoaded("progress", "--pack", "shandong", "--in", cohort.toString(), "--as-of", "2022-11-20",
                "--out", dir.resolve("a.json").toString(), "--html", dir.resolve("a.html").toString(), "--csv", dir.resolve("a.csv").toString());
        assertFalse(without.contains("org.dhatim"), "no xlsx class loaded without --xlsx");
        assertTrue(without.contains("io.kaohe.examples.report.ProgressHtml"), "the log lists the classes loaded");
        String with = classesLoaded("progress", "--pack", "shandong", "--in", cohort.toString(), "--as-of", "2022-11-20",
                "--out", dir.resolve("b.json").toString(), "--xlsx", dir.resolve("b.xlsx").toString());
        assertTrue(with.contains("org.dhatim.fastexcel.Workbook"), "loaded when writing xlsx");
    }

    /** The classes a run of the command line loads ({@code -verbose:class}), in a JVM of its own. */
    private static String classesLoaded(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class",
                "-cp", System.getProperty("java.class.path"), KaoheCli.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), text.lines().filter(l -> !l.startsWith("[")).toList().toString());
        return text;
    }

    private static ProgressReport report(ProgressStatus total, ProgressStatus part) {
        SchoolProgress t = school(null, total);
        SchoolProgress s = school("S-01", part);
        BatchProgress b = new BatchProgress("B", LocalDate.of(2020, 9, 1), LocalDate.of(2022, 12, 31), 1, 1, null, null, 1, 0, 0, 0,
                ProgressStatus.IN_PROGRESS);
        return new ProgressReport("p", "v", LocalDate.of(2022, 1, 1), "c", t, List.of(b), List.of(s), List.of(), null, List.of(), List.of());
    }

    private static SchoolProgress school(String id, ProgressStatus status) {
        return new SchoolProgress(id, id, "B", 1, 1, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO,
                0, 1, status);
    }

    private static Map<String, String> teacherNames(Path cohort) throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        for (JsonNode t : KaoheJson.MAPPER.readTree(Files.readString(cohort)).get("teachers")) {
            out.put(io.kaohe.internal.privacy.Mask.scrub(t.get("teacher").get("id").asString()), t.get("teacher").path("name").asString(""));
        }
        return out;
    }

    /** The teacher IDs of the action list. */
    private static List<String> ids(String html) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("<tr data-grade=\"[A-Z]+\"><td class=\"id\">([^<]+)</td>").matcher(html);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
