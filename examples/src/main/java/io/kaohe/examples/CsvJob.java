package io.kaohe.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

import io.kaohe.Engine;
import io.kaohe.examples.report.CsvTables;
import io.kaohe.examples.report.Labels;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.TeacherVerdict;

/**
 * {@code --csv} of {@code kaohe assess}: the verdicts file just written, as CSV (read back one line at a time), each
 * row with its teacher's school (read from the input beside it: {@link InputSchools}).
 */
final class CsvJob {
    private CsvJob() {}

    static void verdicts(Path verdictsJsonl, InputStream input, Engine engine, Path csv, Labels labels) {
        try (AtomicFile f = AtomicFile.create(csv, "--csv")) {
            verdicts(verdictsJsonl, input, engine, f.writer(), labels);
            f.commit();
        }
    }

    /** Writes the CSV of a verdicts file into {@code csv} (not closed). */
    static void verdicts(Path verdictsJsonl, InputStream input, Engine engine, Writer csv, Labels labels) {
        read(verdictsJsonl, input, engine, (verdicts, schools) -> {
            CsvTables.verdicts(verdicts, schools, labels, csv);
            return null;
        });
    }

    /** What is done with the verdicts of a file and the school of each. */
    @FunctionalInterface
    interface Reading<T> {
        T apply(Iterable<TeacherVerdict> verdicts, Function<TeacherVerdict, String> schools);
    }

    /** Reads a verdicts file one line at a time, with the schools of the teachers from the input it was made of. */
    static <T> T read(Path verdictsJsonl, InputStream input, Engine engine, Reading<T> reading) {
        try (BufferedReader in = Files.newBufferedReader(verdictsJsonl, StandardCharsets.UTF_8);
             InputSchools schools = new InputSchools(input, engine)) {
            Iterable<TeacherVerdict> verdicts = () -> new Lines(in);
            return reading.apply(verdicts, schools);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back " + verdictsJsonl, e);
        }
    }

    /** The verdicts of a JSON Lines file, skipping blank lines. */
    private static final class Lines implements Iterator<TeacherVerdict> {
        private final BufferedReader in;
        private String next;

        Lines(BufferedReader in) {
            this.in = in;
            advance();
        }

        private void advance() {
            try {
                do next = in.readLine(); while (next != null && next.isBlank());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() { return next != null; }

        @Override
        public TeacherVerdict next() {
            if (next == null) throw new NoSuchElementException();
            TeacherVerdict v = KaoheJson.read(next, TeacherVerdict.class);
            advance();
            return v;
        }
    }
}
