package io.kaohe.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.kaohe.examples.report.Labels;
import io.kaohe.examples.report.ReportExtras;
import io.kaohe.examples.report.Texts;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.stream.SchoolStream;
import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.internal.stream.TeacherStream.Counts;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.School;
import io.kaohe.model.SchoolVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kaohe demo}: every installed pack that has bundled samples assesses its sample teachers,
 * schools and cohort; outputs (JSON Lines, the progress report as JSON and HTML with the schools' form
 * scores, CSV tables, one Excel workbook of it all) go to a directory and a readable summary to stdout.
 */
@Command(name = "demo", description = "Assess the bundled sample cohorts of every installed pack and summarise.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "kaohe-demo-out",
            description = "where to write the outputs (default: ${DEFAULT-VALUE})")
    Path outDir;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Messages texts = lang.texts();
        int shown = 0;
        for (String pack : Kaohe.packs()) {
            Optional<Samples> samples = Samples.of(pack);
            if (samples.isEmpty()) {
                out.println(texts.get("demo.noSamples", pack));
                continue;
            }
            run(Kaohe.pack(pack), samples.get(), new DemoReport(out, texts));
            shown++;
        }
        if (shown == 0) out.println(texts.get("demo.none"));
        return ExitCodes.OK;
    }

    private void run(Engine engine, Samples samples, DemoReport report) {
        Path dir = directory(outDir.resolve(engine.pack()));
        PrintWriter err = spec.commandLine().getErr();
        List<Path> written = new ArrayList<>();
        report.line(lang.texts().get("demo.pack", engine.pack(), PackEngine.info(engine).title()));
        report.line(lang.texts().get("demo.policy", engine.policyVersion()));

        Path verdicts = dir.resolve("verdicts.jsonl");
        Path rejects = dir.resolve("rejects.jsonl");
        Counts teachers = LinesJob.run(TeacherStream::assess, engine, samples.open(Samples.TEACHERS), verdicts, rejects, err);
        Path verdictsCsv = dir.resolve("verdicts.csv");
        Messages reports = Texts.of(lang.reports());
        CsvJob.verdicts(verdicts, samples.open(Samples.TEACHERS), engine, verdictsCsv, Labels.of(reports));
        written.addAll(List.of(verdicts, rejects, verdictsCsv));
        report.teachers(teachers, verdicts, rejects, PackEngine.info(engine).clauses());

        Cohort cohort = samples.has(Samples.COHORT) ? ProgressJob.read(samples.open(Samples.COHORT), samples.resource(Samples.COHORT)) : null;
        Map<String, SchoolVerdict> scores = Map.of();
        if (samples.has(Samples.SCHOOLS)) {
            Path schoolVerdicts = dir.resolve("school-verdicts.jsonl");
            Path schoolRejects = dir.resolve("school-rejects.jsonl");
            Counts schools = LinesJob.run(SchoolStream::assess, engine, samples.open(Samples.SCHOOLS), schoolVerdicts, schoolRejects, err);
            written.addAll(List.of(schoolVerdicts, schoolRejects));
            report.schools(schools, schoolVerdicts, schoolRejects, names(cohort));
            scores = SchoolScores.read(schoolVerdicts, "school-verdicts.jsonl");
        }
        ProgressReport p = null;
        ReportExtras extras = ReportExtras.NONE;
        String title = PackEngine.info(engine).title();
        if (cohort != null) {
            Path progress = dir.resolve("progress.json");
            p = ProgressJob.write(engine, cohort, samples.asOf(), progress);
            report.progress(p);
            // names are personal data: the demo shows none, as kaohe progress without --names
            extras = new ReportExtras(scores, Map.of(), ProgressJob.contacts(cohort.schools()));
            Path html = dir.resolve("progress.html");
            Path schoolsCsv = dir.resolve("schools.csv");
            ProgressJob.html(engine, p, html, lang.reports(), extras);
            ProgressJob.csv(p, schoolsCsv, lang.reports());
            written.addAll(List.of(progress, html, schoolsCsv));
        }
        Path workbook = dir.resolve("workbook.xlsx");
        ProgressReport progress = p;
        ReportExtras x = extras;
        ProgressJob.bytes(workbook, "--out",
                out -> XlsxJob.demo(progress, title, x, verdicts, samples.open(Samples.TEACHERS), engine, out, reports));
        written.add(workbook);
        report.written(written);
    }

    private static Map<String, String> names(Cohort cohort) {
        Map<String, String> names = new LinkedHashMap<>();
        if (cohort != null) for (School s : cohort.schools()) names.put(s.id(), s.name() == null ? "" : s.name());
        return names;
    }

    private static Path directory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
