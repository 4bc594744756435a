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
 * no report is written. A cohort is read teacher by teacher (issue 14: 16,000 teachers, 24 MB, once ran a 12 MB heap
 * out of memory and are now reported in it), so what must still fit is one teacher: here one dossier of 24 MB (some
 * 300,000 records), far more than a 12 MB heap holds once read.
 */
class OutOfMemoryMessageTest {
    @Test
    void aCohortTooLargeForTheHeapIsAClearError(@TempDir Path dir) throws Exception {
        String cohort = new String(Samples.of("shandong").orElseThrow().open(Samples.COHORT).readAllBytes(), StandardCharsets.UTF_8);
        int at = cohort.indexOf("\"teachers\"");
        String school = cohort.substring(cohort.indexOf("\"id\"", cohort.indexOf("\"schools\"")));
        school = school.substring(school.indexOf('"', 5) + 1, school.indexOf('"', school.indexOf('"', 5) + 1));
        StringBuilder big = new StringBuilder(cohort.substring(0, cohort.indexOf('[', at) + 1))
                .append("{\"teacher\":{\"id\":\"T-1\",\"schoolId\":\"").append(school).append("\",\"stage\":\"PRIMARY\"},\"records\":[");
        for (int i = 0; big.length() < 24_000_000; i++) {
            big.append(i == 0 ? "" : ",\n").append("{\"kind\":\"ONLINE_COURSE\",\"amount\":1,\"unit\":\"HOUR\",\"date\":\"2022-03-01\"}");
        }
        Path in = Files.writeString(dir.resolve("cohort.json"), big.append("]}]}\n"));
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
