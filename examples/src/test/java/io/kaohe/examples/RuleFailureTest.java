package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.RuleFailureException;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.stream.TeacherStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Issue 14: a rule that throws for one dossier (a DRL consequence throwing, a parameter name mistyped in a
 * rule's {@code then}) makes that dossier a reject naming the rule, its clause and the cause, masked; the run
 * goes on; the exit status is 1 (rule failures). Before, {@code assess} ended in "internal error", exit 1, no
 * outputs, and a stack trace with a national ID and phone in full. And the exit statuses, the same for every
 * command: an internal error is 3, its stack trace only with {@code --debug}, masked.
 */
class RuleFailureTest {
    private static final String RULE = "SD-01 研修总学时 total study hours";

    /** The Shandong eligibility rules with SD-01's consequence throwing for T-2, its message full of personal data. */
    private static Path throwingForT2(Path dir) throws Exception { return throwingFor(dir, "T-2"); }

    /** The Shandong eligibility rules with SD-01's consequence throwing for the teacher {@code id}. */
    private static Path throwingFor(Path dir, String id) throws Exception {
        String drl = resource("/io/kaohe/shandong/teacher-eligibility.drl");
        String edited = drl.replaceFirst("then\\s+check\\.atLeast\\(kcontext, \\$t\\.amounts\\(",
                "then\n    if (\"" + id + "\".equals(\\$t.getTeacherId())) throw new IllegalStateException(\"teacher " + BadInput.id(2)
                        + " phone 13812345678\");\n    check.atLeast(kcontext, \\$t.amounts(");
        assertFalse(edited.equals(drl), "the edit applies");
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("teacher-eligibility.drl"), edited);
        return rules;
    }

    /** The same rules with a parameter name mistyped in SD-02's {@code then}: fails for every teacher. */
    private static Path mistypedParameter(Path dir) throws Exception {
        String drl = resource("/io/kaohe/shandong/teacher-eligibility.drl");
        String edited = drl.replace("\"teacher.online-hours-min\")", "\"teacher.online-hour-min\")");
        assertFalse(edited.equals(drl), "the edit applies");
        Path rules = Files.createDirectories(dir.resolve("typo"));
        Files.writeString(rules.resolve("teacher-eligibility.drl"), edited);
        return rules;
    }

    @Test
    void assessRejectsTheDossierTheRuleFailedOnAndGoesOn(@TempDir Path dir) throws Exception {
        Path rules = throwingForT2(dir);
        Path in = Files.writeString(dir.resolve("t.jsonl"), BadInput.t(1) + "\n" + BadInput.t(2) + "\n" + BadInput.t(3) + "\n");
        Path out = dir.resolve("v.jsonl");
        Path errors = dir.resolve("r.jsonl");
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--rules-dir", rules, "--in", in, "--out", out, "--errors", errors);
        assertEquals(1, r.exit(), r::toString);
        List<String> verdicts = Cli.lines(out);
        List<String> rejects = Cli.lines(errors);
        assertEquals(List.of("T-1", "T-3"), verdicts.stream().map(v -> KaoheJson.MAPPER.readTree(v).get("teacherId").asString()).toList());
        assertEquals(1, rejects.size(), rejects::toString);
        var reject = KaoheJson.MAPPER.readTree(rejects.get(0));
        assertEquals(2, reject.get("line").asInt());
        assertEquals("T-2", reject.get("teacherId").asString());
        String error = reject.get("error").asString();
        assertTrue(error.startsWith("$: rule '" + RULE + "' (clause SD-01, teacher-eligibility.drl:"), error);
        assertTrue(error.contains("failed: IllegalStateException: teacher "), error);
        assertTrue(r.err().contains("1 record(s) rejected because a rule failed"), r::toString);
        assertEquals("3 lines: 2 verdicts, 1 rejects", r.err().strip().lines().reduce((a, b) -> b).orElse(""), r::toString);
        assertFalse(r.err().contains("\tat ") || r.err().contains("internal error"), r::toString);
        MatrixAssert.noPersonalData(r.err() + r.out() + String.join("\n", rejects) + String.join("\n", verdicts));
        TestOutputs.keep("rule-failure-assess", dir, "v.jsonl", "r.jsonl");
    }

    @Test
    void aMistypedParameterInThenMakesEveryDossierARejectNamingTheParameter(@TempDir Path dir) throws Exception {
        Path rules = mistypedParameter(dir);
        Path in = Files.writeString(dir.resolve("t.jsonl"), BadInput.t(1) + "\n" + BadInput.t(2) + "\n");
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--rules-dir", rules, "--in", in, "--out", dir.resolve("v.jsonl"),
                "--errors", dir.resolve("r.jsonl"), "--lang", "zh");
        assertEquals(1, r.exit(), r::toString);
        List<String> rejects = Cli.lines(dir.resolve("r.jsonl"));
        assertEquals(2, rejects.size());
        for (String j : rejects) {
            assertTrue(j.contains("(clause SD-02, teacher-eligibility.drl:") && j.contains("unknown parameter 'teacher.online-hour-min'"), j);
        }
        assertTrue(r.err().contains("2 条记录因规则执行失败而被拒"), r::toString);
    }

    /**
     * A condition (an {@code eval}) throwing for T-2: the reject names the rule holding it, its clause and line, and
     * the cause masked; before it said "a rule condition failed: RuntimeException: …LambdaEvalExpression@…".
     */
    @Test
    void aConditionThatThrowsMakesARejectNamingItsRule(@TempDir Path dir) throws Exception {
        String drl = resource("/io/kaohe/shandong/teacher-eligibility.drl");
        String pattern = "    $t : TeacherFacts()\nthen\n    java.math.BigDecimal per";
        assertTrue(drl.contains(pattern));
        Path rules = Files.createDirectories(dir.resolve("cond"));
        Files.writeString(rules.resolve("teacher-eligibility.drl"), drl.replace(pattern, pattern.replace("\nthen",
                "\n    eval( $t.getTeacherId().equals(\"T-2\") && Integer.parseInt(\"boom 138\" + \"12345678\") > 0 )\nthen")));
        Path in = Files.writeString(dir.resolve("t.jsonl"), BadInput.t(1) + "\n" + BadInput.t(2) + "\n");
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--rules-dir", rules, "--in", in, "--out", dir.resolve("v.jsonl"),
                "--errors", dir.resolve("r.jsonl"));
        assertEquals(1, r.exit(), r::toString);
        assertEquals(1, Cli.lines(dir.resolve("v.jsonl")).size());
        List<String> rejects = Cli.lines(dir.resolve("r.jsonl"));
        assertEquals(1, rejects.size(), rejects::toString);
        String error = KaoheJson.MAPPER.readTree(rejects.get(0)).get("error").asString();
        assertTrue(error.startsWith("$: rule 'SD-03 每学期校本教研活动 research activities each semester' (clause SD-03, teacher-eligibility.drl:"), error);
        assertTrue(error.endsWith("failed: NumberFormatException: For input string: \"boom 138****5678\""), error);
        assertFalse(error.contains("LambdaEvalExpression") || error.contains("org.drools"), error);
        MatrixAssert.noPersonalData(r.err() + r.out() + String.join("\n", rejects));
    }

    @Test
    void progressRejectsTheTeacherAndExits1(@TempDir Path dir) throws Exception {
        Path rules = throwingForT2(dir);
        String school = "{\"id\":\"S-01\",\"name\":\"实验小学\",\"county\":\"泗河区\",\"staffCount\":50,\"teacherCount\":40,"
                + "\"stages\":[\"PRIMARY\"],\"environment\":\"HYBRID\",\"batch\":\"2020-2021\"}";
        Path in = Files.writeString(dir.resolve("cohort.json"), "{\"schools\":[" + school + "],\"teachers\":["
                + BadInput.t(1) + "," + BadInput.t(2) + "," + BadInput.t(3) + "]}");
        Path out = dir.resolve("p.json");
        // progress has no --rules-dir: the engine API is used, as an embedding service would
        Engine engine = Kaohe.pack("shandong", rules);
        var report = ProgressJob.write(engine, ProgressJob.read(Files.newInputStream(in), "cohort.json"),
                java.time.LocalDate.of(2022, 11, 20), out);
        assertEquals(2, report.total().assessed());
        assertEquals(1, report.rejects().size());
        assertTrue(report.rejects().get(0).ruleFailed());
        assertTrue(report.rejects().get(0).error().startsWith("teachers[1]: rule '" + RULE + "' (clause SD-01, "),
                report.rejects().get(0).error());
        assertFalse(Files.readString(out).contains("ruleFailed"), "not part of the interchange format");
        MatrixAssert.noPersonalData(Files.readString(out));
    }

    @Test
    void theJavaApiThrowsTheTypedExceptionAndTheStreamCountsIt(@TempDir Path dir) throws Exception {
        Engine engine = Kaohe.pack("shandong", throwingForT2(dir));
        RuleFailureException e = assertThrows(RuleFailureException.class, () -> engine.assess(BadInput.dossier(2)));
        assertEquals(RULE, e.rule());
        assertEquals("SD-01", e.clause());
        assertEquals("teacher-eligibility.drl", e.file());
        assertTrue(e.line() > 0);
        assertTrue(e.getCause() instanceof IllegalStateException);
        MatrixAssert.noPersonalData(e.getMessage() + e.getMessage(io.kaohe.internal.i18n.Messages.ZH));
        engine.assess(BadInput.dossier(1));   // the others are assessed as before

        byte[] lines = (BadInput.t(1) + "\n" + BadInput.t(2) + "\n").getBytes(StandardCharsets.UTF_8);
        for (int threads : new int[] {1, 2}) {
            StringWriter verdicts = new StringWriter();
            StringWriter rejects = new StringWriter();
            TeacherStream.Counts c = TeacherStream.assess(engine, new ByteArrayInputStream(lines), verdicts, rejects, threads);
            assertEquals(new TeacherStream.Counts(2, 1, 1, 1), c);
        }
    }

    @Test
    void schoolStreamRejectsTheSchoolTheRuleFailedOnAndAssessesTheOthersTogether(@TempDir Path dir) throws Exception {
        String drl = resource("/io/kaohe/shandong/school-form.drl");
        String edited = drl.replaceFirst("then\\s+BigDecimal min = check",
                "then\n    if (\"S-02\".equals(\\$s.getSchoolId())) throw new IllegalStateException(\"phone 13812345678\");\n"
                        + "    BigDecimal min = check");
        assertFalse(edited.equals(drl), "the edit applies");
        Path rules = Files.createDirectories(dir.resolve("school-rules"));
        Files.writeString(rules.resolve("school-form.drl"), edited);
        Engine engine = Kaohe.pack("shandong", rules);
        byte[] lines = (BadInput.s(1) + "\n" + BadInput.s(2) + "\n" + BadInput.s(3) + "\n").getBytes(StandardCharsets.UTF_8);
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        TeacherStream.Counts c = io.kaohe.internal.stream.SchoolStream.assess(engine, new ByteArrayInputStream(lines), verdicts, rejects);
        assertEquals(new TeacherStream.Counts(3, 2, 1, 1), c, rejects::toString);
        var reject = KaoheJson.MAPPER.readTree(rejects.toString().strip());
        assertEquals(2, reject.get("line").asInt());
        assertTrue(reject.get("error").asString().startsWith("$: rule 'SD-09 管理团队 management team' (clause SD-09, school-form.drl:"),
                reject.toString());
        MatrixAssert.noPersonalData(rejects.toString());
        // the others are assessed together, as the shipped rules assess the two of them
        var expected = Cli.shandong().assessSchools(List.of(KaoheJson.read(BadInput.s(1), io.kaohe.model.SchoolDossier.class),
                KaoheJson.read(BadInput.s(3), io.kaohe.model.SchoolDossier.class)));
        List<String> got = verdicts.toString().lines().map(v -> KaoheJson.read(v, io.kaohe.model.SchoolVerdict.class))
                .map(v -> v.schoolId() + " " + v.grade() + " " + v.total()).toList();
        assertEquals(expected.stream().map(v -> v.schoolId() + " " + v.grade() + " " + v.total()).toList(), got);
    }

    // ---- kaohe test and kaohe diff with --rules-dir: a failing rule is reported per case / dossier, never a crash ----

    @Test
    void testFailsTheCasesARuleFailedOnNamingTheRuleAndRunsTheOthers(@TempDir Path dir) throws Exception {
        Path rules = throwingFor(dir, "T-HOURS");   // the teacher of sd-01-02-hours.yaml's cases
        Cli.Result r = Cli.run("test", "--pack", "shandong", "--rules-dir", rules);
        assertEquals(ExitCodes.FAILURES, r.exit(), r::toString);
        assertTrue(r.out().contains("rule '" + RULE + "' (clause SD-01, teacher-eligibility.drl:"), r::toString);
        assertTrue(r.out().contains("failed: IllegalStateException: teacher "), r::toString);
        assertTrue(r.out().contains("sd-01-02-hours.yaml:"), "names the failing cases: " + r);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) passed, (\\d+) failed").matcher(r.out());
        assertTrue(m.find(), r::toString);
        assertTrue(Integer.parseInt(m.group(1)) > 0 && Integer.parseInt(m.group(2)) > 0, "the others still run: " + r);
        assertTrue(r.out().lines().filter(l -> l.matches(".*\\.yaml:\\d+ › .*")).allMatch(l -> l.contains("sd-01-02-hours.yaml:")),
                "only the cases of T-HOURS fail: " + r);
        assertFalse((r.out() + r.err()).contains("\tat ") || r.err().contains("internal error"), r::toString);
        MatrixAssert.noPersonalData(r.out() + r.err());
        // --update never writes a rule failure into the expectations
        Cli.Result u = Cli.run("test", "--pack", "shandong", "--rules-dir", rules, "--update", "--yes");
        assertEquals(ExitCodes.FAILURES, u.exit(), u::toString);
        assertTrue(u.out().contains("a rule failed on it (fix the rule)"), u::toString);
        assertFalse(Files.exists(rules.resolve("scenarios")), "nothing written: " + u);
    }

    @Test
    void testWithAMistypedParameterFailsTheCasesNamingTheParameterInOneGroup(@TempDir Path dir) throws Exception {
        Cli.Result r = Cli.run("test", "--pack", "shandong", "--rules-dir", mistypedParameter(dir));
        assertEquals(ExitCodes.FAILURES, r.exit(), r::toString);
        List<String> groups = r.out().lines().filter(l -> l.contains("unknown parameter 'teacher.online-hour-min'")).toList();
        assertEquals(1, groups.size(), "one cause, named once: " + r);
        assertTrue(groups.get(0).contains("(clause SD-02, teacher-eligibility.drl:"), groups::toString);
        assertFalse((r.out() + r.err()).contains("\tat ") || r.err().contains("internal error"), r::toString);
    }

    @Test
    void diffListsTheDossiersARuleFailedOnAndComparesTheOthers(@TempDir Path dir) throws Exception {
        Path rules = throwingForT2(dir);
        Path in = Files.writeString(dir.resolve("t.jsonl"), BadInput.t(1) + "\n" + BadInput.t(2) + "\n" + BadInput.t(3) + "\n");
        Cli.Result r = Cli.run("diff", "--pack", "shandong", "--rules-dir", rules, "--in", in);
        assertEquals(ExitCodes.FAILURES, r.exit(), r::toString);
        assertTrue(r.out().contains("# 3 份档案 dossiers, 0 份被拒 rejected (bad input, not compared), 1 名教师结果改变 teachers change"), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("T-2\t") && l.contains("→RULE_FAILED\t")), "the change of T-2: " + r);
        assertTrue(r.out().contains("\nT-2\tedited\trule '" + RULE + "' (clause SD-01, teacher-eligibility.drl:"), r::toString);
        assertFalse(r.out().contains("T-1\t") || r.out().contains("T-3\t"), "the others do not change: " + r);
        assertTrue(r.err().contains("1 rule failure(s)"), r::toString);
        assertFalse((r.out() + r.err()).contains("\tat ") || r.err().contains("internal error"), r::toString);
        MatrixAssert.noPersonalData(r.out() + r.err());
    }

    @Test
    void diffWithAMistypedParameterListsEveryDossierNamingTheParameter(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("t.jsonl"), BadInput.t(1) + "\n" + BadInput.t(2) + "\n");
        Cli.Result r = Cli.run("diff", "--pack", "shandong", "--rules-dir", mistypedParameter(dir), "--in", in, "--lang", "zh");
        assertEquals(ExitCodes.FAILURES, r.exit(), r::toString);
        List<String> failures = r.out().lines().filter(l -> l.contains("\t修改后\t")).toList();
        assertEquals(2, failures.size(), r::toString);
        failures.forEach(l -> assertTrue(l.contains("（条款 SD-02，teacher-eligibility.drl:") && l.contains("teacher.online-hour-min"), l));
        assertTrue(r.err().contains("2 次规则执行失败"), r::toString);
    }

    // ---- exit statuses: one set for every command ----

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() { throw new IllegalStateException("bug with " + BadInput.id(7) + " and 13912345678"); }
    }

    private static Cli.Result boom(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KaoheCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cl.addSubcommand("boom", new Boom());
        cl.setOut(new PrintWriter(out, true));   // again: for the subcommand just added
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Cli.Result(exit, out.toString(), err.toString());
    }

    @Test
    void anInternalErrorIsExit3WithoutAStackTraceUnlessDebugAndAlwaysMasked() {
        Cli.Result plain = boom("boom");
        assertEquals(ExitCodes.INTERNAL, plain.exit(), plain::toString);
        assertTrue(plain.err().contains("internal error"), plain::toString);
        assertTrue(plain.err().contains("--debug"), plain::toString);
        assertFalse(plain.err().contains("\tat "), plain::toString);
        MatrixAssert.noPersonalData(plain.err());
        for (String[] args : new String[][] {{"--debug", "boom"}, {"boom", "--debug"}}) {
            Cli.Result debug = boom(args);
            assertEquals(ExitCodes.INTERNAL, debug.exit(), debug::toString);
            assertTrue(debug.err().contains("\tat "), "the stack trace with --debug: " + debug);
            MatrixAssert.noPersonalData(debug.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"assess", "schools", "progress", "check", "test", "diff", "coverage", "demo", "packs", "generate"})
    void everyCommandsHelpListsTheSameExitStatuses(String command) {
        Cli.Result r = Cli.run("help", command);
        assertEquals(0, r.exit(), r::toString);
        for (String line : ExitCodes.HELP) {
            String code = line.substring(0, line.indexOf(':'));
            assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(code + " ") || l.strip().startsWith(code + "\t")),
                    command + " --help lists exit status " + code + ":\n" + r.out());
        }
        assertTrue(r.out().contains("internal error in Kaohe"), r::toString);
    }

    @Test
    void generateRefusesAFractionalSeed() {
        Cli.Result r = Cli.run("generate", "--pack", "shandong", "--teachers", "1", "--seed", "-1.5", "--out", "x.jsonl");
        assertEquals(ExitCodes.USAGE, r.exit(), r::toString);
    }

    private static String resource(String path) throws Exception {
        try (InputStream in = RuleFailureTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
