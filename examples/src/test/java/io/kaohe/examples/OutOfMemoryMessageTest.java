package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory ends with a clear message and exit 2, not a raw {@code OutOfMemoryError} and its stack trace;
 * no report is written. The cohort (24 MB, about 16,000 teachers) is far more than a 12 MB heap holds once its
 * dossiers are bound: 2 MB (1,346 teachers) was too little, and on a quiet machine the report was made (exit 0). (With the cohort read streaming, a 200 MB cohort of 124,440 teachers runs
 * under {@code -Xmx1g}: measured by hand, see docs/bad-input.md.)
 */
class OutOfMemoryMessageTest {
    @Test
    void aCohortTooLargeForTheHeapIsAClearError(@TempDir Path dir) throws Exception {
        String cohort = new String(Samples.of("shandong").orElseThrow().open(Samples.COHORT).readAllBytes(), StandardCharsets.UTF_8);
        int at = cohort.indexOf("\"teachers\"");
        String first = cohort.substring(cohort.indexOf('{', at), cohort.indexOf("\n", cohort.indexOf('{', at)));
        StringBuilder big = new StringBuilder(cohort.substring(0, cohort.indexOf('[', at) + 1).replaceAll("\"teacherCount\":\\s*\\d+", "\"teacherCount\":1000000"));
        for (int i = 0; big.length() < 24_000_000; i++) big.append(i == 0 ? "" : ",").append(first.replaceAll(",$", "").replaceFirst("\"id\":\"([^\"]+)\"", "\"id\":\"$1-" + i + "\"")).append('\n');
        Path in = Files.writeString(dir.resolve("cohort.json"), big.append("]}\n"));
        Path out = dir.resolve("p.json");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx12m",
                "-cp", System.getProperty("java.class.path"), KaoheCli.class.getName(), "progress", "--pack", "shandong",
                "--in", in.toString(), "--as-of", "2022-11-20", "--out", out.toString())).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) p.destroyForcibly();
        assertEquals(2, p.exitValue(), text);
        assertTrue(text.contains("out of memory"), text);
        assertFalse(text.contains("\tat "), "no stack trace: " + text);
        assertFalse(Files.exists(out));
    }
}
