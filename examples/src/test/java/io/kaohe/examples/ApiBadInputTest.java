package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.kaohe.Engine;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.json.Parsed;
import io.kaohe.internal.stream.SchoolStream;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.School;
import io.kaohe.model.TeacherDossier;
import io.kaohe.InvalidInputException;

/**
 * The bad-input matrix (docs/bad-input.md) through the Java API: {@link TeacherStream}, {@link SchoolStream},
 * {@link Engine#assess} on every line that reads as a dossier (an invalid one throws naming the field, masked)
 * and {@link Engine#progress} on a cohort of them (input teachers = assessed + rejects).
 */
class ApiBadInputTest {
    private static final Engine ENGINE = Cli.shandong();

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadInput.class)
    void teacherStream(BadInput row) {
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        TeacherStream.Counts c = TeacherStream.assess(ENGINE, new ByteArrayInputStream(row.teachers), verdicts, rejects);
        assertEquals(MatrixAssert.inputLines(row.teachers), c.lines());
        assertEquals(c.lines(), c.verdicts() + c.rejects());
        MatrixAssert.check(row + " (TeacherStream)", row.teachers, row.teacherExpect, lines(verdicts), lines(rejects), "teacherId", "");
        TestOutputs.keep("api-" + row, "verdicts.jsonl", verdicts.toString());
        TestOutputs.keep("api-" + row, "rejects.jsonl", rejects.toString());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadInput.class)
    void schoolStream(BadInput row) {
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        TeacherStream.Counts c = SchoolStream.assess(ENGINE, new ByteArrayInputStream(row.schools), verdicts, rejects);
        assertEquals(c.lines(), c.verdicts() + c.rejects());
        MatrixAssert.check(row + " (SchoolStream)", row.schools, row.schoolExpect, lines(verdicts), lines(rejects), "schoolId", "");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(BadInput.class)
    void engineAssessAndProgress(BadInput row) {
        List<TeacherDossier> readable = new ArrayList<>();
        int invalid = 0;
        for (Parsed<TeacherDossier> p : TeacherStream.parseAll(new ByteArrayInputStream(row.teachers))) {
            if (!p.ok()) continue;
            readable.add(p.value());
            if (ENGINE.validate(p.value()).isEmpty()) {
                assertEquals(p.value().teacher().id(), ENGINE.assess(p.value()).teacherId());
            } else {
                invalid++;
                InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.assess(p.value()));
                assertTrue(e.getMessage().matches("(?s)^[A-Za-z$][^:]*: .+"), "names the field: " + e.getMessage());
                MatrixAssert.noPersonalData(e.getMessage() + e.errors());
            }
        }
        // the same dossiers as a cohort: each one is assessed or rejected, a duplicate too
        Cohort cohort = new Cohort("泗河区", List.of(new School("S-01", "实验小学", "泗河区", 50, 40,
                List.of(io.kaohe.model.Stage.PRIMARY), io.kaohe.model.Environment.HYBRID, "2020-2021")), readable, 1L);
        ProgressReport report = ENGINE.progress(cohort, LocalDate.of(2022, 11, 20));
        assertEquals(readable.size(), report.total().assessed() + report.rejects().size(), KaoheJson.line(report.rejects()));
        assertTrue(report.rejects().size() >= invalid, "every invalid dossier is a reject");
        MatrixAssert.noPersonalData(KaoheJson.line(report));
    }

    // ---- issue 14: null elements of a typed cohort ----

    /** A typed cohort with a null teacher: that teacher is a reject naming it; before, {@code new Cohort} threw a NullPointerException. */
    @org.junit.jupiter.api.Test
    void aNullTeacherOfACohortIsARejectNamingIt() {
        School school = new School("S-01", "实验小学", "泗河区", 50, 40, List.of(io.kaohe.model.Stage.PRIMARY),
                io.kaohe.model.Environment.HYBRID, "2020-2021");
        List<TeacherDossier> teachers = new ArrayList<>(List.of(BadInput.dossier(1)));
        teachers.add(null);
        teachers.add(BadInput.dossier(3));
        ProgressReport report = ENGINE.progress(new Cohort("泗河区", List.of(school), teachers, 1L), LocalDate.of(2022, 11, 20));
        assertEquals(2, report.total().assessed());
        assertEquals(1, report.rejects().size());
        assertEquals(2, report.rejects().get(0).line());
        assertEquals("teachers[1]: must not be null", report.rejects().get(0).error());
        List<School> schools = new ArrayList<>();
        schools.add(null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ENGINE.progress(new Cohort("泗河区", schools, List.of(), 1L), LocalDate.of(2022, 11, 20)));
        assertEquals("schools[0]: must not be null", e.getMessage());
    }

    /** A null list, or a null element of one, given to the engine: named by position, never a NullPointerException. */
    @org.junit.jupiter.api.Test
    void aNullSchoolListOrElementIsNamedByPosition() {
        List<io.kaohe.model.SchoolDossier> schools = new ArrayList<>();
        for (int n = 1; n <= 3; n++) schools.add(KaoheJson.read(BadInput.s(n), io.kaohe.model.SchoolDossier.class));
        schools.set(2, null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.assessSchools(schools));
        assertEquals("schools[2]: must not be null", e.getMessage());
        schools.set(0, null);
        e = assertThrows(InvalidInputException.class, () -> ENGINE.assessSchools(schools));
        assertEquals(List.of("schools[0]", "schools[2]"), e.errors().stream().map(f -> f.path()).toList());
        e = assertThrows(InvalidInputException.class, () -> ENGINE.assessSchools(null));
        assertEquals("schools: must not be null", e.getMessage());
        assertEquals(ENGINE.assessSchools(List.of()), List.of(), "an empty list is no error");
    }

    @org.junit.jupiter.api.Test
    void cohortStatsNameANullListOrElementByPosition() {
        TeacherDossier d = BadInput.dossier(1);
        List<TeacherDossier> dossiers = new ArrayList<>(List.of(d));
        dossiers.add(null);
        List<io.kaohe.model.TeacherVerdict> verdicts = List.of(ENGINE.assess(d));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> io.kaohe.Cohorts.stats(ENGINE, dossiers, verdicts));
        assertEquals("dossiers[1]: must not be null", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> io.kaohe.Cohorts.stats(ENGINE, null, null));
        assertEquals(List.of("dossiers", "verdicts"), e.errors().stream().map(f -> f.path()).toList());
        assertEquals(1, io.kaohe.Cohorts.stats(ENGINE, List.of(d), verdicts).size(), "the same lists without the null are counted");
    }

    private static List<String> lines(StringWriter w) {
        return w.toString().lines().toList();
    }
}
