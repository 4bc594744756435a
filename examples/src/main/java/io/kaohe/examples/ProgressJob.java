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

/** Reads a cohort file and writes its progress report: pretty JSON (one document people read), HTML, CSV. */
final class ProgressJob {
    private ProgressJob() {}

    /** @param source how to name the input in an error message */
    static Cohort read(InputStream in, String source) {
        try (InputStream input = in) {
            return KaoheJson.MAPPER.readValue(input, Cohort.class);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new CliException(ExitCodes.USAGE, source + (at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr())
                    + ": " + KaoheJson.describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** The HTML report of a progress report ({@code --html}). */
    static void html(Engine engine, Cohort cohort, ProgressReport report, Path file, Locale locale) {
        var actions = TeacherActions.of(engine, cohort, report, locale);
        String page = ProgressHtml.render(report, engine.info().title(), actions, Texts.of(locale));
        text(file, "--html", w -> w.write(page));
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
        ProgressReport report = engine.progress(cohort, asOf);
        text(out, "--out", w -> {
            w.write(KaoheJson.PRETTY.writeValueAsString(report));
            w.write('\n');
        });
        return report;
    }
}
