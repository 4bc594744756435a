package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.SchoolProgress;

/** {@code kaohe progress --html}: the page's content, its escaping, its bytes. The browser test renders it. */
class ProgressHtmlTest {
    private static ProgressReport run(Path dir, String name, String... extra) {
        Path in;
        try {
            in = Cli.sample(Samples.COHORT, Files.createDirectories(dir.resolve(name + "-in")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String[] base = {"progress", "--pack", "shandong", "--in", in.toString(), "--as-of", "2022-11-20",
                "--out", dir.resolve(name + ".json").toString(), "--html", dir.resolve(name + ".html").toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra)).toArray(String[]::new);
        Cli.Result r = Cli.run((Object[]) args);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Cli.names(r.err(), dir.resolve(name + ".html")), "the path written is printed\n" + r);
        return KaoheJson.read(read(dir.resolve(name + ".json")), ProgressReport.class);
    }

    @Test
    void thePageShowsTheReportsNumbersDatesAndVersion(@TempDir Path dir) throws Exception {
        ProgressReport report = run(dir, "a");
        String html = read(dir.resolve("a.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<html lang=\"zh-CN\">"), "Chinese by default");
        assertTrue(html.contains("id=\"as-of\">2022-11-20<") && html.contains("id=\"pack\">shandong<")
                && html.contains("id=\"policy-version\">" + report.policyVersion() + "<"), "as-of date, pack and rule version");
        for (SchoolProgress s : report.schools()) {
            assertTrue(html.contains("<tr data-school=\"" + s.schoolId() + "\">"), "a summary row per school: " + s.schoolId());
            assertTrue(html.contains(s.name()), s.name());
        }
        ChartData.assertMatches(report, html);
        int needingAction = report.schools().stream().mapToInt(s -> s.failed() + s.incomplete()).sum();
        assertEquals(needingAction, count(html, "<tr data-grade=\"(FAIL|INCOMPLETE)\">"), "every teacher not yet passed is listed");
        assertTrue(html.contains("需处理的教师（" + needingAction + " 人）"));
        for (String p : Cli.personalDataOfTheSample()) assertFalse(html.contains(p), "personal data in the report");
    }

    @Test
    void selfContainedAndWithoutScript(@TempDir Path dir) throws Exception {
        run(dir, "a");
        String html = read(dir.resolve("a.html"));
        assertFalse(html.contains("<script"), "no script");
        assertFalse(Pattern.compile("(src|href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "nothing loaded from anywhere");
        assertFalse(html.contains("@import") || html.contains("url("), "no stylesheet or font fetched");
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"), "the browser is told to load nothing");
    }

    @Test
    void sameInputSameBytes(@TempDir Path dir) throws Exception {
        run(dir, "a");
        run(dir, "b");
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.html")), Files.readAllBytes(dir.resolve("b.html")));
    }

    @Test
    void englishWithLangEn(@TempDir Path dir) throws Exception {
        ProgressReport report = run(dir, "a", "--lang", "en");
        String html = read(dir.resolve("a.html"));
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("Teachers needing action"));
        assertFalse(html.contains("需处理的教师"), "no Chinese label");
        ChartData.assertMatches(report, html);
    }

    @Test
    void markupInTheInputIsEscaped(@TempDir Path dir) {
        String html = read(ReportFixtures.injectedReport(dir));
        for (String markup : new String[] {ReportFixtures.SCRIPT, ReportFixtures.ATTRIBUTE, ReportFixtures.IMG, "<svg onload", "<img"}) {
            assertFalse(html.contains(markup), "raw markup from the input: " + markup);
        }
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the school name, as text");
        assertTrue(html.contains("&quot;&gt;&lt;svg onload=alert(2)&gt;&#39;&amp;amp;"), "the county, as text");
        assertTrue(html.contains("&lt;img src=x onerror=alert(3)&gt;T-"), "teacher IDs, as text");
    }

    @Test
    void anUnknownLanguageIsAUsageError(@TempDir Path dir) {
        Path in = Cli.sample(Samples.COHORT, dir);
        Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20", "--out", dir.resolve("p.json"),
                "--html", dir.resolve("p.html"), "--lang", "fr");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--lang: unknown language 'fr'"), r::toString);
        assertFalse(Files.exists(dir.resolve("p.html")));
    }

    @Test
    void outputsMustBeDifferentFiles(@TempDir Path dir) {
        Path in = Cli.sample(Samples.COHORT, dir);
        Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20", "--out", dir.resolve("p.json"),
                "--html", dir.resolve("p.json"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("same file"), r::toString);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
