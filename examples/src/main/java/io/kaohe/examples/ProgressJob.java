package io.kaohe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import io.kaohe.CohortFormatException;
import io.kaohe.CohortReader;
import io.kaohe.Cohorts;
import io.kaohe.Engine;
import io.kaohe.examples.report.CsvTables;
import io.kaohe.examples.report.Labels;
import io.kaohe.examples.report.ReportExtras;
import io.kaohe.examples.report.ProgressHtml;
import io.kaohe.examples.report.Texts;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.privacy.Mask;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.Reject;
import io.kaohe.model.School;
import io.kaohe.model.TeacherAction;
import io.kaohe.model.TeacherDossier;

/** Reads a cohort file (with core's {@link Cohorts#read}) and writes its progress report: pretty JSON (one document people read), HTML, CSV. */
final class ProgressJob {
    private ProgressJob() {}

    /** A cohort file all of whose teachers must be readable (the bundled samples); {@link #open} for any other. */
    static Cohort read(InputStream in, String source) {
        try (CohortReader r = open(in, source)) {
            List<TeacherDossier> all = new ArrayList<>();
            Reject unreadable = null;
            for (var it = r.teachers(); it.hasNext(); ) {
                var e = it.next();
                if (e.unreadable() != null && unreadable == null) unreadable = e.unreadable();
                all.add(e.dossier());
            }
            Cohort cohort = new Cohort(r.county(), r.schools(), all, r.seed(), r.plans());
            if (unreadable != null) throw new CliException(ExitCodes.USAGE, source + ": " + unreadable.error());
            return cohort;
        } catch (CohortFormatException e) {
            throw error(source, e);
        }
    }

    /**
     * Opens a cohort file to stream ({@link Cohorts#read}): a document that is not JSON, or a cohort whose own fields
     * do not bind, is a usage error naming the line and field (met here or while the teachers are walked:
     * {@link #report}); a teacher that does not bind is a reject of the report.
     *
     * @param source how to name the input in an error message
     */
    static CohortReader open(InputStream in, String source) {
        try {
            return Cohorts.read(new Utf8Check(in, source));
        } catch (CohortFormatException e) {
            throw error(source, e);
        }
    }

    /** The progress of a streamed cohort: one pass, each teacher assessed and dropped. */
    static ProgressReport report(Engine engine, CohortReader cohort, LocalDate asOf, String source) {
        try {
            return engine.progress(cohort, asOf);
        } catch (CohortFormatException e) {
            throw error(source, e);
        }
    }

    private static CliException error(String source, CohortFormatException e) {
        return switch (e.problem()) {
            case EMPTY -> CliException.of(ExitCodes.USAGE, "cli.cohort.empty", source);
            case NOT_AN_OBJECT -> CliException.of(ExitCodes.USAGE, "cli.cohort.notObject", source);
            case INVALID -> new CliException(ExitCodes.USAGE, source + (e.line() < 1 ? "" : ":" + e.line()) + ": " + e.error());
        };
    }

    /** The HTML report of a progress report ({@code --html}). */
    static void html(Engine engine, ProgressReport report, Path file, Locale locale, ReportExtras extras) {
        text(file, "--html", w -> html(engine, report, w, locale, extras));
    }

    /** The HTML report; it lists the teachers needing action that the report itself found ({@link ProgressReport#actions}). */
    static void html(Engine engine, ProgressReport report, Writer w, Locale locale, ReportExtras extras) throws IOException {
        w.write(ProgressHtml.render(report, PackEngine.info(engine).title(), Texts.of(locale), extras));
    }

    /** The school summary of a progress report as CSV ({@code --csv}). */
    static void csv(ProgressReport report, Path file, Locale locale) {
        text(file, "--csv", w -> CsvTables.schools(report, Labels.of(Texts.of(locale)), w));
    }

    /** School ID → whom to contact, for the schools of the cohort that give one. */
    static Map<String, String> contacts(List<School> schools) {
        Map<String, String> out = new LinkedHashMap<>();
        for (School s : schools) if (s.id() != null && s.contact() != null && !s.contact().isBlank()) out.put(Mask.scrub(s.id()), s.contact());
        return out;
    }

    /**
     * The names of the teachers needing action (masked teacher ID → name), read in a second pass over the cohort file:
     * the report's pass keeps no dossier. Only for {@code --names}: a name is personal data.
     */
    static Map<String, String> names(Path cohortFile, List<TeacherAction> actions) {
        Set<String> wanted = new HashSet<>();
        for (TeacherAction a : actions) wanted.add(a.teacherId());
        Map<String, String> out = new LinkedHashMap<>();
        if (wanted.isEmpty()) return out;
        try (CohortReader r = open(Inputs.open(cohortFile, "--in"), cohortFile.toString())) {
            for (var it = r.teachers(); it.hasNext(); ) {
                TeacherDossier d = it.next().dossier();
                if (d == null || d.teacher() == null || d.teacher().name() == null) continue;
                String id = Mask.scrub(d.teacher().id());
                if (wanted.contains(id)) out.putIfAbsent(id, d.teacher().name());
            }
        } catch (CohortFormatException e) {
            throw error(cohortFile.toString(), e);
        }
        return out;
    }

    /** Output options naming the same file would overwrite each other: a usage error. */
    static void distinct(Path... files) {
        Set<Path> seen = new HashSet<>();
        for (Path f : files) {
            if (f != null && !seen.add(f.toAbsolutePath().normalize())) throw CliException.of(ExitCodes.USAGE, "cli.files.same", f);
        }
    }

    /** What writes the content of a text file. */
    @FunctionalInterface
    interface Content {
        void write(Writer w) throws IOException;
    }

    /** Writes a file atomically: complete or not at all. */
    static void text(Path file, String option, Content content) {
        try (AtomicFile f = AtomicFile.create(file, option)) {
            content.write(f.writer());
            f.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** What writes the content of a binary file. */
    @FunctionalInterface
    interface Bytes {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** Writes a binary file (a workbook) atomically: complete or not at all. */
    static void bytes(Path file, String option, Bytes content) {
        try (AtomicFile f = AtomicFile.create(file, option)) {
            content.write(f.stream());
            f.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static ProgressReport write(Engine engine, Cohort cohort, LocalDate asOf, Path out) {
        ProgressReport report = engine.progress(cohort, asOf);
        text(out, "--out", w -> json(report, w));
        return report;
    }

    /** The report as pretty JSON and a line break. */
    static void json(ProgressReport report, Writer w) throws IOException {
        w.write(KaoheJson.PRETTY.writeValueAsString(report));
        w.write('\n');
    }
}
