package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    static final String DRL = "teacher-eligibility.drl";

    static String shipped(String file) throws IOException {
        try (var in = CheckCommandTest.class.getResourceAsStream("/io/kaohe/shandong/" + file)) {
            assertNotNull(in, "the pack ships its DRL text");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUnchangedCopyIsOk(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(DRL), shipped(DRL));
        Cli.Result r = Cli.run("check", "--pack", "shandong", "--rules-dir", dir);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("OK: "), r::toString);
    }

    @Test
    void aSyntaxErrorIsExit1WithFileAndLine(@TempDir Path dir) throws IOException {
        List<String> lines = new java.util.ArrayList<>(shipped(DRL).lines().toList());
        int broken = lines.indexOf("    $t : TeacherFacts()");
        assertTrue(broken > 0);
        lines.set(broken, "    $t : TeacherFacts( ==== )");
        Files.write(dir.resolve(DRL), lines, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("check", "--pack", "shandong", "--rules-dir", dir);
        assertEquals(1, r.exit(), r::toString);
        List<String> problems = r.out().lines().toList();
        assertFalse(problems.isEmpty());
        for (String p : problems) assertTrue(p.matches("[^:]+:\\d+:\\d+: .+"), "file:line:column: message — " + p);
        assertTrue(r.out().contains(DRL + ":" + (broken + 1) + ":"), "points at the broken line " + (broken + 1) + "\n" + r);
    }

    @Test
    void aMissingRulesDirIsExit2(@TempDir Path dir) {
        Cli.Result r = Cli.run("check", "--pack", "shandong", "--rules-dir", dir.resolve("absent"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("absent"), r::toString);
    }

    /** The 1-based line of the first line of {@code text} containing {@code needle}. */
    static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(needle)) return i + 1;
        throw new AssertionError(needle + " not in the text");
    }

    /** A bad declaration in config.yaml (the typed form and progress plan) is a problem at its own line, like any other. */
    @Test
    void configProblemsPointAtTheirOwnLine(@TempDir Path dir) throws IOException {
        String text = shipped("config.yaml")
                .replace("max: school.item.plan.max}", "max: school.item.plan.maks}")            // unknown parameter
                .replace("{key: research, clause: SD-08,", "{key: research, clause: SD-88,")      // unknown clause
                .replace("practice: progress.practice-clauses}", "practice: progress.recheck-seed}"); // wrong unit
        Files.writeString(dir.resolve("config.yaml"), text);
        Cli.Result r = Cli.run("check", "--pack", "shandong", "--rules-dir", dir);
        assertEquals(1, r.exit(), r::toString);
        List<String> out = r.out().lines().toList();
        assertEquals(3, out.size(), r::toString);
        for (String p : out) assertTrue(p.matches("config\\.yaml:[1-9]\\d*:[1-9]\\d*: [^—]*\\p{IsHan}[^—]* — .+"), "file:line:column: 中文 — English: " + p);
        String f = "config.yaml:";
        assertTrue(out.stream().anyMatch(p -> p.startsWith(f + lineOf(text, "school.item.plan.maks") + ":")
                && p.contains("did you mean 'school.item.plan.max'")), r::toString);
        assertTrue(out.stream().anyMatch(p -> p.startsWith(f + lineOf(text, "clause: SD-88") + ":") && p.contains("SD-88")), r::toString);
        assertTrue(out.stream().anyMatch(p -> p.startsWith(f + lineOf(text, "practice: progress.recheck-seed") + ":")
                && p.contains("has unit SEED, needs CLAUSES")), r::toString);
    }

    @Test
    void parameterProblemsPointAtTheirOwnLineInChineseThenEnglish(@TempDir Path dir) throws IOException {
        String text = shipped("parameters/teacher.yaml")
                .replaceFirst("  unit: COUNT\n  clause: SD-07", "  unit: COUNT\n  clause: SD-77")      // unknown clause
                .replaceFirst("\\{value: 3, reference", "{value: 2.5, reference")                       // not a COUNT
                .replaceFirst("  description: 每学期", "  descripton: 每学期")                              // unknown key
                .replaceFirst("    2020-01-01: \\{value: 0.5, ", "    2021-01-01: {value: 0.5, ");      // starts late: a gap
        Files.createDirectories(dir.resolve("parameters"));
        Files.writeString(dir.resolve("parameters/teacher.yaml"), text);
        Cli.Result r = Cli.run("check", "--pack", "shandong", "--rules-dir", dir);
        assertEquals(1, r.exit(), r::toString);
        List<String> out = r.out().lines().toList();
        for (String p : out) assertTrue(p.matches("parameters/teacher\\.yaml:[1-9]\\d*:[1-9]\\d*: [^—]*\\p{IsHan}[^—]* — .+"), "file:line:column: 中文 — English: " + p);
        String f = "parameters/teacher.yaml:";
        assertTrue(out.stream().anyMatch(p -> p.startsWith(f + lineOf(text, "clause: SD-77") + ":") && p.contains("SD-77")), r::toString);
        assertTrue(out.stream().anyMatch(p -> p.startsWith(f + lineOf(text, "{value: 2.5") + ":") && p.contains("COUNT")), r::toString);
        assertTrue(out.stream().anyMatch(p -> p.startsWith(f + lineOf(text, "descripton:") + ":")
                && p.contains("未知的键 'descripton'") && p.contains("did you mean 'description'")), r::toString);
        assertTrue(out.stream().anyMatch(p -> p.startsWith(f + lineOf(text, "2021-01-01: {value: 0.5") + ":")
                && p.contains("teacher.practice-share-min") && p.contains("gap")), r::toString);
    }

    @Test
    void scenarioFilesOfTheRulesDirAreCheckedToo(@TempDir Path dir) throws IOException {
        String text = """
                teacher: {id: T-1, schoolId: S-1, stage: PRIMARY}
                cases:
                  - name: a typo in a record
                    clauses: [SD-33]
                    dossier:
                      records:
                        - {kind: ONLINE_COURSE, amout: 25, unit: HOUR, date: 2022-03-01}
                    expect: {grade: PASS}
                  - name: a typo in expect
                    clauses: [SD-01]
                    dossier: {records: []}
                    expect: {grade: PASS, unmett: []}
                """;
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/mine.yaml"), text);
        Cli.Result r = Cli.run("check", "--pack", "shandong", "--rules-dir", dir);
        assertEquals(1, r.exit(), r::toString);
        String f = "scenarios/mine.yaml:";
        assertTrue(r.out().contains(f + lineOf(text, "amout") + ":"), "the record's line\n" + r);
        assertTrue(r.out().contains("did you mean 'amount'"), r::toString);
        assertTrue(r.out().contains(f + lineOf(text, "unmett") + ":") && r.out().contains("did you mean 'unmet'"), r::toString);
        assertEquals(2, r.out().lines().count(), "a case with a bad dossier is reported once, not also for its clause\n" + r);
    }

    /** Files saved by a Windows editor: a byte-order mark is fine, GBK bytes are one clear problem. */
    @Test
    void aByteOrderMarkIsAcceptedAndGbkIsNamed(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("parameters"));
        String text = shipped("parameters/teacher.yaml");
        Files.writeString(dir.resolve("parameters/teacher.yaml"), "\uFEFF" + text);
        Cli.Result bom = Cli.run("check", "--pack", "shandong", "--rules-dir", dir);
        assertEquals(0, bom.exit(), bom::toString);

        Files.write(dir.resolve("parameters/teacher.yaml"), text.getBytes(java.nio.charset.Charset.forName("GBK")));
        Cli.Result gbk = Cli.run("check", "--pack", "shandong", "--rules-dir", dir);
        assertEquals(1, gbk.exit(), gbk::toString);
        assertEquals("parameters/teacher.yaml:1:1: 文件不是 UTF-8 编码，请以 UTF-8 保存 — the file is not UTF-8 text (GBK?): save it as UTF-8",
                gbk.out().strip(), gbk::toString);
    }
}
