package io.kaohe.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;

/**
 * The sample data bundled for a pack, found by the pack's name: resources
 * {@code io/kaohe/examples/samples/<pack>/} holding {@code teachers.jsonl} and optionally
 * {@code schools.jsonl}, {@code cohort.json} and {@code demo.properties} ({@code asOf}: the date the
 * demo reports progress at). Adding such a folder is all a new pack needs to appear in {@code kaohe demo}.
 */
final class Samples {
    static final String TEACHERS = "teachers.jsonl";
    static final String SCHOOLS = "schools.jsonl";
    static final String COHORT = "cohort.json";
    static final String DEMO = "demo.properties";

    private final String pack;

    private Samples(String pack) { this.pack = pack; }

    static Optional<Samples> of(String pack) {
        Samples s = new Samples(pack);
        return s.has(TEACHERS) ? Optional.of(s) : Optional.empty();
    }

    boolean has(String file) { return Samples.class.getResource(resource(file)) != null; }

    InputStream open(String file) {
        InputStream in = Samples.class.getResourceAsStream(resource(file));
        if (in == null) throw new IllegalStateException("sample " + resource(file) + " is not bundled");
        return in;
    }

    /** The date the demo reports progress at. */
    LocalDate asOf() {
        Properties p = new Properties();
        try (InputStream in = open(DEMO)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return LocalDate.parse(p.getProperty("asOf"));
    }

    String resource(String file) { return "samples/" + pack + "/" + file; }
}
