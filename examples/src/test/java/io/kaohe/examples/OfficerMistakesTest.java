package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes a policy officer makes editing a copy of the Shandong rules, each made the way the officer makes it
 * (files in a directory, `kaohe check`), and the line `check` answers with: the file, line and column to edit, in
 * Chinese then English. Issue 15, items 1, 2 and 5.
 */
class OfficerMistakesTest {
    private static final String DRL = CheckCommandTest.DRL;
    /** The condition of rule "SD-03 每学期校本教研活动", with what follows it (the text is unique in the file). */
    private static final String SD03_PATTERN = "    $t : TeacherFacts()\nthen\n    java.math.BigDecimal per";

    /** The shipped text with {@code old} (which must be there) replaced by {@code now}, written into {@code dir}. */
    private static String edit(Path dir, String file, String old, String now) throws IOException {
        String text = CheckCommandTest.shipped(file);
        assertTrue(text.contains(old), old);
        String edited = text.replace(old, now);
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), edited);
        return edited;
    }

    private static Cli.Result check(Path dir) { return Cli.run("check", "--pack", "shandong", "--rules-dir", dir); }

    /** The single line of {@code out} that starts with {@code prefix}. */
    private static String line(Cli.Result r, String prefix) {
        List<String> found = r.out().lines().filter(l -> l.startsWith(prefix)).toList();
        assertEquals(1, found.size(), "one line starting " + prefix + "\n" + r);
        return found.get(0);
    }

    // ---- item 1: a parameter name mistyped in a rule, and a rule that throws ----

    @Test
    void aMistypedParameterNameInARuleIsFoundBeforeAnyRuleRuns(@TempDir Path dir) throws IOException {
        String text = edit(dir, DRL, "\"teacher.online-hours-min\");", "\"teacher.onlne-hours-min\");");
        int line = CheckCommandTest.lineOf(text, "\"teacher.onlne-hours-min\"");
        int column = text.lines().toList().get(line - 1).indexOf("\"teacher.onlne") + 1;
        Cli.Result r = check(dir);
        assertEquals(1, r.exit(), r::toString);
        assertEquals(DRL + ":" + line + ":" + column + ": 规则 'SD-02 在线学习学时 online study hours' 使用的参数 'teacher.onlne-hours-min' 不存在"
                + "（是否应为 'teacher.online-hours-min'？） — rule 'SD-02 在线学习学时 online study hours' uses parameter 'teacher.onlne-hours-min', "
                + "which no parameter file defines (did you mean 'teacher.online-hours-min'?)", r.out().strip(), r::toString);

        // test no longer ends in "internal error": it names the rule and the parameter
        Cli.Result test = Cli.run("test", "--pack", "shandong", "--rules-dir", dir);
        assertFalse((test.out() + test.err()).contains("internal error"), test::toString);
        assertTrue((test.out() + test.err()).contains("teacher.onlne-hours-min"), test::toString);
        assertTrue(test.exit() != 0, test::toString);
    }

    @Test
    void aParameterLookupOfAnUnknownNameIsFoundToo(@TempDir Path dir) throws IOException {
        String text = edit(dir, "school-form.drl", "check.params().number(\"school.pass-rate-min\")", "check.params().number(\"passrate\")");
        Cli.Result r = check(dir);
        assertEquals(1, r.exit(), r::toString);
        int line = CheckCommandTest.lineOf(text, "number(\"passrate\")");
        String l = line(r, "school-form.drl:" + line + ":");
        assertTrue(l.contains("'passrate' 不存在") && l.contains("uses parameter 'passrate'"), l);
    }

    /** A mistake no compiler sees (a record kind mistyped): the rule throws on the scenarios and the smoke cohort. */
    @Test
    void aRuleThatThrowsIsReportedAtItsLineInBothLanguages(@TempDir Path dir) throws IOException {
        String text = edit(dir, DRL, "$t.amount(\"ONLINE_COURSE\"), \"teacher.online-hours-min\"", "$t.amount(\"ONLINE_COURS\"), \"teacher.online-hours-min\"");
        int rule = CheckCommandTest.lineOf(text, "rule \"SD-02 在线学习学时 online study hours\"");
        Cli.Result r = check(dir);
        assertEquals(1, r.exit(), r::toString);
        String l = line(r, DRL + ":" + rule + ":");
        assertTrue(l.contains("运行出错：规则“SD-02 在线学习学时 online study hours”") && l.contains("ONLINE_COURS"), l);
        assertTrue(l.contains(" — fails when run: rule 'SD-02 在线学习学时 online study hours' (clause SD-02, " + DRL + ":" + rule + ")"), l);
        assertEquals(1, r.out().lines().count(), "one line however many dossiers it failed on\n" + r);
        assertFalse(r.out().startsWith("OK"), r::toString);
    }

    /**
     * A condition that throws for one teacher: Drools reports it naming only its own expression object
     * ({@code LambdaEvalExpression@…}); check reports it at the rule that holds it, in both languages, cause masked.
     */
    @Test
    void aConditionThatThrowsForOneTeacherIsReportedAtItsRule(@TempDir Path dir) throws IOException {
        String text = edit(dir, DRL, SD03_PATTERN, SD03_PATTERN.replace("\nthen",
                "\n    eval( $t.getTeacherId().equals(\"T-0002\") && Integer.parseInt(\"boom 138\" + \"12345678\") > 0 )\nthen"));
        int rule = CheckCommandTest.lineOf(text, "rule \"SD-03 ");
        Cli.Result r = check(dir);
        assertEquals(1, r.exit(), r::toString);
        String l = line(r, DRL + ":" + rule + ":1: ");
        assertTrue(l.contains("运行出错：规则“SD-03 每学期校本教研活动 research activities each semester”（条款 SD-03，" + DRL + ":" + rule + "）"), l);
        assertTrue(l.contains(" — fails when run: rule 'SD-03 每学期校本教研活动 research activities each semester' (clause SD-03, "
                + DRL + ":" + rule + ") failed: NumberFormatException: For input string: \"boom 138****5678\""), l);
        assertFalse(r.out().contains("LambdaEvalExpression") || r.out().contains("13812345678"), r::toString);
        assertEquals(1, r.out().lines().count(), r::toString);
    }

    /**
     * A condition that throws whatever the teacher: the executable model evaluates it while it builds the rules, so
     * it used to end check, test and assess in "internal error" (exit 3). Now a rules problem at the rule's line.
     */
    @Test
    void aConditionThatAlwaysThrowsIsARulesProblemAtItsRule(@TempDir Path dir) throws IOException {
        String text = edit(dir, DRL, SD03_PATTERN, SD03_PATTERN.replace("\nthen", "\n    eval( Integer.parseInt(\"boom\") > 0 )\nthen"));
        int rule = CheckCommandTest.lineOf(text, "rule \"SD-03 ");
        Cli.Result r = check(dir);
        assertEquals(1, r.exit(), r::toString);
        assertEquals(DRL + ":" + rule + ":1: 规则 'SD-03 每学期校本教研活动 research activities each semester' 的条件在构建规则时出错："
                + "NumberFormatException: For input string: \"boom\" — the condition of rule 'SD-03 每学期校本教研活动 research activities "
                + "each semester' fails when the rules are built: NumberFormatException: For input string: \"boom\"", r.out().strip(), r::toString);
        Cli.Result test = Cli.run("test", "--pack", "shandong", "--rules-dir", dir);
        Path in = Files.writeString(dir.resolveSibling(dir.getFileName() + "-t.jsonl"), "{}\n");
        Cli.Result assess = Cli.run("assess", "--pack", "shandong", "--rules-dir", dir, "--in", in,
                "--out", dir.resolveSibling(dir.getFileName() + "-v.jsonl"));
        for (Cli.Result c : List.of(test, assess)) {
            assertEquals(1, c.exit(), c::toString);
            String all = c.out() + c.err();
            assertTrue(all.contains(DRL + ":" + rule + ":1: ") && all.contains("fails when the rules are built"), c::toString);
            assertFalse(all.contains("internal error") || all.contains("\tat "), c::toString);
        }
    }

    /** The static checks find nothing in any shipped pack, and no shipped rule throws on its scenarios or smoke cohort. */
    @Test
    void everyShippedPackPassesItsOwnCheck(@TempDir Path dir) {
        for (String pack : io.kaohe.Kaohe.packs()) {
            Cli.Result r = Cli.run("check", "--pack", pack, "--rules-dir", dir);
            assertEquals(0, r.exit(), pack + "\n" + r);
            assertTrue(r.out().startsWith("OK: "), r::toString);
        }
    }

    @Test
    void theSmokeCohortIsTheSameEveryRunAndHoldsAFewHundredDossiers() {
        var a = CheckCommand.smoke("shandong");
        var b = CheckCommand.smoke("shandong");
        assertEquals(a, b);
        assertTrue(a.teachers().size() >= CheckCommand.SMOKE && !a.schools().isEmpty() && a.cohort() != null, a.teachers().size() + " teachers");
    }

    // ---- item 2: a file in the wrong place ----

    @Test
    void aFileInTheWrongPlaceIsReportedNotIgnored(@TempDir Path dir) throws IOException {
        String teacher = CheckCommandTest.shipped("parameters/teacher.yaml").replace("{value: 25, reference", "{value: 30, reference");
        Cli.write(dir.resolve("teacher.yaml"), teacher);
        Cli.write(dir.resolve("parameter/school.yaml"), CheckCommandTest.shipped("parameters/school.yaml"));
        Cli.write(dir.resolve("scenario/mine.yaml"), "cases: []");
        Cli.write(dir.resolve("rules/" + DRL), CheckCommandTest.shipped(DRL));
        Cli.write(dir.resolve("notes.txt"), "why we raised the online hours");
        Cli.write(dir.resolve("scenarios/extra.drl"), "garbage ("); // a rule file among the scenarios: reported, not skipped
        Cli.write(dir.resolve("sub/my-rule.drl"), "garbage ("); // a new rule file in a folder: reported, not compiled
        Cli.write(dir.resolve(".git/config"), "[core]"); // hidden: skipped
        Cli.write(dir.resolve("parameters/teacher.yaml~"), "an editor's backup: skipped");
        Cli.Result r = check(dir);
        assertEquals(1, r.exit(), r::toString);
        assertFalse(r.out().contains("OK"), r::toString);
        assertEquals("teacher.yaml:1:1: 未使用的文件：kaohe 不读取此位置的文件（是否应为 parameters/teacher.yaml？） — "
                + "not used: kaohe does not read a file here (did you mean parameters/teacher.yaml?)", line(r, "teacher.yaml:"));
        assertTrue(line(r, "parameter/school.yaml:1:1: ").endsWith("(did you mean parameters/school.yaml?)"), r::toString);
        assertTrue(line(r, "scenario/mine.yaml:1:1: ").endsWith("(did you mean scenarios/mine.yaml?)"), r::toString);
        assertTrue(line(r, "rules/" + DRL + ":1:1: ").endsWith("(did you mean " + DRL + "?)"), r::toString);
        assertTrue(line(r, "notes.txt:1:1: ").contains("parameters in parameters/"), r::toString);
        assertTrue(line(r, "scenarios/extra.drl:1:1: ").contains("rules (.drl) go at the top of the directory"), r::toString);
        assertTrue(line(r, "sub/my-rule.drl:1:1: ").contains("rules (.drl) go at the top of the directory"), r::toString);
        assertFalse(r.out().contains(".git") || r.out().contains("~"), r::toString);
        assertEquals(7, r.out().lines().count(), r::toString);
    }

    @Test
    void filesInTheirPlacesAreAllUsed(@TempDir Path dir) throws IOException {
        Cli.write(dir.resolve("parameters/teacher.yaml"), CheckCommandTest.shipped("parameters/teacher.yaml"));
        Cli.write(dir.resolve(DRL), CheckCommandTest.shipped(DRL));
        Cli.write(dir.resolve("scenarios/sd-03-research.yaml"), CheckCommandTest.shipped("scenarios/sd-03-research.yaml"));
        Cli.Result r = check(dir);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("OK: "), r::toString);
    }

    // ---- item 5: DRL errors in plain words ----

    /** The issue's example: a ')' left out on one line, which the parser reports two lines later. */
    @Test
    void aMissingParenthesisIsReportedOnItsOwnLine(@TempDir Path dir) throws IOException {
        String text = edit(dir, DRL, SD03_PATTERN, "    $t : TeacherFacts(\nthen\n    java.math.BigDecimal per");
        int line = CheckCommandTest.lineOf(text, "java.math.BigDecimal per") - 2;
        Cli.Result r = check(dir);
        assertEquals(1, r.exit(), r::toString);
        String l = line(r, DRL + ":" + line + ":");
        assertTrue(l.contains(": 第 " + line + " 行附近缺少右括号 ')' — missing ')' near line " + line + " (Drools: "), l);
        assertTrue(l.contains("mismatched input"), "the parser's own text is kept after it: " + l);
    }

    /** One mistake per DRL file (each file is compiled on its own): each is reported in plain words at its line. */
    @Test
    void commonTypeAndSyntaxErrorsSpeakPlainly(@TempDir Path dir) throws IOException {
        String elig = edit(dir, DRL, SD03_PATTERN, "    $t : TeacherFacts( semestres.isEmpty() )\nthen\n    java.math.BigDecimal per");
        String grading = edit(dir, "teacher-grading.drl", "import io.kaohe.internal.rules.TeacherFacts;", "import io.kaohe.internal.rules.TeacherFacts;");
        grading = grading.replaceFirst("\\$t : TeacherFacts\\(", "\\$t : TeacherFact(");
        Files.writeString(dir.resolve("teacher-grading.drl"), grading);
        String form = edit(dir, "school-form.drl", "check.atLeast(kcontext, $t.getTotal(), \"school.pass-total-min\");",
                "chek.atLeast(kcontext, $t.getTotal(), \"school.pass-total-min\");");
        String quota = edit(dir, "school-quota.drl", "check.atLeast(kcontext, $t.getTotal(), \"school.excellent-total-min\");",
                "check.atLeast(kcontext, $t.getTotl(), \"school.excellent-total-min\");");
        String progress = CheckCommandTest.shipped("progress.drl");
        int firstEnd = progress.indexOf("\nend\n");
        progress = progress.substring(0, firstEnd) + "\n" + progress.substring(firstEnd + 5); // the first rule's 'end' left out
        Files.writeString(dir.resolve("progress.drl"), progress);
        Cli.Result r = check(dir);
        assertEquals(1, r.exit(), r::toString);

        int l1 = CheckCommandTest.lineOf(elig, "semestres.isEmpty()");
        assertTrue(line(r, DRL + ":" + l1 + ":").contains("TeacherFacts 没有属性 semestres，是否应为 semesters？ — TeacherFacts has no property semestres: did you mean semesters? (Drools: "), r::toString);

        int l2 = CheckCommandTest.lineOf(grading, "TeacherFact(");
        assertTrue(r.out().contains("teacher-grading.drl:" + l2 + ":"), r::toString);
        assertTrue(r.out().contains("未知的事实类型 TeacherFact（是否应为 TeacherFacts？）") && r.out().contains("unknown fact type TeacherFact (did you mean TeacherFacts?)"), r::toString);

        int l3 = CheckCommandTest.lineOf(form, "chek.atLeast");
        assertTrue(line(r, "school-form.drl:" + l3 + ":").contains("未知的名称 chek（不是全局变量、绑定变量或函数）（是否应为 check？）"), r::toString);

        int l4 = CheckCommandTest.lineOf(quota, "getTotl()");
        String q = line(r, "school-quota.drl:" + l4 + ":");
        assertTrue(q.contains("没有方法 getTotl()，是否应为 getTotal()？") && q.contains("has no method getTotl(): did you mean getTotal()?"), q);

        int l5 = CheckCommandTest.lineOf(progress, "rule \"");
        assertTrue(r.out().contains("progress.drl:" + l5 + ":1: 第 " + l5 + " 行开始的规则缺少结尾的 end — the rule starting on line " + l5 + " has no 'end'"), r::toString);

        for (String p : r.out().lines().toList()) {
            assertTrue(p.matches("[^:]+:\\d+:\\d+: [^—]*\\p{IsHan}[^—]* — .+"), "file:line:column: 中文 — English: " + p);
        }
    }

    @Test
    void anUnclosedQuoteIsReportedOnItsLine(@TempDir Path dir) throws IOException {
        String text = edit(dir, DRL, "\"teacher.peer-reviews-min\",", "\"teacher.peer-reviews-min,");
        int line = CheckCommandTest.lineOf(text, "\"teacher.peer-reviews-min,");
        Cli.Result r = check(dir);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(line(r, DRL + ":" + line + ":").contains("第 " + line + " 行的字符串缺少结束引号 \" — the text on line " + line + " is missing its closing quote \""), r::toString);
    }

    /** Rule "SD-03 …" citing SD-30: the clause of the rule's own name first (the nearest ID alone would be SD-10). */
    @Test
    void aMistypedClauseSuggestsTheRulesOwnClause(@TempDir Path dir) throws IOException {
        String text = edit(dir, DRL, "@clause(\"SD-03\") @decision(\"eligibility\")\n    @zh(\"参与校本教研活动",
                "@clause(\"SD-30\") @decision(\"eligibility\")\n    @zh(\"参与校本教研活动");
        int line = CheckCommandTest.lineOf(text, "rule \"SD-03 每学期校本教研活动");
        Cli.Result r = check(dir);
        assertEquals(1, r.exit(), r::toString);
        assertTrue(line(r, DRL + ":" + line + ":").endsWith("cites unknown clause SD-30 (did you mean 'SD-03'?)"), r::toString);
    }
}
