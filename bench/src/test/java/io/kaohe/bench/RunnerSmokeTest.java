package io.kaohe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run of each benchmark, so that the commands of bench/README.md keep working. Seconds, not a measurement. */
class RunnerSmokeTest {
    @TempDir
    static Path dir;
    static Path cohort;

    @BeforeAll
    static void generate() {
        cohort = Cohorts.generate("shandong", 400, 7, dir.resolve("cohort.jsonl"));
    }

    @Test
    void throughputRunsBothPipelinesOverTheSameLines() throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Runner.Comparison c = Runner.throughput(cohort, 2, 1, new PrintStream(text, true, StandardCharsets.UTF_8));
        assertEquals(400, c.aCounts().lines());
        // the same parsing, validation and duplicate check: the same lines become verdicts and rejects
        assertEquals(c.aCounts(), c.bCounts());
        assertTrue(c.aCounts().rejects() > 0, "the cohort has bad lines: " + c.aCounts());
        assertTrue(c.ratio() > 0);
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("ratio kaohe/baseline"), text.toString(StandardCharsets.UTF_8));
    }

    @Test
    void scalingComparesOneAndTwoThreads() throws IOException {
        Runner.Comparison c = Runner.scaling(cohort, 1, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(c.aCounts(), c.bCounts());
    }

    @Test
    void heapIsSampledAtEachTenthOfTheInput() throws IOException {
        List<Long> afterGc = Runner.heap(cohort, 2, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(10, afterGc.size());
    }
    // cold start is not smoke-run: it launches three JVMs, one compiling the DRL (half a minute on a busy 2-core machine)
}
