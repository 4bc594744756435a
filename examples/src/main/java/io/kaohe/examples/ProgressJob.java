package io.kaohe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;

import io.kaohe.Engine;
import io.kaohe.json.KaoheJson;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressReport;
import tools.jackson.core.JacksonException;

/** Reads a cohort file and writes its progress report as pretty JSON (one document people read). */
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

    static ProgressReport write(Engine engine, Cohort cohort, LocalDate asOf, Path out) {
        ProgressReport report = engine.progress(cohort, asOf);
        try (AtomicFile file = AtomicFile.create(out, "--out")) {
            file.writer().write(KaoheJson.PRETTY.writeValueAsString(report));
            file.writer().write('\n');
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return report;
    }
}
