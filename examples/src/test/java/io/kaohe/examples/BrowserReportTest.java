package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.ProgressReport;

/**
 * The demo's HTML report in a real browser (headless Chromium): it renders to a PNG, logs nothing to the
 * console (no script error, no load the page's Content-Security-Policy had to block), and the numbers its
 * charts carry in the rendered DOM are those of the JSON report. Skipped where Chromium is not installed.
 */
class BrowserReportTest {
    @TempDir
    static Path dir;
    private static boolean demoDone;

    /** Chromium (or the test skipped, saying how to install it), and the demo's outputs, made once for the class. */
    private static Chromium chromium() {
        Chromium chromium = Chromium.require(dir);
        if (!demoDone) {
            assertEquals(0, Cli.run("demo", "--out", dir.resolve("out")).exit());
            demoDone = true;
        }
        return chromium;
    }

    @Test
    void theDemoReportRendersWithoutConsoleMessagesAndItsChartsMatchTheJson() throws Exception {
        Chromium chromium = chromium();
        for (String pack : new String[] {"shandong", "hunan", "liaoning", "zhejiang"}) {
            Path html = dir.resolve("out").resolve(pack).resolve("progress.html");
            ProgressReport json = KaoheJson.read(Files.readString(dir.resolve("out").resolve(pack).resolve("progress.json")), ProgressReport.class);
            Chromium.Run dom = chromium.run(html, "--dump-dom");
            assertEquals(0, dom.exit(), dom::stderr);
            assertEquals(java.util.List.of(), dom.console(), pack + ": console messages");
            assertTrue(dom.stdout().contains("<svg"), pack + ": the browser built the page\n" + dom.stdout());
            ChartData.assertMatches(json, dom.stdout());
        }
    }

    @Test
    void theScreenshotShowsTheChartsInTheirColours() throws Exception {
        Chromium chromium = chromium();
        Path png = dir.resolve("report.png");
        Chromium.Run run = chromium.run(dir.resolve("out/shandong/progress.html"), "--hide-scrollbars",
                "--window-size=1100,1600", "--screenshot=" + png);
        assertEquals(0, run.exit(), run::stderr);
        assertEquals(java.util.List.of(), run.console());
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a PNG was written");
        assertEquals(1100, image.getWidth());
        // the pass green and fail red of the charts (report.css) are painted: styles and SVG rendered
        assertTrue(count(image, 0x5aa77a) > 2000, "pass-green pixels");
        assertTrue(count(image, 0xc4513b) > 200, "fail-red pixels");
    }

    @Test
    void namesFromTheInputStayTextInTheBrowser() throws Exception {
        Chromium chromium = chromium();
        Path html = ReportFixtures.injectedReport(Files.createDirectories(dir.resolve("injected")));
        Chromium.Run dom = chromium.run(html, "--dump-dom");
        assertEquals(java.util.List.of(), dom.console(), "nothing ran, nothing was blocked");
        assertFalse(dom.stdout().contains("<script"), dom.stdout());
        assertFalse(dom.stdout().contains("<img"), dom.stdout());
        assertTrue(dom.stdout().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is shown as text");
    }

    @Test
    void aPageThatLogsIsCaught() throws Exception {
        Chromium chromium = chromium();
        // the console check above can fail: a script error and a blocked load are both seen
        Path page = Files.writeString(dir.resolve("bad.html"), "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
                + "content=\"img-src data:\"></head><body><img src=\"https://example.invalid/x.png\"><script>undefinedFunction();</script></body></html>");
        Chromium.Run dom = chromium.run(page, "--dump-dom");
        assertEquals(2, dom.console().size(), dom::stderr);
    }

    /** A4 in PostScript points (210 × 297 mm), and the printable width in CSS pixels (182 mm: 14 mm margins, report.css). */
    private static final double A4_WIDTH = 595.28, A4_HEIGHT = 841.89;
    static final int PRINTABLE_PX = (int) Math.floor(182 / 25.4 * 96);
    /**
     * The printed pages of each pack's demo report: page 1 (header, cards, batches), the school table (and grades), the
     * school scores, the teachers needing action (Zhejiang's 76, each with several requirements, fill ten pages).
     */
    static final Map<String, Integer> PAGES = Map.of("shandong", 6, "hunan", 7, "liaoning", 5, "zhejiang", 14);

    @Test
    void theReportPrintsOnA4WithTheSectionsOnTheirOwnPages() throws Exception {
        Chromium chromium = chromium();
        Map<String, Integer> pages = new java.util.TreeMap<>();
        for (String pack : WorkbookTest.PACKS) {
            Path pdf = dir.resolve(pack + ".pdf");
            Chromium.Run run = chromium.run(dir.resolve("out").resolve(pack).resolve("progress.html"), "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf);
            assertEquals(0, run.exit(), run::stderr);
            String text = new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
            Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]").matcher(text);
            int boxes = 0;
            while (box.find()) {
                boxes++;
                assertEquals(A4_WIDTH, Double.parseDouble(box.group(1)), 1.5, pack + ": A4 width");
                assertEquals(A4_HEIGHT, Double.parseDouble(box.group(2)), 1.5, pack + ": A4 height");
            }
            int count = count(text, "/Type\\s*/Page(?![s\\w])");
            assertTrue(boxes >= 1, pack + ": a page size");
            pages.put(pack, count);
        }
        assertEquals(new java.util.TreeMap<>(PAGES), pages, "pages printed per pack");
    }

    @Test
    void noElementIsWiderThanThePrintableArea() throws Exception {
        Chromium chromium = chromium();
        for (String pack : WorkbookTest.PACKS) {
            for (String lang : List.of("zh", "en")) {
                Path html = lang.equals("zh") ? dir.resolve("out").resolve(pack).resolve("progress.html") : english(pack);
                Path probe = Files.writeString(dir.resolve(pack + "-" + lang + "-probe.html"), printedOnScreen(Files.readString(html)));
                Chromium.Run dom = chromium.run(probe, "--hide-scrollbars", "--window-size=" + PRINTABLE_PX + ",1200", "--dump-dom");
                assertEquals(0, dom.exit(), dom::stderr);
                Matcher m = Pattern.compile("<pre id=\"overflow\">(.*?)</pre>", Pattern.DOTALL).matcher(dom.stdout());
                assertTrue(m.find(), pack + ": the probe ran\n" + dom.stderr());
                assertEquals("[]", m.group(1), pack + " (" + lang + "): elements wider than the printable width " + PRINTABLE_PX + " px");
            }
        }
    }

    /** The demo's report of a pack in English (kaohe progress --lang en on the pack's sample cohort). */
    private static Path english(String pack) throws Exception {
        Path in = dir.resolve(pack + "-cohort.json");
        if (!Files.exists(in)) {
            try (var s = Samples.of(pack).orElseThrow().open(Samples.COHORT)) {
                Files.copy(s, in);
            }
        }
        Path html = dir.resolve(pack + "-en.html");
        Cli.Result r = Cli.run("progress", "--pack", pack, "--in", in, "--as-of", Samples.of(pack).orElseThrow().asOf(),
                "--out", dir.resolve(pack + "-en.json"), "--html", html, "--lang", "en",
                "--schools", dir.resolve("out").resolve(pack).resolve("school-verdicts.jsonl"), "--names");
        assertEquals(0, r.exit(), r::toString);
        return html;
    }

    /**
     * The page as it prints, laid out on screen at the printable width: its print rules applied to every medium, its
     * policy lifted, and a probe script that lists every element reaching past the right edge (or the page scrolling).
     */
    static String printedOnScreen(String html) {
        String probe = "<script>window.addEventListener('load',()=>{const w=document.documentElement.clientWidth;const out=[];"
                + "if(document.documentElement.scrollWidth>w+1)out.push('page scrolls: '+document.documentElement.scrollWidth);"
                + "for(const e of document.body.querySelectorAll('*')){const r=e.getBoundingClientRect();"
                + "if(r.width>0&&(r.right>w+0.5||r.left<-0.5))out.push(e.tagName+'.'+e.className+' '+Math.round(r.left)+'..'+Math.round(r.right)"
                + "+' '+(e.textContent||'').slice(0,40));}"
                + "const p=document.createElement('pre');p.id='overflow';p.textContent=out.length?JSON.stringify(out):'[]';"
                + "document.body.appendChild(p);});</script>";
        return html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
                .replace("@media print {", "@media all {").replace("@media screen and", "@media print and")
                .replace("</body>", probe + "</body>");
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xffffff) == rgb) n++;
        }
        return n;
    }
}
