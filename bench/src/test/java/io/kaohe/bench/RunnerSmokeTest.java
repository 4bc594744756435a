package io.kaohe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run of each benchmark, so that run-all.sh and the commands of bench/README.md keep working. Seconds, not a measurement. */
class RunnerSmokeTest {
    @TempDir
    static Path dir;
    static Path cohort;

    @BeforeAll
    static void generate() {
        cohort = Cohorts.generate("shandong", 400, 7, dir.resolve("cohort.jsonl"));
    }

    static PrintStream quiet() { return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8); }

    @Test
    void throughputRunsBothPipelinesOverTheSameLines() throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        Runner.Comparison c = Runner.throughput("shandong", cohort, 2, 1, new PrintStream(text, true, StandardCharsets.UTF_8));
        assertEquals(400, c.aCounts().lines());
        // the same parsing, validation and duplicate check: the same lines become verdicts and rejects
        assertEquals(c.aCounts(), c.bCounts());
        assertTrue(c.aCounts().rejects() > 0, "the cohort has bad lines: " + c.aCounts());
        assertTrue(c.ratio() > 0);
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("ratio kaohe/baseline"), text.toString(StandardCharsets.UTF_8));
    }

    @Test
    void steadyStateIsTheMedianOfRoundsThreeOnAndWarmUpIsTheFirstPass() {
        Runner.Pass slow = pass(1_000, 4_000_000_000L);
        Runner.Pass fast = pass(1_000, 1_000_000_000L);
        Runner.Pass faster = pass(1_000, 500_000_000L);
        Runner.Comparison c = new Runner.Comparison("a", "b", true, List.of(slow, slow, fast, faster, fast),
                List.of(fast, fast, faster, faster, faster));
        assertEquals(1_000, c.aPerCpuSecond(), 1e-9);
        assertEquals(0.5, c.cpuRatio(), 1e-9);
        assertEquals(0.25, c.aWarmup(Runner.Pass::perCpuSecond), 1e-9);
    }

    private static Runner.Pass pass(long lines, long nanos) {
        return new Runner.Pass(new io.kaohe.internal.stream.TeacherStream.Counts(lines, lines, 0), nanos, nanos, nanos);
    }

    @Test
    void heapIsSampledAtEachTenthOfTheInput() throws IOException {
        Runner.Heap h = Runner.heap("shandong", cohort, 2, quiet());
        assertEquals(10, h.afterGc().size());
        assertEquals(true, h.figures().get("passes"));
    }

    /** Runner's --json records become the table of run-all.sh, with the rows not measured said so, not left out. */
    @Test
    void summaryTabulatesWhatWasMeasuredPerPack() throws Exception {
        Path results = dir.resolve("results.jsonl");
        Path zhejiang = Cohorts.generate("zhejiang", 100, 7, dir.resolve("zhejiang.jsonl"));
        PrintStream out = System.out;
        try {
            System.setOut(quiet());
            Runner.main(new String[] {"throughput", "--pack", "zhejiang", "--in", zhejiang.toString(), "--rounds", "1",
                    "--json", results.toString()});
            Summary.main(new String[] {"--results", results.toString(), "--json", dir.resolve("s.json").toString(),
                    "--md", dir.resolve("s.md").toString(), "--meta", "date=today", "--meta", "commit=abc"});
        } finally {
            System.setOut(out);
        }
        List<String> md = Files.readAllLines(dir.resolve("s.md"), StandardCharsets.UTF_8);
        assertTrue(md.get(0).startsWith("Measured today at commit `abc`"), md.get(0));
        assertTrue(md.contains("| figure | goal | Shandong | Hunan | Liaoning | Zhejiang | met? |"), String.join("\n", md));
        String steady = md.stream().filter(l -> l.startsWith("| Kaohe, steady state")).findFirst().orElseThrow();
        // measured for Zhejiang only: a number and a mark there, "not measured" for the other three
        assertTrue(steady.matches(".*\\| not measured ✗ \\| not measured ✗ \\| not measured ✗ \\| [0-9,]+ [✓✗] \\| no \\(shandong, hunan, liaoning.*"),
                steady);
        // a heap run that left no result (an OutOfMemoryError ends it) is a failure, not a gap
        String baseline = md.stream().filter(l -> l.startsWith("| … the hand-written baseline pipeline")).findFirst().orElseThrow();
        assertTrue(baseline.matches(".*\\| not measured \\| not measured \\| not measured \\| [0-9,]+ \\| — \\|"), baseline);
        String heap = md.stream().filter(l -> l.startsWith("| 1,000,000 dossiers")).findFirst().orElseThrow();
        assertTrue(heap.endsWith("| **fails** (no result: see heap-PACK.txt) ✗ | no (shandong, hunan, liaoning, zhejiang) |"), heap);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = Runner.JSON.readValue(Files.readString(dir.resolve("s.json")), Map.class);
        assertEquals(Summary.ROWS.size(), ((List<?>) json.get("rows")).size());
    }

    /** Every stage of the floors is timed over the same lines, and the table for RESULTS.md shows them and what is reachable. */
    @Test
    @SuppressWarnings("unchecked")
    void floorsTimeEveryStageOverTheCohort() throws Exception {
        Path results = dir.resolve("floors.jsonl");
        PrintStream out = System.out;
        try {
            System.setOut(quiet());
            Floors.main(new String[] {"--pack", "shandong", "--in", cohort.toString(), "--rounds", "2", "--warmup", "1",
                    "--json", results.toString()});
        } finally {
            System.setOut(out);
        }
        Map<String, Map<String, Object>> read = Floors.read(results);
        Map<String, Object> f = read.get("shandong");
        assertEquals(400, ((Number) f.get("lines")).intValue());
        Map<String, Double> us = (Map<String, Double>) f.get("usPerLine");
        for (Floors.Stage s : Floors.STAGES) assertTrue(us.containsKey(s.key()) && us.get(s.key()) >= 0, s.key() + ": " + us);
        // a Shandong verdict carries its reasons: kilobytes, not the baseline's few hundred bytes
        assertTrue(((Number) f.get("verdictBytesPerVerdict")).doubleValue() > 1000, f.toString());
        assertTrue(us.get("kaoheLine") > us.get("baselineLine"), us.toString());
        String md = Floors.table(read, List.of("shandong", "hunan"));
        assertTrue(md.startsWith("| µs of CPU a line (median of rounds; one thread) | who pays | Shandong |\n"), md);
        assertTrue(md.contains("| A. Kaohe if facts, rules and the verdict object cost nothing"), md);
    }

    /** The p99 taken apart: every sample tagged with its dossier, the size classes cover the cohort. */
    @Test
    @SuppressWarnings("unchecked")
    void tailSplitsTheSamplesBySizeClass() throws Exception {
        Map<String, Object> f = Tail.run("hunan", 200, 0, 2, quiet());
        List<Map<String, Object>> classes = (List<Map<String, Object>>) f.get("sizeClasses");
        assertEquals(4, classes.size());
        int slowest = java.util.Arrays.stream((int[]) f.get("slowestByQuartile")).sum();
        assertTrue(slowest >= 1, f.toString());
        Map<String, Double> all = (Map<String, Double>) f.get("all");
        assertTrue(all.get("p99") >= all.get("p50") && all.get("p50") > 0, all.toString());
    }

    /** Kaohe's passes in this JVM, each with its JIT and GC time: the first one is the warm-up of the row, the last the reference. */
    @Test
    void warmUpComparesTheFirstPassWithTheLast() throws Exception {
        Map<String, Object> f = WarmUp.run("shandong", cohort, 2, quiet());
        double first = ((Number) f.get("firstPerCpuSecond")).doubleValue(), last = ((Number) f.get("lastPerCpuSecond")).doubleValue();
        assertTrue(first > 0 && last > 0, f.toString());
        assertEquals(first / last, ((Number) f.get("warmupCpu")).doubleValue(), 1e-9);
    }

    /** JVM start to verdict of one dossier with the packaged command line (skipped when it is not packaged yet). */
    @Test
    void coldStartTimesTheJarToAVerdict() throws Exception {
        Path jar = Path.of("../examples/target/kaohe.jar");
        assumeTrue(Files.exists(jar), "examples not packaged");
        Map<String, Object> f = ColdStart.run("hunan", jar, null, 1, false, List.of(), quiet());
        assertTrue(f.containsKey("jar"), f.toString());
        assertTrue(((Number) ((Map<?, ?>) f.get("jar")).get("median")).doubleValue() > 0);
    }
}
