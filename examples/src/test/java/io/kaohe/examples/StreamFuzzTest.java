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
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.json.Parsed;
import io.kaohe.internal.stream.SchoolStream;
import io.kaohe.internal.stream.TeacherStream;
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
            List<Parsed<TeacherDossier>> parsed = TeacherStream.readAll(ENGINE, new ByteArrayInputStream(file));
            readAllAgrees(parsed, rejects);
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

    // ---- issue 14: every JSON value type in every position, numbers for names and dates, duplicate keys ----

    /**
     * Every position of a valid line (the line itself, each field, each element) given each JSON value type, null
     * included ({@link Mutations#everyTypeEverywhere}): the stream never throws, lines = verdicts + rejects, and a
     * value of another JSON type than the contract's is never coerced: a line whose text, number or boolean was
     * replaced by a value of another of these types is rejected (before issue 14, {@code "level": 2} was EXCELLENT).
     */
    @Test
    void everyJsonTypeInEveryPositionIsReadOrRejectedNeverCoerced() {
        String teacher = Cli.sampleLines(Samples.TEACHERS).stream().filter(l -> l.startsWith("{\"teacher\"") && valid(l)).findFirst().orElseThrow();
        String school = Cli.sampleLines(Samples.SCHOOLS).get(0);
        COUNTS.append(everyType("teacher", teacher, true)).append(everyType("school", school, false));
    }

    private static String everyType(String what, String line, boolean teachers) {
        List<Mutations.Variant> variants = Mutations.everyTypeEverywhere(line, teachers ? "/teacher/id" : "/school/id");
        StringBuilder file = new StringBuilder();
        for (Mutations.Variant v : variants) file.append(v.line()).append('\n');
        byte[] bytes = file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        TeacherStream.Counts c = teachers ? TeacherStream.assess(ENGINE, new ByteArrayInputStream(bytes), verdicts, rejects)
                : SchoolStream.assess(ENGINE, new ByteArrayInputStream(bytes), verdicts, rejects);
        if (teachers) {
            List<Parsed<TeacherDossier>> read = TeacherStream.readAll(ENGINE, new ByteArrayInputStream(bytes));
            readAllAgrees(read, rejects);
            check(bytes, c, verdicts, rejects, read, d -> d.teacher().id(), "teacherId");
        }
        else check(bytes, c, verdicts, rejects, readSchools(bytes), d -> d.school().id(), "schoolId");
        java.util.Map<Long, String> rejected = new java.util.HashMap<>();
        rejects.toString().lines().map(KaoheJson.MAPPER::readTree).forEach(r -> rejected.put(r.get("line").asLong(), r.get("error").asString()));
        long coercions = 0;
        for (int i = 0; i < variants.size(); i++) {
            Mutations.Variant v = variants.get(i);
            if (!otherScalarType(v.original(), v.value())) continue;
            coercions++;
            String error = rejected.get(i + 1L);
            assertTrue(error != null && !error.contains("duplicate of line"), what + ": " + v.value() + " at " + v.pointer()
                    + " (was " + v.original() + ") must be rejected for it, not coerced: " + error);
        }
        return String.format("fuzz %s, every JSON type in every position: %d lines (%d scalars of another type), %d rejected, %d verdicts%n",
                what, c.lines(), coercions, c.rejects(), c.verdicts());
    }

    /** Text, number and boolean replaced by one of the other two: what Jackson used to coerce. */
    private static boolean otherScalarType(tools.jackson.databind.JsonNode original, tools.jackson.databind.JsonNode value) {
        if (original == null || !original.isValueNode() || original.isNull() || !value.isValueNode() || value.isNull()) return false;
        return original.isString() != value.isString() || original.isNumber() != value.isNumber() || original.isBoolean() != value.isBoolean();
    }

    /**
     * Every number of a valid line given an exponent at the edge of an int ({@link Mutations#edgeExponentsEverywhere}):
     * each such line is rejected, none is lost, the run goes on (1e2147483647 as an amount passed validation, its
     * digits counted in an int, and ended {@code kaohe assess} with an internal error).
     */
    @Test
    void numbersWithExponentsAtAnIntsEdgeAreRejected() {
        String teacher = Cli.sampleLines(Samples.TEACHERS).stream().filter(l -> l.startsWith("{\"teacher\"") && valid(l)).findFirst().orElseThrow();
        List<String> lines = Mutations.edgeExponentsEverywhere(teacher, "/teacher/id");
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        TeacherStream.Counts c = assessedTeachers(bytes, verdicts, rejects);
        assertTrue(lines.size() > 6, "the sample line has numbers");
        assertEquals(lines.size(), c.rejects(), "every number at an exponent's edge is rejected:\n" + verdicts);
    }

    /** A file of teacher lines assessed, checked that no line is lost and that reading alone agrees with it. */
    private static TeacherStream.Counts assessedTeachers(byte[] bytes, StringWriter verdicts, StringWriter rejects) {
        TeacherStream.Counts c = TeacherStream.assess(ENGINE, new ByteArrayInputStream(bytes), verdicts, rejects);
        List<Parsed<TeacherDossier>> read = TeacherStream.readAll(ENGINE, new ByteArrayInputStream(bytes));
        readAllAgrees(read, rejects);
        check(bytes, c, verdicts, rejects, read, d -> d.teacher().id(), "teacherId");
        return c;
    }

    /** Every key of a valid line written twice in its object: each such line is rejected, none is lost. */
    @Test
    void aKeyTwiceInAnObjectIsAlwaysRejected() {
        String teacher = Cli.sampleLines(Samples.TEACHERS).stream().filter(l -> l.startsWith("{\"teacher\"") && valid(l)).findFirst().orElseThrow();
        StringBuilder file = new StringBuilder();
        int keys = Mutations.keys(teacher);
        for (int k = 0; k < keys; k++) {
            String twice = Mutations.duplicateKey(teacher, k, KaoheJson.MAPPER.readTree(teacher).at("/teacher/id"));
            file.append(twice).append('\n');
        }
        byte[] bytes = file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        TeacherStream.Counts c = assessedTeachers(bytes, verdicts, rejects);
        assertEquals(keys, c.rejects(), "every line with a key twice is rejected:\n" + rejects);
        assertTrue(rejects.toString().lines().allMatch(r -> r.contains("duplicate key")), rejects::toString);
        COUNTS.append(String.format("fuzz teacher, each of %d keys twice: %d rejected%n", keys, c.rejects()));
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

    /**
     * TeacherStream.readAll decides every line as TeacherStream.assess did: the same lines ok, the same reject for every
     * other (byte for byte), so a dossier readAll returns is one assess accepts. Only a rule failing is left to assess.
     */
    private static void readAllAgrees(List<Parsed<TeacherDossier>> read, StringWriter rejects) {
        java.util.Map<Long, String> streamed = new java.util.HashMap<>();
        rejects.toString().lines().forEach(r -> streamed.put(KaoheJson.MAPPER.readTree(r).get("line").asLong(), r));
        for (Parsed<TeacherDossier> p : read) {
            String r = streamed.get(p.line());
            if (r != null && r.contains("\"error\":\"$: rule '")) continue;
            assertEquals(r, p.ok() ? null : KaoheJson.line(p.reject()), "line " + p.line() + " as readAll decides it");
        }
    }

    private static List<Parsed<SchoolDossier>> readSchools(byte[] file) {
        List<Parsed<SchoolDossier>> out = new java.util.ArrayList<>();
        var parser = io.kaohe.internal.json.LineParser.schools();
        try (var lines = new io.kaohe.internal.json.ByteLines(new ByteArrayInputStream(file))) {
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
