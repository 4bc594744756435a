package io.kaohe.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

import io.kaohe.examples.report.CsvTables;
import io.kaohe.examples.report.Texts;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.TeacherVerdict;

/** {@code --csv} of {@code kaohe assess}: the verdicts file just written, as CSV (read back one line at a time). */
final class CsvJob {
    private CsvJob() {}

    static void verdicts(Path verdictsJsonl, Path csv, Locale locale) {
        try (AtomicFile f = AtomicFile.create(csv, "--csv")) {
            verdicts(verdictsJsonl, f.writer(), locale);
            f.commit();
        }
    }

    /** Writes the CSV of a verdicts file into {@code csv} (not closed). */
    static void verdicts(Path verdictsJsonl, java.io.Writer csv, Locale locale) {
        try (BufferedReader in = Files.newBufferedReader(verdictsJsonl, StandardCharsets.UTF_8)) {
            Iterable<TeacherVerdict> verdicts = () -> new Lines(in);
            CsvTables.verdicts(verdicts, Texts.of(locale), csv);
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
