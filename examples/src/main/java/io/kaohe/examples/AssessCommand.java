package io.kaohe.examples;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.kaohe.internal.stream.TeacherStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kaohe assess}: teacher dossiers in, verdicts and rejects out, streaming. Rejects of bad input do not change
 * the exit status; a dossier rejected because a rule failed on it does (1: the rules are at fault).
 */
@Command(name = "assess", description = "Assess teacher dossiers (JSON Lines), one verdict per valid line.")
final class AssessCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Mixin
    LinesOptions files;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "edited rule and parameter files laid over the pack's")
    Path rulesDir;

    @Option(names = "--csv", paramLabel = "FILE", description = "also the verdicts as CSV (UTF-8 with BOM, opens in Excel), with each teacher's school")
    Path csv;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "also the verdicts as an Excel workbook (streamed: any number of rows)")
    Path xlsx;

    @Option(names = "--codes", description = "CSV values as the JSON codes (PASS, true, 0.7692) instead of words and percentages, for machines")
    boolean codes;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per processor, ${DEFAULT-VALUE}); the output is the same whatever N")
    int threads = TeacherStream.defaultThreads();

    @Override
    public Integer call() {
        if (threads < 1) throw CliException.of(ExitCodes.USAGE, "cli.option.atLeastOne", "--threads", threads);
        ProgressJob.distinct(files.in, csv, xlsx);
        ProgressJob.distinct(files.out, csv, xlsx);
        ProgressJob.distinct(files.errors, csv, xlsx);
        return files.run((engine, in, verdicts, rejects) -> TeacherStream.assess(engine, in, verdicts, rejects, threads),
                () -> pack.engine(rulesDir), spec.commandLine().getErr(), csv, xlsx, codes);
    }
}
