package io.kaohe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;

import io.kaohe.Engine;
import io.kaohe.json.ByteLines;
import io.kaohe.json.KaoheJson;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressReport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/** Reads a cohort file and writes its progress report as pretty JSON (one document people read). */
final class ProgressJob {
    private ProgressJob() {}

    /** A cohort file all of whose teachers must be readable (the bundled samples); {@link #readFile} for any other. */
    static Cohort read(InputStream in, String source) {
        CohortFile file = readFile(in, source);
        if (!file.unreadable().isEmpty()) throw new CliException(ExitCodes.USAGE, source + ": " + file.unreadable().get(0).error());
        return file.cohort();
    }

    /**
     * Reads a cohort file: a document that is not JSON, or a cohort whose own fields do not bind, is a usage error
     * naming the line and field; a teacher that does not bind is a reject of the report.
     *
     * @param source how to name the input in an error message
     */
    static CohortFile readFile(InputStream in, String source) {
        String text = text(in, source);
        if (text.isBlank()) throw new CliException(ExitCodes.USAGE, source + ": $: the file is empty (expected a cohort: a JSON object)");
        try (JsonParser parser = KaoheJson.MAPPER.createParser(text)) {
            try {
                JsonNode tree = KaoheJson.MAPPER.readTree(parser);
                if (tree == null || !tree.isObject()) {
                    throw new CliException(ExitCodes.USAGE, source + ": $: expected a cohort (a JSON object)");
                }
                return CohortFile.of(tree);
            } catch (JacksonException e) {
                var at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new CliException(ExitCodes.USAGE, source + (at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr())
                        + ": " + KaoheJson.describe(e, parser));
            }
        }
    }

    /** The file as text, decoded strictly: a line in GBK is an error naming the line, never silently garbled text. */
    private static String text(InputStream in, String source) {
        StringBuilder sb = new StringBuilder();
        try (ByteLines lines = new ByteLines(in)) {
            for (ByteLines.Line l = lines.next(); l != null; l = lines.next()) {
                if (l.error() != null) throw new CliException(ExitCodes.USAGE, source + ":" + l.number() + ": $: " + l.error());
                sb.append(l.text()).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return sb.toString();
    }

    static ProgressReport write(Engine engine, Cohort cohort, LocalDate asOf, Path out) {
        return write(engine, new CohortFile(cohort, java.util.stream.IntStream.range(0, cohort.teachers().size()).toArray(),
                java.util.List.of()), asOf, out);
    }

    /** The report of the teachers that were read, with a reject for each one that was not. */
    static ProgressReport write(Engine engine, CohortFile cohort, LocalDate asOf, Path out) {
        ProgressReport report = cohort.merge(engine.progress(cohort.cohort(), asOf));
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
