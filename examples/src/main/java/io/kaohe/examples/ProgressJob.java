package io.kaohe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.kaohe.Engine;
import io.kaohe.examples.report.CsvTables;
import io.kaohe.examples.report.ProgressHtml;
import io.kaohe.examples.report.TeacherActions;
import io.kaohe.examples.report.Texts;
import io.kaohe.json.KaoheJson;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Reads a cohort file and writes its progress report: pretty JSON (one document people read), HTML, CSV. */
final class ProgressJob {
    private ProgressJob() {}

    /** A cohort file all of whose teachers must be readable (the bundled samples); {@link #readFile} for any other. */
    static Cohort read(InputStream in, String source) {
        CohortFile file = readFile(in, source);
        if (!file.unreadable().isEmpty()) {
            throw new CliException(ExitCodes.USAGE, source + ": " + file.unreadable().values().iterator().next().error());
        }
        return file.cohort();
    }

    /**
     * Reads a cohort file: a document that is not JSON, or a cohort whose own fields do not bind, is a usage error
     * naming the line and field; a teacher that does not bind is a reject of the report.
     *
     * @param source how to name the input in an error message
     */
    static CohortFile readFile(InputStream in, String source) {
        // streamed: neither the text nor the tree of the whole document is held, only each teacher's record once bound
        try (JsonParser parser = KaoheJson.MAPPER.createParser(new Utf8Check(in, source))) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) throw CliException.of(ExitCodes.USAGE, "cli.cohort.empty", source);
                if (first != JsonToken.START_OBJECT) throw CliException.of(ExitCodes.USAGE, "cli.cohort.notObject", source);
                return CohortFile.read(parser);
            } catch (CohortFile.Unbound u) {
                // a cohort field that does not bind is named with the value the file gives it
                throw error(source, u.cause, parser, KaoheJson.describe(u.cause, u.tree));
            } catch (JacksonException e) {
                throw error(source, e, parser, KaoheJson.describe(e, parser));
            }
        }
    }

    private static CliException error(String source, JacksonException e, JsonParser parser, Object what) {
        var at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return new CliException(ExitCodes.USAGE, source + (at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr()) + ": " + what);
    }

    /** The HTML report of a progress report ({@code --html}). */
    static void html(Engine engine, Cohort cohort, ProgressReport report, Path file, Locale locale) {
        text(file, "--html", w -> html(engine, cohort, report, w, locale));
    }

    static void html(Engine engine, Cohort cohort, ProgressReport report, Writer w, Locale locale) throws IOException {
        var actions = TeacherActions.of(engine, cohort, report, locale);
        w.write(ProgressHtml.render(report, engine.info().title(), actions, Texts.of(locale)));
    }

    /** The school summary of a progress report as CSV ({@code --csv}). */
    static void csv(ProgressReport report, Path file, Locale locale) {
        text(file, "--csv", w -> CsvTables.schools(report, Texts.of(locale), w));
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

    static ProgressReport write(Engine engine, Cohort cohort, LocalDate asOf, Path out) {
        return write(engine, CohortFile.of(cohort), asOf, out);
    }

    /** The report of the teachers that were read, with a reject for each one that was not. */
    static ProgressReport write(Engine engine, CohortFile cohort, LocalDate asOf, Path out) {
        ProgressReport report = report(engine, cohort, asOf);
        text(out, "--out", w -> json(report, w));
        return report;
    }

    static ProgressReport report(Engine engine, CohortFile cohort, LocalDate asOf) {
        return cohort.merge(engine.progress(cohort.cohort(), asOf));
    }

    /** The report as pretty JSON and a line break. */
    static void json(ProgressReport report, Writer w) throws IOException {
        w.write(KaoheJson.PRETTY.writeValueAsString(report));
        w.write('\n');
    }
}
