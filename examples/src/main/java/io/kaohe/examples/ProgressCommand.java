package io.kaohe.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import io.kaohe.CohortReader;
import io.kaohe.Engine;
import io.kaohe.examples.report.CsvTables;
import io.kaohe.examples.report.Labels;
import io.kaohe.examples.report.ReportExtras;
import io.kaohe.examples.report.Texts;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.i18n.Messages;
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

    @Option(names = "--xlsx", paramLabel = "FILE", description = "also an Excel workbook: summary, batches, schools, school scores, teachers needing action")
    Path xlsx;

    @Option(names = "--codes", description = "CSV values as the JSON codes (IN_PROGRESS, 0.7692) instead of words and percentages, for machines")
    boolean codes;

    @Option(names = "--schools", paramLabel = "FILE", description = "school verdicts (kaohe schools --out): each school's form score in the reports")
    Path schools;

    @Option(names = "--names", description = "teachers' names in the list of teachers needing action (personal data: off by default)")
    boolean names;

    @Override
    public Integer call() {
        var texts = lang.texts();
        ProgressJob.distinct(in, out, html, csv, xlsx, schools);
        var input = Inputs.open(in, "--in");
        var scores = schools == null ? null : SchoolScores.read(schools, "--schools");
        // every output opened (its path checked) before the work, all committed together at the end
        try (Outputs outputs = new Outputs()) {
            AtomicFile report = outputs.open(out, "--out");
            AtomicFile page = outputs.open(html, "--html");
            AtomicFile table = outputs.open(csv, "--csv");
            AtomicFile book = outputs.open(xlsx, "--xlsx");
            Engine engine = pack.engine(null);
            ProgressReport r;
            long teachers;
            Map<String, String> contacts;
            // streamed: each teacher read, assessed, counted and dropped (memory does not grow with the teachers)
            try (CohortReader cohort = ProgressJob.open(input, in.toString())) {
                r = ProgressJob.report(engine, cohort, asOf, in.toString());
                teachers = cohort.teachersRead();
                contacts = ProgressJob.contacts(cohort.schools());
            }
            // the names of the teachers needing action only (a second pass over the cohort, only when asked for)
            Map<String, String> teacherNames = names ? ProgressJob.names(in, r.actions()) : Map.of();
            ReportExtras extras = new ReportExtras(scores, teacherNames, contacts);
            Messages reports = Texts.of(lang.reports());
            String title = PackEngine.info(engine).title();
            ProgressJob.json(r, report.writer());
            if (page != null) ProgressJob.html(engine, r, page.writer(), lang.reports(), extras);
            if (table != null) CsvTables.schools(r, Labels.of(reports, codes), table.writer());
            if (book != null) XlsxJob.progress(r, title, extras, book.stream(), reports);
            outputs.commit();
            var err = spec.commandLine().getErr();
            err.println(texts.get("cli.progress.done", r.schools().size(), teachers, asOf, out));
            for (Path p : new Path[] {html, csv, xlsx}) if (p != null) err.println(texts.get("cli.written", p));
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
