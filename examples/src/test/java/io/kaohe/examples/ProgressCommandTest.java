package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.ProgressReport;

class ProgressCommandTest {
    @Test
    void writesThePrettyProgressReport(@TempDir Path dir) throws Exception {
        Path in = Cli.sample(Samples.COHORT, dir);
        Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20", "--out", dir.resolve("p.json"));
        assertEquals(0, r.exit(), r::toString);
        String text = Files.readString(dir.resolve("p.json"));
        assertTrue(text.startsWith("{\n"), "pretty-printed");
        ProgressReport report = KaoheJson.read(text, ProgressReport.class);
        assertEquals(LocalDate.of(2022, 11, 20), report.asOf());
        assertEquals("shandong", report.pack());
    }

    @Test
    void htmlAndCsvBesideTheJson(@TempDir Path dir) {
        Path in = Cli.sample(Samples.COHORT, dir);
        Cli.Result r = Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20",
                "--out", dir.resolve("p.json"), "--html", dir.resolve("p.html"), "--csv", dir.resolve("p.csv"));
        assertEquals(0, r.exit(), r::toString);
        for (String f : new String[] {"p.json", "p.html", "p.csv"}) assertTrue(Files.exists(dir.resolve(f)), f);
    }

    @Test
    void badDateMissingFileAndBadJsonAreExit2(@TempDir Path dir) {
        Path in = Cli.sample(Samples.COHORT, dir);
        for (String day : new String[] {"20.11.2022", "2022-13-01", "2022-02-30"}) {
            Cli.Result badDay = Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", day, "--out", dir.resolve("p.json"));
            assertEquals(2, badDay.exit(), badDay::toString);
            // the option and the form it wants, in words: not Java's parser text
            assertTrue(badDay.err().contains("--as-of") && badDay.err().contains("'" + day + "'")
                    && badDay.err().contains("yyyy-MM-dd") && !badDay.err().contains("Exception"), badDay::toString);
        }
        Cli.Result missing = Cli.run("progress", "--pack", "shandong", "--in", dir.resolve("nope.json"), "--as-of", "2022-11-20",
                "--out", dir.resolve("p.json"));
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.json"), missing::toString);
        Path bad = Cli.write(dir.resolve("bad.json"), "{", "  \"county\": \"x\",", "  \"schoolz\": []", "}");
        Cli.Result badJson = Cli.run("progress", "--pack", "shandong", "--in", bad, "--as-of", "2022-11-20", "--out", dir.resolve("p.json"));
        assertEquals(2, badJson.exit());
        assertTrue(badJson.err().contains("bad.json") && badJson.err().contains("schoolz: unknown field"), badJson::toString);
        Path malformed = Cli.write(dir.resolve("malformed.json"), "{", "  \"county\": \"x\",", "  \"schools\": [", "}");
        Cli.Result syntax = Cli.run("progress", "--pack", "shandong", "--in", malformed, "--as-of", "2022-11-20", "--out", dir.resolve("p.json"));
        assertEquals(2, syntax.exit());
        assertTrue(syntax.err().contains("malformed.json:4"), "the line of a syntax error\n" + syntax);
    }
}
