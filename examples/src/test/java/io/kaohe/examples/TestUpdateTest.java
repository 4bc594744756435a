package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Kaohe;

/**
 * Issue 15 item 3, as an officer works: raise Shandong's online hours from 25 to 30 in a rules directory; {@code kaohe
 * test} names the one cause instead of a page per case; {@code --update} shows the rewrite and writes nothing;
 * {@code --update --yes} writes copies of the scenario files that differ only in their expectation lines; then
 * {@code kaohe test} passes.
 */
class TestUpdateTest {
    private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$");

    static String shipped(String file) throws IOException {
        try (InputStream in = Kaohe.class.getClassLoader().getResourceAsStream("io/kaohe/shandong/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The guide's step: copy parameters/teacher.yaml and change the online minimum 25 → 30. */
    static Path raiseOnlineHours(Path rules) throws IOException {
        String text = shipped("parameters/teacher.yaml");
        String edited = text.replaceFirst("(teacher\\.online-hours-min:(?:\\n .*)*?\\n\\s+2020-01-01: \\{value: )25", "$130");
        assertFalse(text.equals(edited), "the shipped online minimum of 25");
        return Cli.write(rules.resolve("parameters/teacher.yaml"), edited.stripTrailing());
    }

    private static int[] summary(Cli.Result r) {
        Matcher m = SUMMARY.matcher(r.out());
        assertTrue(m.find(), r::toString);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    @Test
    void aThresholdChangeReadsAsOneCauseWithTheValuesBehindIt(@TempDir Path rules) throws IOException {
        raiseOnlineHours(rules);
        Cli.Result r = Cli.run("test", "--pack", "shandong", "--rules-dir", rules, "--lang", "en");
        assertEquals(1, r.exit(), r::toString);
        int failed = summary(r)[1];
        assertTrue(failed > 20, "most shipped cases pin 25 online hours\n" + r);
        List<String> lines = r.out().lines().toList();
        // the largest group first: the cause, then the values the reasons compared, then one line per case
        Matcher head = Pattern.compile("^(\\d+) case\\(s\\): SD-02 expected met, now unmet$").matcher(lines.get(0));
        assertTrue(head.matches(), r::toString);
        assertTrue(Integer.parseInt(head.group(1)) > failed / 2, r::toString);
        assertTrue(lines.get(1).matches("  SD-02 在线学习学时 online study hours: actual 2\\d(\\.\\d+)?( to 2\\d(\\.\\d+)?)?, teacher.online-hours-min = 30"),
                "the online hours of the cases, all between 25 and 30, against the new minimum\n" + r);
        assertTrue(lines.get(2).matches("  \\S+\\.yaml:\\d+ › .+"), r::toString);
        // every failing case is listed exactly once, and the whole report stays short
        long listed = lines.stream().filter(l -> l.matches("  \\S+\\.yaml:\\d+ › .+") || l.startsWith("FAIL ")).count();
        assertEquals(failed, listed, r::toString);
        assertTrue(lines.size() < failed + 20, "grouped, not a page per case: " + lines.size() + " lines\n" + r);
        assertTrue(r.out().contains("--update"), "the way forward is named\n" + r);

        Cli.Result zh = Cli.run("test", "--pack", "shandong", "--rules-dir", rules, "--lang", "zh");
        assertTrue(zh.out().startsWith(head.group(1) + " 个用例：SD-02 期望满足，现在未满足\n"), zh::toString);
        assertTrue(zh.out().contains("实际值 "), zh::toString);

        Cli.Result all = Cli.run("test", "--pack", "shandong", "--rules-dir", rules, "--lang", "en", "--details");
        assertEquals(failed, all.out().lines().filter(l -> l.startsWith("FAIL ")).count(), "--details: every case in full");
    }

    @Test
    void updateShowsTheDiffWritesOnlyWhenConfirmedAndTouchesOnlyExpectationLines(@TempDir Path rules) throws IOException {
        raiseOnlineHours(rules);
        Cli.Result shown = Cli.run("test", "--pack", "shandong", "--rules-dir", rules, "--update", "--lang", "en");
        assertEquals(1, shown.exit(), shown::toString);
        assertTrue(shown.out().contains("--- sd-01-02-hours.yaml\n+++ " + rules.resolve("scenarios/sd-01-02-hours.yaml")), shown::toString);
        assertTrue(shown.out().contains("-      grade: PASS\n"), shown::toString);
        assertTrue(shown.out().contains("+      grade: INCOMPLETE\n"), shown::toString);
        assertTrue(shown.out().contains("nothing written: run again with --update --yes"), shown::toString);
        assertFalse(Files.exists(rules.resolve("scenarios")), "nothing is written without --yes");
        // every line the diff removes or adds is an expectation line
        for (String l : shown.out().lines().filter(l -> l.matches("^[-+] .*") && !l.startsWith("--- ") && !l.startsWith("+++ ")).toList()) {
            assertTrue(l.matches("[-+]\\s+(grade|eligible|unmet|outcomes): .*|[-+]\\s+- \\{clause: .*(met|contains): .*"), "not an expectation line: " + l);
        }

        Cli.Result written = Cli.run("test", "--pack", "shandong", "--rules-dir", rules, "--update", "--yes", "--lang", "en");
        assertEquals(0, written.exit(), written::toString);
        int failed = summary(written)[1];
        assertTrue(written.out().contains(failed + " case(s) rewritten in "), written::toString);
        try (var files = Files.list(rules.resolve("scenarios"))) {
            for (Path f : files.toList()) {
                List<String> before = shipped("scenarios/" + f.getFileName()).lines().toList();
                List<String> after = Files.readAllLines(f, StandardCharsets.UTF_8);
                assertEquals(before.size(), after.size(), "same layout, line for line: " + f);
                for (int i = 0; i < before.size(); i++) {
                    if (before.get(i).equals(after.get(i))) continue;
                    assertFalse(before.get(i).strip().startsWith("#"), "comments kept: " + f + ":" + (i + 1));
                    assertEquals(indent(before.get(i)), indent(after.get(i)), f + ":" + (i + 1));
                }
            }
        }
        Cli.Result again = Cli.run("test", "--pack", "shandong", "--rules-dir", rules, "--lang", "en");
        assertEquals(0, again.exit(), again::toString);
        assertEquals(0, summary(again)[1], again::toString);
        assertEquals(0, Cli.run("check", "--pack", "shandong", "--rules-dir", rules).exit(), "the rewritten files check clean");
    }

    private static String indent(String line) { return line.substring(0, line.length() - line.stripLeading().length()); }

    @Test
    void updateRewritesAScenariosFileInPlaceBlockListsIncluded(@TempDir Path dir) throws IOException {
        Path file = Cli.write(dir.resolve("mine.yaml"),
                "# my office's cases",
                TestCommandTest.COMPLETE_DOSSIER.formatted("wrongly expected excellent", "EXCELLENT").stripTrailing(),
                "      unmet:",
                "        - SD-04   # wrongly listed",
                "      eligible: false");
        Cli.Result r = Cli.run("test", "--pack", "shandong", "--scenarios", file, "--update", "--yes", "--lang", "en");
        assertEquals(0, r.exit(), r::toString);
        String text = Files.readString(file);
        assertTrue(text.startsWith("# my office's cases\n"), text);
        assertTrue(text.contains("      grade: PASS\n"), text);
        assertTrue(text.contains("      unmet: []   # wrongly listed\n"), text);
        assertTrue(text.contains("      eligible: true\n"), text);
        assertTrue(text.contains("{clause: SD-01, met: true, contains: \"50\"}"), "a matching reason is left alone\n" + text);
        assertEquals(0, Cli.run("test", "--pack", "shandong", "--scenarios", file).exit());
    }

    @Test
    void aCaseWhoseReasonIsGoneIsNotRewrittenAndSaysWhy(@TempDir Path dir) throws IOException {
        Path file = Cli.write(dir.resolve("gone.yaml"), TestCommandTest.COMPLETE_DOSSIER.formatted("cites a rule that is not there", "EXCELLENT")
                .replace("{clause: SD-01, met: true, contains: \"50\"}", "{clause: SD-99, met: true}").stripTrailing());
        String before = Files.readString(file);
        Cli.Result r = Cli.run("test", "--pack", "shandong", "--scenarios", file, "--update", "--yes", "--lang", "en");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("1 case(s): SD-99 gives no reason any more"), r::toString);
        assertTrue(r.out().contains("not rewritten: gone.yaml › cites a rule that is not there: no reason for SD-99 any more"), r::toString);
        assertEquals(before, Files.readString(file), "left as it was");
    }

    @Test
    void yesNeedsUpdateAndUpdateWithNothingFailingWritesNothing(@TempDir Path rules) throws IOException {
        raiseOnlineHours(rules);
        assertEquals(2, Cli.run("test", "--pack", "shandong", "--yes").exit());
        Cli.Result noDir = Cli.run("test", "--pack", "shandong", "--update", "--lang", "en");
        assertEquals(0, noDir.exit(), "the shipped scenarios pass the shipped rules: nothing to update\n" + noDir);
    }
}
