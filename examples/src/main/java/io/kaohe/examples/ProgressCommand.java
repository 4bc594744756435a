package io.kaohe.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.kaohe.model.ProgressReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaohe progress}: a county cohort's progress per batch and school as of a date. */
@Command(name = "progress", description = "Report a cohort's progress (per batch, per school) as of a date.")
final class ProgressCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "cohort: county, schools, teachers (JSON)")
    Path in;

    @Option(names = "--as-of", required = true, paramLabel = "yyyy-MM-dd", description = "the date to report progress at")
    LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "progress report (JSON)")
    Path out;

    @Option(names = "--html", paramLabel = "FILE", description = "HTML report (not available yet)")
    Path html;

    @Override
    public Integer call() {
        if (html != null) throw new CliException(ExitCodes.USAGE, "--html: HTML reports are not available yet; use --out for JSON");
        CohortFile cohort = ProgressJob.readFile(Inputs.open(in, "--in"), in.toString());
        ProgressReport report = ProgressJob.write(pack.engine(null), cohort, asOf, out);
        spec.commandLine().getErr().println("progress of " + report.schools().size() + " schools, "
                + (cohort.cohort().teachers().size() + cohort.unreadable().size()) + " teachers as of " + asOf + " → " + out);
        return ExitCodes.OK;
    }
}
