package io.kaohe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

import io.kaohe.json.SchoolStream;
import io.kaohe.Engine;
import io.kaohe.i18n.Messages;
import io.kaohe.json.TeacherStream;
import io.kaohe.json.TeacherStream.Counts;

/**
 * Runs a JSON Lines assessment (teachers or schools) into output files that appear only when the run
 * completes. Rejects go to their own file, or to stderr when none is named.
 */
final class LinesJob {
    private LinesJob() {}

    /** A stream assessment: {@link TeacherStream#assess} or {@link SchoolStream#assess}. */
    @FunctionalInterface
    interface Assessment {
        Counts run(Engine engine, InputStream in, Writer verdicts, Writer rejects);
    }

    static Counts run(Assessment assessment, Engine engine, InputStream in, Path out, Path errors, PrintWriter err) {
        try (InputStream input = in;
             AtomicFile verdicts = AtomicFile.create(out, "--out");
             AtomicFile rejects = errors == null ? null : AtomicFile.create(errors, "--errors")) {
            Counts counts = assessment.run(engine, input, verdicts.writer(), rejects == null ? err : rejects.writer());
            verdicts.commit();
            if (rejects != null) rejects.commit();
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input", e);
        }
    }

    /** The one-line summary printed to stderr: {@code N lines: V verdicts, R rejects}. */
    static String summary(Counts c, Messages m) {
        return m.get("cli.lines.summary", c.lines(), c.verdicts(), c.rejects());
    }
}
