package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.stream.SchoolStream;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.Cohort;
import io.kaohe.model.Grade;
import io.kaohe.model.ProgressReport;

class LiaoningSamplesTest {
    static Map<String, String> generated;
    static final Engine ENGINE = Kaohe.pack("liaoning");

    @BeforeAll
    static void generate() { generated = LiaoningSamples.generate(); }

    /** If this fails, the generator or the Liaoning rules changed: run LiaoningSamples and commit the files. */
    @Test
    void theCommittedSamplesAreExactlyWhatTheGeneratorWrites() throws IOException {
        Samples samples = Samples.of("liaoning").orElseThrow();
        assertEquals(Set.of(Samples.TEACHERS, Samples.SCHOOLS, Samples.COHORT, Samples.DEMO), generated.keySet());
        for (var f : generated.entrySet()) {
            try (InputStream in = samples.open(f.getKey())) {
                assertArrayEquals(f.getValue().getBytes(StandardCharsets.UTF_8), in.readAllBytes(), f.getKey()
                        + " drifted from LiaoningSamples: java -cp examples/target/kaohe.jar io.kaohe.examples.LiaoningSamples");
            }
        }
    }

    @Test
    void aSmallCountyWithASpreadOfOutcomesAndThreeRejects() {
        Samples samples = Samples.of("liaoning").orElseThrow();
        var parsed = TeacherStream.parseAll(samples.open(Samples.TEACHERS));
        Set<Grade> grades = EnumSet.noneOf(Grade.class);
        int rejects = 0;
        for (var p : parsed) {
            if (p.ok() && ENGINE.validate(p.value()).isEmpty()) grades.add(ENGINE.assess(p.value()).grade());
            else rejects++;
        }
        assertEquals(EnumSet.allOf(Grade.class), grades);
        assertEquals(3, rejects);
        assertTrue(parsed.size() >= 100 && parsed.size() <= 203, "100–200 teachers: " + parsed.size());

        StringWriter verdicts = new StringWriter();
        var counts = SchoolStream.assess(ENGINE, samples.open(Samples.SCHOOLS), verdicts, new StringWriter());
        assertTrue(counts.verdicts() >= 4 && counts.verdicts() <= 6, "4–6 schools");
        assertTrue(verdicts.toString().contains("\"grade\":\"PASS\""), "a school passes");
        assertTrue(verdicts.toString().contains("\"grade\":\"FAIL\""), "a school fails");

        LocalDate asOf = samples.asOf();
        Cohort cohort = KaoheJson.MAPPER.readValue(samples.open(Samples.COHORT), Cohort.class);
        ProgressReport r = ENGINE.progress(cohort, asOf);
        assertTrue(!asOf.isBefore(LocalDate.of(2023, 7, 1)) && !asOf.isAfter(LocalDate.of(2023, 11, 30)), "inside the cycle");
        assertEquals(counts.verdicts(), r.schools().size());
        assertEquals(cohort.schools().size(), cohort.plans().size(), "every school's plans are in the cohort");
    }
}
