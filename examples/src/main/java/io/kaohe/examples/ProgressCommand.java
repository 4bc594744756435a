package io.kaohe.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.kaohe.Engine;
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
        CohortFile cohort = ProgressJob.readFile(Inputs.open(in, "--in"), in.toString());
        Engine engine = pack.engine(null);
        ProgressReport report = ProgressJob.write(engine, cohort, asOf, out);
        var err = spec.commandLine().getErr();
        err.println(texts.get("cli.progress.done", report.schools().size(),
                cohort.cohort().teachers().size(), asOf, out));
        if (html != null) {
            ProgressJob.html(engine, cohort.cohort(), report, html, lang.reports());
            err.println(texts.get("cli.written", html));
        }
        if (csv != null) {
            ProgressJob.csv(report, csv, lang.reports());
            err.println(texts.get("cli.written", csv));
        }
        long failed = report.rejects().stream().filter(io.kaohe.model.Reject::ruleFailed).count();
        if (failed > 0) {
            err.println(texts.get("cli.rules.failed", failed));
            return ExitCodes.FAILURES;
        }
        return ExitCodes.OK;
    }
}
