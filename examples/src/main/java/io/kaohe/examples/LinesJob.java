package io.kaohe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.kaohe.internal.stream.LineOutput;
import io.kaohe.internal.stream.SchoolStream;
import io.kaohe.Engine;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.internal.stream.TeacherStream.Counts;

/**
 * Runs a JSON Lines assessment (teachers or schools) into output files that appear only when the run
 * completes. Rejects go to their own file, or to stderr when none is named.
 */
final class LinesJob {
    private LinesJob() {}

    /** A stream assessment: {@link TeacherStream#assess} or {@link SchoolStream#assess}. */
    @FunctionalInterface
    interface Assessment {
        Counts run(Engine engine, InputStream in, LineOutput verdicts, LineOutput rejects);
    }

    static Counts run(Assessment assessment, Engine engine, InputStream in, Path out, Path errors, PrintWriter err) {
        try (Outputs outputs = new Outputs()) {
            Counts counts = write(assessment, engine, in, outputs.open(out, "--out"), outputs.open(errors, "--errors"), err);
            outputs.commit();
            return counts;
        }
    }

    /** Runs into files opened (not committed) by the caller; rejects to {@code err} when {@code rejects} is null. */
    static Counts write(Assessment assessment, Engine engine, InputStream in, AtomicFile verdicts, AtomicFile rejects,
                        PrintWriter err) {
        try (InputStream input = in) {
            // the files as bytes: a verdict is encoded once, as it is rendered (issue 17)
            return assessment.run(engine, input, LineOutput.of(verdicts.stream()),
                    rejects == null ? LineOutput.of(err) : LineOutput.of(rejects.stream()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input", e);
        }
    }

    /** The one-line summary printed to stderr: {@code N lines: V verdicts, R rejects}. */
    static String summary(Counts c, Messages m) {
        return m.get("cli.lines.summary", c.lines(), c.verdicts(), c.rejects());
    }
}
