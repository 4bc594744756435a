package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xffffff) == rgb) n++;
        }
        return n;
    }
}
