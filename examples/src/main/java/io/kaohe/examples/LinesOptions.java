package io.kaohe.examples;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

import io.kaohe.Engine;
import io.kaohe.examples.report.Labels;
import io.kaohe.examples.report.Texts;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.stream.TeacherStream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --in}, {@code --out}, {@code --errors} (and {@code --lang}): the files of a JSON Lines command (assess, schools). */
final class LinesOptions {
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "input, JSON Lines (UTF-8)")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "verdicts, JSON Lines")
    Path out;

    @Option(names = "--errors", paramLabel = "FILE", description = "rejected lines, JSON Lines (default: stderr)")
    Path errors;

    @Mixin
    LangOption lang;

    /**
     * Opens the input first (a missing file is reported before the rules are loaded), then runs; prints the summary.
     *
     * @return the exit status: {@link ExitCodes#FAILURES} when a rule failed on a record (that record is a reject), else OK
     */
    int run(LinesJob.Assessment assessment, Supplier<Engine> engine, PrintWriter err) {
        return run(assessment, engine, err, null, null, false);
    }

    /**
     * As {@link #run(LinesJob.Assessment, Supplier, PrintWriter)}, with {@code --csv} and {@code --xlsx} of the verdicts
     * when given ({@code codes}: the CSV's values as JSON codes). Every output is opened before the work starts and all
     * are committed together at the end.
     */
    int run(LinesJob.Assessment assessment, Supplier<Engine> engine, PrintWriter err, Path csv, Path xlsx, boolean codes) {
        if (same(in, out) || same(in, errors) || same(out, errors)) {
            throw CliException.of(ExitCodes.USAGE, "cli.files.lines");
        }
        InputStream input = Inputs.open(in, "--in");
        try (Outputs outputs = new Outputs()) {
            AtomicFile verdicts = outputs.open(out, "--out");
            AtomicFile rejects = outputs.open(errors, "--errors");
            AtomicFile table = outputs.open(csv, "--csv");
            AtomicFile book = outputs.open(xlsx, "--xlsx");
            Engine used = engine.get();
            TeacherStream.Counts counts = LinesJob.write(assessment, used, input, verdicts, rejects, err);
            if (table != null || book != null) verdicts.finish();
            Messages reports = Texts.of(lang.reports());
            if (table != null) CsvJob.verdicts(verdicts.written(), Inputs.open(in, "--in"), used, table.writer(), Labels.of(reports, codes));
            if (book != null) XlsxJob.verdicts(verdicts.written(), Inputs.open(in, "--in"), used, book.stream(), reports);
            outputs.commit();
            if (counts.ruleFailures() > 0) err.println(lang.texts().get("cli.rules.failed", counts.ruleFailures()));
            err.println(LinesJob.summary(counts, lang.texts()));
            if (csv != null) err.println(lang.texts().get("cli.written", csv));
            if (xlsx != null) err.println(lang.texts().get("cli.written", xlsx));
            return counts.ruleFailures() > 0 ? ExitCodes.FAILURES : ExitCodes.OK;
        }
    }

    private static boolean same(Path a, Path b) {
        return a != null && b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
