package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.examples.report.CsvTables;
import io.kaohe.examples.report.Texts;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.model.Grade;

/** The command line's bundles: the same keys in Chinese and English, and every key the code uses present. */
class TextsTest {
    @Test
    void bothLanguagesHaveTheSameKeys() {
        BundleKeys.assertSameKeys(Texts.of(Messages.ZH), Texts.of(Messages.EN));
        BundleKeys.assertSameKeys(Messages.engine(Messages.ZH), Messages.engine(Messages.EN));
    }

    @Test
    void everyKeyTheEngineUsesExists() {
        // core's sources, beside this module in the reactor
        BundleKeys.assertKeysInCodeExist(Path.of("../core/src/main/java"), Messages.engine(Messages.EN), "validate", "pack", "rules");
    }

    @Test
    void eachPacksOwnTextsAreInItsOwnBundleInBothLanguages() {
        io.kaohe.Kaohe.packs(); // finds the packs on the class path, which adds their bundles to the engine's texts
        for (String pack : List.of("liaoning", "zhejiang")) {
            String base = "io.kaohe." + pack + ".messages";
            Messages zh = Messages.of(base, Messages.ZH, getClass().getClassLoader());
            Messages en = Messages.of(base, Messages.EN, getClass().getClassLoader());
            BundleKeys.assertSameKeys(zh, en);
            assertFalse(en.keys().isEmpty(), base);
            Messages core = Messages.of(Messages.ENGINE, Messages.EN, Messages.class.getClassLoader());
            for (String k : en.keys()) {
                assertFalse(core.has(k), k + " is " + pack + "'s, not core's");
                assertEquals(en.get(k), Messages.engine(Messages.EN).get(k), k);
                assertEquals(zh.get(k), Messages.engine(Messages.ZH).get(k), k);
            }
        }
        // the packs' validators: each key is core's or the pack's own
        List<Path> packs = List.of("shandong", "hunan", "liaoning", "zhejiang").stream()
                .map(p -> Path.of("../rules-" + p + "/src/main/java")).toList();
        BundleKeys.assertKeysInCodeExist(packs, Messages.engine(Messages.EN), "validate");
    }

    @Test
    void everyKeyTheCodeUsesExists() {
        Messages en = Texts.of(Messages.EN);
        BundleKeys.assertKeysInCodeExist(Path.of("src/main/java"), en, "cli", "demo", "report", "csv");
        // keys the code builds from a value
        List<String> built = new ArrayList<>();
        for (Grade g : Grade.values()) built.add("report.grade." + g);
        built.add("report.grade.NOT_ASSESSED");
        for (io.kaohe.model.TeacherAction.Kind k : io.kaohe.model.TeacherAction.Kind.values()) built.add("report.kind." + k);
        for (String s : List.of("NOT_STARTED", "IN_PROGRESS", "COMPLETE", "BEHIND", "OVERDUE")) built.add("report.status." + s);
        for (String c : CsvTables.SCHOOL_COLUMNS) built.add("csv." + c);
        for (String c : CsvTables.VERDICT_COLUMNS) built.add("csv." + c);
        for (String c : List.of("school", "batch", "teachers", "passed", "passRate", "hours", "assessment", "practice", "action",
                "stage", "status", "teacher", "grade", "todo")) built.add("report.col." + c);
        for (String k : built) assertTrue(en.has(k), k);
    }

    @Test
    void theCliSpeaksChineseWithLangZh(@TempDir Path dir) {
        Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", Path.of("no-such-cohort.json"), "--as-of", "2022-11-20",
                "--out", dir.resolve("p.json"), "--lang", "zh");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("无法读取 no-such-cohort.json（文件不存在）"), r::toString);
        Cli.Result unknown = Cli.run("progress", "--pack", "shandon", "--in", Cli.sample(Samples.COHORT, dir), "--as-of", "2022-11-20",
                "--out", dir.resolve("p.json"), "--lang", "zh");
        assertTrue(unknown.err().contains("未知的规则包“shandon”"), unknown::toString);
    }

    @Test
    void cohortProblemsInChinese(@TempDir Path dir) throws Exception {
        Path cohort = Cli.sample(Samples.COHORT, dir);
        String text = java.nio.file.Files.readString(cohort);
        java.nio.file.Files.writeString(cohort, text.replaceFirst("\"staffCount\":49", "\"staffCount\":-1")
                .replaceFirst("\"HYBRID\",\"batch\":\"2020-2021\"", "\"HYBRID\",\"batch\":\"2020-2O21\""));
        Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", cohort, "--as-of", "2022-11-20",
                "--out", dir.resolve("p.json"), "--lang", "zh");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("schools[0].staffCount: 不能为负数（实为 -1）"), r::toString);
        assertTrue(r.err().contains("schools[1].batch: 未知的批次“2020-2O21”"), r::toString);
        java.nio.file.Files.writeString(cohort, " \n");
        Cli.Result empty = Cli.run("progress", "--pack", "shandong", "--in", cohort, "--as-of", "2022-11-20",
                "--out", dir.resolve("p.json"), "--lang", "zh");
        assertTrue(empty.err().contains("$: 文件为空"), empty::toString);
    }

    @Test
    void scenarioAndCheckOutputInChinese(@TempDir Path dir) {
        Cli.Result test = Cli.run("test", "--pack", "shandong", "--lang", "zh");
        assertEquals(0, test.exit(), test::toString);
        assertTrue(test.out().strip().matches("\\d+ 个通过，0 个失败"), test::toString);
        Cli.Result none = Cli.run("test", "--pack", "shandong", "--scenarios", dir, "--lang", "zh");
        assertEquals(2, none.exit(), none::toString);
        assertTrue(none.err().contains("中没有场景文件"), none::toString);
        Cli.Result check = Cli.run("check", "--pack", "shandong", "--rules-dir", dir, "--lang", "zh");
        assertEquals(0, check.exit(), check::toString);
        assertTrue(check.out().contains("构建没有问题"), check::toString);
    }

    @Test
    void theDemoSummaryInChinese(@TempDir Path dir) {
        Cli.Result r = Cli.run("demo", "--out", dir, "--lang", "zh");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("最常见的未满足条款") && r.out().contains("已写入："), r::toString);
        assertFalse(r.out().contains("most common unmet clauses"), "no English label left");
    }
}
