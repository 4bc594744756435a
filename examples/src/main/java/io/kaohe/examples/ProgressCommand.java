package io.kaohe.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.kaohe.CohortReader;
import io.kaohe.Engine;
import io.kaohe.examples.report.CsvTables;
import io.kaohe.examples.report.Texts;
import io.kaohe.model.ProgressReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaohe progress}: a county cohort's progress per batch and school as of a date. */
@Command(name = "progress", description = "Report a cohort's progress (per batch, per school) as of a date.")
final class ProgressCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Mixin
    LangOption lang;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "cohort: county, schools, teachers (JSON)")
    Path in;

    @Option(names = "--as-of", required = true, paramLabel = "yyyy-MM-dd", description = "the date to report progress at")
    LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "progress report (JSON)")
    Path out;

    @Option(names = "--html", paramLabel = "FILE", description = "also a self-contained HTML report (charts, schools, teachers needing action)")
    Path html;

    @Option(names = "--csv", paramLabel = "FILE", description = "also the school summary as CSV (UTF-8 with BOM, opens in Excel)")
    Path csv;

    @Override
    public Integer call() {
        var texts = lang.texts();
        ProgressJob.distinct(in, out, html, csv);
        var input = Inputs.open(in, "--in");
        // every output opened (its path checked) before the work, all committed together at the end
        try (Outputs outputs = new Outputs()) {
            AtomicFile report = outputs.open(out, "--out");
            AtomicFile page = outputs.open(html, "--html");
            AtomicFile table = outputs.open(csv, "--csv");
            Engine engine = pack.engine(null);
            ProgressReport r;
            long teachers;
            // streamed: each teacher read, assessed, counted and dropped (memory does not grow with the teachers)
            try (CohortReader cohort = ProgressJob.open(input, in.toString())) {
                r = ProgressJob.report(engine, cohort, asOf, in.toString());
                teachers = cohort.teachersRead();
            }
            ProgressJob.json(r, report.writer());
            if (page != null) ProgressJob.html(engine, r, page.writer(), lang.reports());
            if (table != null) CsvTables.schools(r, Texts.of(lang.reports()), table.writer());
            outputs.commit();
            var err = spec.commandLine().getErr();
            err.println(texts.get("cli.progress.done", r.schools().size(), teachers, asOf, out));
            if (html != null) err.println(texts.get("cli.written", html));
            if (csv != null) err.println(texts.get("cli.written", csv));
            long failed = r.rejects().stream().filter(io.kaohe.model.Reject::ruleFailed).count();
            if (failed > 0) {
                err.println(texts.get("cli.rules.failed", failed));
                return ExitCodes.FAILURES;
            }
            return ExitCodes.OK;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the report", e);
        }
    }
}
