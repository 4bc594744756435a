package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.BatchProgress;
import io.kaohe.model.ProgressStatus;
import io.kaohe.model.Cohort;
import io.kaohe.model.Grade;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.Stage;

class HunanSamplesTest {
    static Map<String, String> generated;
    static final Engine HUNAN = Kaohe.pack("hunan");

    @BeforeAll
    static void generate() { generated = HunanSamples.generate(); }

    /** If this fails, the generator or the Hunan rules changed: run HunanSamples and commit the files. */
    @Test
    void theCommittedSamplesAreExactlyWhatTheGeneratorWrites() throws IOException {
        Samples samples = Samples.of("hunan").orElseThrow();
        assertEquals(Set.of(Samples.TEACHERS, Samples.SCHOOLS, Samples.COHORT, Samples.DEMO), generated.keySet());
        for (var f : generated.entrySet()) {
            try (InputStream in = samples.open(f.getKey())) {
                assertArrayEquals(f.getValue().getBytes(StandardCharsets.UTF_8), in.readAllBytes(), f.getKey()
                        + " drifted from HunanSamples: java -cp examples/target/kaohe.jar io.kaohe.examples.HunanSamples");
            }
        }
        assertEquals(HunanSamples.AS_OF, samples.asOf());
    }

    @Test
    void theSampleShowsEveryGradeAKindergartenAndAReassessmentAndTheBadLines() {
        var parsed = TeacherStream.parseAll(Samples.of("hunan").orElseThrow().open(Samples.TEACHERS));
        Set<Grade> grades = EnumSet.noneOf(Grade.class);
        Map<Stage, Integer> passedByStage = new TreeMap<>();
        boolean reassessed = false;
        for (var p : parsed) {
            if (!p.ok() || !HUNAN.validate(p.value()).isEmpty()) continue;
            var v = HUNAN.assess(p.value());
            grades.add(v.grade());
            if (v.grade().passed()) passedByStage.merge(p.value().teacher().stage(), 1, Integer::sum);
            reassessed |= v.grade().passed() && v.reasons().stream().anyMatch(r -> r.clause().equals("HN-05"));
        }
        assertEquals(EnumSet.allOf(Grade.class), grades);
        assertTrue(passedByStage.getOrDefault(Stage.PRESCHOOL, 0) > 0, "kindergarten teachers who passed: " + passedByStage);
        assertTrue(reassessed, "a teacher who passed at a re-assessment");
        StringWriter rejects = new StringWriter();
        var counts = TeacherStream.assess(HUNAN, Samples.of("hunan").orElseThrow().open(Samples.TEACHERS), new StringWriter(), rejects);
        assertEquals(3, counts.rejects(), rejects.toString());
        for (String kind : List.of("malformed JSON", "cannot be used for", "unknown ability code"))
            assertTrue(rejects.toString().contains(kind), kind + " in\n" + rejects);
    }

    @Test
    void schoolsAndProgressOfTheSampleCounty() {
        List<SchoolDossier> schools = generated.get(Samples.SCHOOLS).lines().map(l -> KaoheJson.read(l, SchoolDossier.class)).toList();
        Map<String, Grade> grades = new TreeMap<>();
        for (SchoolVerdict v : HUNAN.assessSchools(schools)) grades.put(v.schoolId(), v.grade());
        // teams of 4, 5, 3 pass; 2 and 6 are outside 3–5
        assertEquals(Map.of("S-01", Grade.PASS, "S-02", Grade.PASS, "S-03", Grade.PASS, "S-04", Grade.FAIL, "S-05", Grade.FAIL), grades);
        Cohort cohort = KaoheJson.read(generated.get(Samples.COHORT), Cohort.class);
        assertEquals(schools.stream().map(SchoolDossier::school).toList(), cohort.schools());
        var report = HUNAN.progress(cohort, HunanSamples.AS_OF);
        assertEquals(List.of("PILOT", "BATCH_1", "BATCH_2"), report.batches().stream().map(BatchProgress::batch).toList());
        assertEquals(ProgressStatus.NOT_STARTED, report.batches().get(2).status(), "batch 2 starts in April 2023");
        assertTrue(report.rejects().isEmpty());
    }
}
