package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.internal.stream.SchoolStream;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.Cohort;

/**
 * An interrupted run leaves no half-written file that looks complete: the outputs of assess, schools and
 * progress appear only when the run completes, and a previous output stays as it was.
 */
class AtomicOutputsTest {
    private static final String PREVIOUS = "previous run";

    /** Input that fails after {@code good} bytes, as a network share that goes away does. */
    private static InputStream failingAfter(byte[] file, int good) {
        return new InputStream() {
            private final InputStream in = new ByteArrayInputStream(file, 0, good);

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b < 0) throw new IOException("connection reset");
                return b;
            }
        };
    }

    @Test
    void assessInterruptedMidStream(@TempDir Path dir) throws Exception {
        byte[] file = String.join("\n", Cli.sampleLines(Samples.TEACHERS)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        interrupted(dir, (out, errors) -> LinesJob.run(TeacherStream::assess, Cli.shandong(), failingAfter(file, file.length / 2),
                out, errors, new PrintWriter(new StringWriter())));
    }

    @Test
    void schoolsInterruptedMidStream(@TempDir Path dir) throws Exception {
        byte[] file = String.join("\n", Cli.sampleLines(Samples.SCHOOLS)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        interrupted(dir, (out, errors) -> LinesJob.run(SchoolStream::assess, Cli.shandong(), failingAfter(file, file.length / 2),
                out, errors, new PrintWriter(new StringWriter())));
    }

    @Test
    void assessWhoseWriterFailsHalfWay(@TempDir Path dir) throws Exception {
        interrupted(dir, (out, errors) -> LinesJob.run((engine, in, verdicts, rejects) -> {
            TeacherStream.Counts c = TeacherStream.assess(engine, in, verdicts, rejects);
            throw new UncheckedIOException(new IOException("disk full after " + c.verdicts() + " verdicts"));
        }, Cli.shandong(), Files.newInputStream(Cli.sample(Samples.TEACHERS, Files.createDirectories(dir.resolve("in")))),
                out, errors, new PrintWriter(new StringWriter())));
    }

    @Test
    void progressThatFailsWritesNoReport(@TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("p.json"), PREVIOUS);
        Cohort cohort = ProgressJob.read(Files.newInputStream(Cli.sample(Samples.COHORT, Files.createDirectories(dir.resolve("in")))), "cohort");
        assertThrows(RuntimeException.class, () -> ProgressJob.write(Cli.shandong(), cohort, LocalDate.of(1999, 1, 1), out));
        assertEquals(PREVIOUS, Files.readString(out));
        assertEquals(List.of("in", "p.json"), names(dir));
    }

    @Test
    void aFileNeverCommittedIsNeverThere(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("report.json");
        try (AtomicFile f = AtomicFile.create(target, "--out")) {
            f.writer().write("{\"half\":");
            f.writer().flush();
            assertFalse(Files.exists(target), "nothing at the target while writing");
        }
        assertEquals(List.of(), names(dir), "no temporary file left either");
    }

    // ---- the outputs of a run are one set (issue 14) ----

    /** {@code --csv} naming a directory: exit 2 before anything is replaced. */
    @Test
    void aBadCsvPathFailsBeforeTheVerdictsAreReplaced(@TempDir Path dir) throws Exception {
        Path in = Cli.sample(Samples.TEACHERS, Files.createDirectories(dir.resolve("in")));
        Path out = Files.writeString(dir.resolve("v.jsonl"), PREVIOUS);
        Path csvDir = Files.createDirectories(dir.resolve("table.csv"));
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", out, "--csv", csvDir);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("is a directory"), r::toString);
        assertEquals(PREVIOUS, Files.readString(out), "the verdicts were not replaced");
        assertEquals(List.of("in", "table.csv", "v.jsonl"), names(dir));
    }

    /** A full disk while the CSV is written ({@code /dev/full}): a clear error, and the verdicts are not replaced. */
    @Test
    void aFullDiskDuringTheCsvLeavesEveryOutputAsItWas(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full (Linux)");
        Path in = Cli.sample(Samples.TEACHERS, Files.createDirectories(dir.resolve("in")));
        Path out = Files.writeString(dir.resolve("v.jsonl"), PREVIOUS);
        Path errors = Files.writeString(dir.resolve("r.jsonl"), PREVIOUS);
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", out, "--errors", errors, "--csv", "/dev/full");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("disk is full"), r::toString);
        assertFalse(r.err().contains("internal error"), r::toString);
        assertEquals(PREVIOUS, Files.readString(out), "no new verdicts beside an old CSV");
        assertEquals(PREVIOUS, Files.readString(errors));
        assertEquals(List.of("in", "r.jsonl", "v.jsonl"), names(dir), "no temporary file left");
    }

    /**
     * A full disk while the verdicts are written: the error names the option and the file, in words, without a Java
     * class name (it read "java.io.IOException: No space left on device: the disk is full (No space left on device)").
     */
    @Test
    void aFullDiskDuringTheVerdictsNamesTheOutput(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full (Linux)");
        Path in = Cli.sample(Samples.TEACHERS, Files.createDirectories(dir.resolve("in")));
        Path errors = Files.writeString(dir.resolve("r.jsonl"), PREVIOUS);
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", "/dev/full", "--errors", errors);
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("--out /dev/full: the disk is full"), r::toString);
        assertFalse(r.err().contains("java.io") || r.err().contains("internal error"), r::toString);
        assertEquals(PREVIOUS, Files.readString(errors), "the rejects were not replaced");
    }

    /** The same for progress: its JSON report is not replaced when its HTML or CSV cannot be written. */
    @Test
    void progressCommitsItsReportsTogether(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full (Linux)");
        Path in = Cli.sample(Samples.COHORT, Files.createDirectories(dir.resolve("in")));
        Path out = Files.writeString(dir.resolve("p.json"), PREVIOUS);
        Path html = Files.writeString(dir.resolve("p.html"), PREVIOUS);
        Cli.Result full = Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20", "--out", out,
                "--html", html, "--csv", "/dev/full");
        assertEquals(2, full.exit(), full::toString);
        Cli.Result isDir = Cli.run("progress", "--pack", "shandong", "--in", in, "--as-of", "2022-11-20", "--out", out,
                "--html", html, "--csv", dir.resolve("in"));
        assertEquals(2, isDir.exit(), isDir::toString);
        assertEquals(PREVIOUS, Files.readString(out));
        assertEquals(PREVIOUS, Files.readString(html));
        assertEquals(List.of("in", "p.html", "p.json"), names(dir));
    }

    /**
     * Temporary files a killed run left ({@code kill -9}: hundreds of megabytes each) are removed by the next run
     * writing the same output; those of a process still running, or written to a moment ago, are not.
     */
    @Test
    void theNextRunRemovesTheTemporaryFilesOfAKilledRun(@TempDir Path dir) throws Exception {
        Path in = Cli.sample(Samples.TEACHERS, Files.createDirectories(dir.resolve("in")));
        long dead = deadPid();
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600));
        Path killed = Files.writeString(dir.resolve(".v.jsonl.kaohe-" + dead + "-0.tmp"), "half a run");
        Path killedBefore = Files.writeString(dir.resolve(".v.jsonl." + dead + "-3.tmp"), "older naming");
        Path running = Files.writeString(dir.resolve(".v.jsonl.kaohe-" + ProcessHandle.current().pid() + "-7.tmp"), "ours");
        Path fresh = Files.writeString(dir.resolve(".v.jsonl.kaohe-" + dead + "-1.tmp"), "another machine, still writing");
        Path other = Files.writeString(dir.resolve(".notes.txt.kaohe-" + dead + "-0.tmp"), "not an output of this run");
        for (Path p : List.of(killed, killedBefore, running, other)) Files.setLastModifiedTime(p, old);
        Cli.Result r = Cli.run("assess", "--pack", "shandong", "--in", in, "--out", dir.resolve("v.jsonl"));
        assertEquals(0, r.exit(), r::toString);
        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(killedBefore));
        assertTrue(Files.exists(running), "a live process's file is kept");
        assertTrue(Files.exists(fresh), "a file written to a moment ago is kept");
        assertTrue(Files.exists(other), "only the temporary files of the output written");
    }

    /** A process ID no process has now. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        org.junit.jupiter.api.Assumptions.assumeFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        return pid;
    }

    interface Run {
        void run(Path out, Path errors) throws Exception;
    }

    private static void interrupted(Path dir, Run run) throws Exception {
        Path out = Files.writeString(dir.resolve("v.jsonl"), PREVIOUS);
        Path errors = dir.resolve("r.jsonl");
        assertThrows(Exception.class, () -> run.run(out, errors));
        assertEquals(PREVIOUS, Files.readString(out), "the previous output is untouched");
        assertFalse(Files.exists(errors), "no rejects file from a run that did not finish");
        assertFalse(names(dir).stream().anyMatch(n -> n.endsWith(".tmp")), "no temporary file left: " + names(dir));
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
