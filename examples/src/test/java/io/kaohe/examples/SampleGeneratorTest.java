package io.kaohe.examples;

import io.kaohe.shandong.ShandongSchool;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.Cohort;
import io.kaohe.model.Grade;
import io.kaohe.model.SchoolDossier;
import io.kaohe.internal.privacy.NationalIds;

class SampleGeneratorTest {
    static Map<String, String> generated;

    @BeforeAll
    static void generate() { generated = SampleGenerator.generate(); }

    /** If this fails, the generator or the Shandong teacher rules changed: run SampleGenerator and commit the files. */
    @Test
    void theCommittedSamplesAreExactlyWhatTheGeneratorWrites() throws IOException {
        Samples samples = Samples.of("shandong").orElseThrow();
        assertEquals(Set.of(Samples.TEACHERS, Samples.SCHOOLS, Samples.COHORT, Samples.DEMO), generated.keySet());
        for (var f : generated.entrySet()) {
            try (InputStream in = samples.open(f.getKey())) {
                assertArrayEquals(f.getValue().getBytes(StandardCharsets.UTF_8), in.readAllBytes(), f.getKey()
                        + " drifted from SampleGenerator: java -cp examples/target/kaohe.jar io.kaohe.examples.SampleGenerator");
            }
        }
    }

    @Test
    void onlyTheDeliberatelyBadLineHasAnInvalidNationalId() {
        var parsed = TeacherStream.parseAll(Samples.of("shandong").orElseThrow().open(Samples.TEACHERS));
        long withIds = parsed.stream().filter(p -> p.ok() && p.value().teacher().nationalId() != null).count();
        List<String> invalid = parsed.stream().filter(p -> p.ok() && p.value().teacher().nationalId() != null)
                .filter(p -> NationalIds.fault(p.value().teacher().nationalId()).isPresent())
                .map(p -> p.value().teacher().id()).toList();
        assertTrue(withIds > 50, "most teachers carry an ID: " + withIds);
        assertEquals(List.of("T-0904"), invalid);
    }

    @Test
    void theSampleShowsEveryGradeAndEveryKindOfReject() {
        var engine = Cli.shandong();
        var parsed = TeacherStream.parseAll(Samples.of("shandong").orElseThrow().open(Samples.TEACHERS));
        Set<Grade> grades = EnumSet.noneOf(Grade.class);
        for (var p : parsed) {
            if (p.ok() && engine.validate(p.value()).isEmpty()) grades.add(engine.assess(p.value()).grade());
        }
        assertEquals(EnumSet.allOf(Grade.class), grades);
        String rejects = rejectsOfTheSample();
        for (String kind : List.of("malformed JSON", "must not be negative", "unknown ability code", "check digit", "duplicate"))
            assertTrue(rejects.contains(kind), kind + " in\n" + rejects);
    }

    @Test
    void theCohortHoldsTheSchoolsAndTheValidTeachers() {
        Cohort cohort = KaoheJson.read(generated.get(Samples.COHORT), Cohort.class);
        List<SchoolDossier> schools = generated.get(Samples.SCHOOLS).lines().map(l -> KaoheJson.read(l, SchoolDossier.class)).toList();
        // the cohort's schools are the school dossiers' schools, two of them with whom to contact (the reports show it)
        assertEquals(schools.stream().map(SchoolDossier::school).toList(), cohort.schools().stream()
                .map(x -> new io.kaohe.model.School(x.id(), x.name(), x.county(), x.staffCount(), x.teacherCount(), x.stages(),
                        x.environment(), x.batch())).toList());
        assertEquals(List.of("S-02", "S-04"), cohort.schools().stream().filter(x -> x.contact() != null).map(io.kaohe.model.School::id).toList());
        int planned = ShandongSchool.COUNTY_SCHOOLS.stream().mapToInt(ShandongSchool::teachers).sum();
        assertEquals(planned, cohort.teachers().size());
        assertTrue(cohort.teachers().stream().allMatch(d -> Cli.shandong().validate(d).isEmpty()));
        Map<String, Integer> maxima = SampleGenerator.items(Cli.shandong());
        assertEquals(13, maxima.size(), "the 13 assessor items Shandong's config.yaml declares");
        for (SchoolDossier s : schools) {
            assertEquals(maxima.keySet(), s.items().keySet(), "every assessor item scored");
            assertEquals(s.school().teacherCount(), s.cohort().teachers(), "cohort stats count the school's teachers");
            for (var item : s.items().entrySet()) {
                int max = maxima.get(item.getKey());
                assertTrue(item.getValue().signum() >= 0 && item.getValue().compareTo(java.math.BigDecimal.valueOf(max)) <= 0, item.toString());
            }
        }
    }

    private static String rejectsOfTheSample() {
        var out = new java.io.StringWriter();
        TeacherStream.assess(Cli.shandong(), Samples.of("shandong").orElseThrow().open(Samples.TEACHERS), new java.io.StringWriter(), out);
        return out.toString();
    }
}
