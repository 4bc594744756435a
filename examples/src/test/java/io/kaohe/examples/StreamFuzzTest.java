package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.json.KaoheJson;
import io.kaohe.json.Parsed;
import io.kaohe.json.SchoolStream;
import io.kaohe.json.TeacherStream;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.TeacherDossier;

/**
 * Property-based fuzzing (QuickTheories, fixed seed, bounded tries): random damage to valid sample files
 * ({@link Mutations}) never throws out of the reader or the stream, never loses a line, and never gives a
 * verdict for a line it rejected. The counts are printed (and kept in target/test-outputs/fuzz-counts.txt).
 */
class StreamFuzzTest {
    private static final long SEED = 20221120L;
    private static final int FILES = 150;
    private static final Engine ENGINE = Cli.shandong();
    private static final StringBuilder COUNTS = new StringBuilder();
    private static final StringBuilder OUTPUTS = new StringBuilder();

    @Test
    void teacherFilesNeverLoseALine() {
        List<String> pool = Cli.sampleLines(Samples.TEACHERS).stream().filter(l -> l.startsWith("{\"teacher\"") && valid(l)).toList();
        Tally t = new Tally();
        qt().withFixedSeed(SEED).withExamples(FILES).withShrinkCycles(20).forAll(longs().all()).checkAssert(seed -> {
            byte[] file = Mutations.file(pool, 6, new Random(seed));
            StringWriter verdicts = new StringWriter();
            StringWriter rejects = new StringWriter();
            TeacherStream.Counts c = TeacherStream.assess(ENGINE, new ByteArrayInputStream(file), verdicts, rejects);
            List<Parsed<TeacherDossier>> parsed = TeacherStream.readAll(new ByteArrayInputStream(file));
            t.add(file, c.lines(), c.rejects(), check(file, c, verdicts, rejects, parsed, d -> d.teacher().id(), "teacherId"));
        });
        COUNTS.append(t.report("teacher lines"));
    }

    @Test
    void schoolFilesNeverLoseALine() {
        List<String> pool = Cli.sampleLines(Samples.SCHOOLS);
        Tally t = new Tally();
        qt().withFixedSeed(SEED + 1).withExamples(FILES).withShrinkCycles(20).forAll(longs().all()).checkAssert(seed -> {
            byte[] file = Mutations.file(pool, 6, new Random(seed));
            StringWriter verdicts = new StringWriter();
            StringWriter rejects = new StringWriter();
            TeacherStream.Counts c = SchoolStream.assess(ENGINE, new ByteArrayInputStream(file), verdicts, rejects);
            List<Parsed<SchoolDossier>> parsed = readSchools(file);
            t.add(file, c.lines(), c.rejects(), check(file, c, verdicts, rejects, parsed, d -> d.school().id(), "schoolId"));
        });
        COUNTS.append(t.report("school lines"));
    }

    @AfterAll
    static void report() {
        System.out.print(COUNTS);
        TestOutputs.keep("fuzz", "fuzz-counts.txt", COUNTS.toString());
        TestOutputs.keep("fuzz", "fuzz-outputs.jsonl", OUTPUTS.toString());
    }

    /**
     * The invariants; returns the lines lost (always 0, or the assertion fails first): lines = verdicts + rejects,
     * one reject per line, and the verdicts are exactly the lines not rejected, each one a line that reads as a record.
     */
    private static <T> long check(byte[] file, TeacherStream.Counts c, StringWriter verdicts, StringWriter rejects,
                                  List<Parsed<T>> parsed, Function<T, String> id, String idField) {
        List<String> v = verdicts.toString().lines().toList();
        List<String> rj = rejects.toString().lines().toList();
        assertEquals(MatrixAssert.inputLines(file), c.lines(), "every line read");
        assertEquals(c.lines(), c.verdicts() + c.rejects(), "lines = verdicts + rejects");
        assertEquals(c.verdicts(), v.size());
        assertEquals(c.rejects(), rj.size());
        Set<Long> rejected = new HashSet<>();
        for (String r : rj) {
            var node = KaoheJson.MAPPER.readTree(r);
            assertTrue(rejected.add(node.get("line").asLong()), "one reject per line");
            assertTrue(node.get("error").asString().contains(": "), "a reject names a field: " + r);
        }
        int k = 0;
        for (Parsed<T> p : parsed) {
            if (rejected.contains(p.line())) continue;
            assertTrue(p.ok(), "a verdict only for a line that reads as a record");
            assertNotNull(id.apply(p.value()));
            assertEquals(id.apply(p.value()), KaoheJson.MAPPER.readTree(v.get(k++)).get(idField).asString(), "verdicts in line order");
        }
        assertEquals(v.size(), k, "no verdict without its line");
        MatrixAssert.noPersonalData(verdicts + "\n" + rejects);
        // kept, so that the personal-data scan of the build (PersonalDataScan, in bench's verify) reads them too
        synchronized (OUTPUTS) {
            if (OUTPUTS.length() < 4_000_000) OUTPUTS.append(verdicts).append(rejects);
        }
        return c.lines() - c.verdicts() - c.rejects();
    }

    private static List<Parsed<SchoolDossier>> readSchools(byte[] file) {
        List<Parsed<SchoolDossier>> out = new java.util.ArrayList<>();
        var parser = io.kaohe.json.LineParser.schools();
        try (var lines = new io.kaohe.json.ByteLines(new ByteArrayInputStream(file))) {
            for (var l = lines.next(); l != null; l = lines.next()) out.add(parser.parse(l));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static boolean valid(String line) {
        try {
            return ENGINE.validate(KaoheJson.read(line, TeacherDossier.class)).isEmpty();
        } catch (tools.jackson.core.JacksonException e) {
            return false;   // the sample's deliberately bad lines
        }
    }

    /** Inputs tried, lines, lines rejected, lines lost. */
    private static final class Tally {
        final AtomicLong files = new AtomicLong();
        final AtomicLong lines = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final AtomicLong lost = new AtomicLong();

        void add(byte[] file, long l, long r, long lostHere) {
            files.incrementAndGet();
            lines.addAndGet(l);
            rejected.addAndGet(r);
            lost.addAndGet(lostHere);
        }

        String report(String what) {
            return String.format("fuzz %s (seed %d): %d files tried, %d lines, %d rejected, %d verdicts, %d lost%n", what, SEED,
                    files.get(), lines.get(), rejected.get(), lines.get() - rejected.get() - lost.get(), lost.get());
        }
    }
}
