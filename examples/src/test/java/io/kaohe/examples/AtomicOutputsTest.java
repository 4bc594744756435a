package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

import io.kaohe.json.SchoolStream;
import io.kaohe.json.TeacherStream;
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
