package io.kaohe.shandong.progress;

import static io.kaohe.shandong.progress.Cohorts.Kind.EXCELLENT;
import static io.kaohe.shandong.progress.Cohorts.Kind.FEW_ACTIVITIES;
import static io.kaohe.shandong.progress.Cohorts.Kind.PASS;
import static io.kaohe.shandong.progress.Cohorts.Kind.SHORT_HOURS;
import static io.kaohe.shandong.progress.Cohorts.Kind.TWO_ABILITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.BatchProgress;
import io.kaohe.model.ProgressStatus;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.RecordKind;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;
import io.kaohe.InvalidInputException;

/** The 附件2 columns (SD-16), rejects, the total row, batches, determinism and JSON of the progress report. */
class ProgressReportTest {
    static final Engine ENGINE = Kaohe.pack("shandong");
    static final LocalDate AS_OF = LocalDate.of(2022, 11, 1);

    /**
     * S-1 (2020-2021): 2 PASS, 1 EXCELLENT, 1 SHORT_HOURS, 1 FEW_ACTIVITIES, 1 TWO_ABILITIES (6 teachers).
     * S-2 (2021-2022): 3 PASS, teacherCount 8 (5 without a dossier). S-3 (2021-2022): no teacher at all.
     */
    static Cohort cohort() {
        List<TeacherDossier> t = new ArrayList<>();
        t.addAll(Cohorts.teachers("S-1", 2, PASS));
        t.add(Cohorts.teacher("S-1-E", "S-1", EXCELLENT));
        t.add(Cohorts.teacher("S-1-H", "S-1", SHORT_HOURS));
        t.add(Cohorts.teacher("S-1-A", "S-1", FEW_ACTIVITIES));
        t.add(Cohorts.teacher("S-1-F", "S-1", TWO_ABILITIES));
        t.addAll(Cohorts.teachers("S-2", 3, PASS));
        return Cohorts.cohort(List.of(Cohorts.school("S-1", "2020-2021"), Cohorts.school("S-2", "2021-2022", 8),
                Cohorts.school("S-3", "2021-2022")), t, 42L);
    }

    static SchoolProgress row(ProgressReport r, String id) {
        return r.schools().stream().filter(s -> id.equals(s.schoolId())).findFirst().orElseThrow();
    }

    static BigDecimal bd(String s) { return new BigDecimal(s); }

    @Test
    void theSummaryTableColumns() {
        ProgressReport r = ENGINE.progress(cohort(), AS_OF);
        SchoolProgress s1 = row(r, "S-1");
        assertEquals(6, s1.teachers());
        assertEquals(6, s1.assessed());
        assertEquals(3, s1.passed(), "PASS, PASS, EXCELLENT");
        assertEquals(bd("0.5000"), s1.passRate());
        assertEquals(1, s1.excellent());
        assertEquals(5, s1.hoursPassed(), "all but SHORT_HOURS");
        assertEquals(bd("0.8333"), s1.hoursRate());
        assertEquals(5, s1.assessmentPassed(), "all but TWO_ABILITIES");
        assertEquals(5, s1.practiceCompleted(), "all but FEW_ACTIVITIES");
        assertEquals(1, s1.failed());
        assertEquals(2, s1.incomplete());
        assertEquals(ProgressStatus.IN_PROGRESS, s1.status());

        SchoolProgress s2 = row(r, "S-2");
        assertEquals(8, s2.teachers(), "teacherCount, not the dossiers");
        assertEquals(3, s2.assessed());
        assertEquals(bd("0.3750"), s2.passRate());
        assertEquals(ProgressStatus.IN_PROGRESS, s2.status());

        SchoolProgress s3 = row(r, "S-3");
        assertEquals(0, s3.teachers());
        assertNull(s3.passRate(), "no teacher, no rate");
        assertNull(s3.hoursRate());

        SchoolProgress total = r.total();
        assertNull(total.schoolId());
        assertEquals(14, total.teachers());
        assertEquals(9, total.assessed());
        assertEquals(6, total.passed());
        assertEquals(bd("0.4286"), total.passRate(), "6/14 = 0.428571… half-even to 4 places");
        assertEquals(List.of("S-1", "S-2", "S-3"), r.schools().stream().map(SchoolProgress::schoolId).toList());
    }

    @Test
    void batches() {
        ProgressReport r = ENGINE.progress(cohort(), AS_OF);
        assertEquals(List.of("2020-2021", "2021-2022"), r.batches().stream().map(BatchProgress::batch).toList());
        BatchProgress b1 = r.batches().get(0);
        assertEquals(LocalDate.of(2020, 9, 1), b1.startsOn());
        assertEquals(LocalDate.of(2022, 12, 31), b1.dueBy());
        assertEquals(1, b1.schools());
        assertEquals(6, b1.teachers());
        assertNull(b1.plannedShare(), "the Shandong plan gives no share per batch");
        assertEquals(bd("0.4286"), b1.actualShare());
        assertEquals(3, b1.awaitingReassessment(), "1 FAIL + 2 INCOMPLETE");
        BatchProgress b2 = r.batches().get(1);
        assertEquals(2, b2.schools());
        assertEquals(8, b2.teachers());
        assertEquals(bd("0.5714"), b2.actualShare());
    }

    @Test
    void invalidTeachersAreRejectedNeverDropped() {
        List<TeacherDossier> t = new ArrayList<>(Cohorts.teachers("S-1", 2, PASS));
        TeacherDossier bad = new TeacherDossier(Teacher.of("S-1-BAD", "S-1", io.kaohe.model.Stage.PRIMARY),
                List.of(new StudyRecord(RecordKind.ONLINE_COURSE, bd("-3"), Unit.HOUR, LocalDate.of(2022, 3, 1), null)), List.of());
        t.add(bad);                                                          // line 3: negative amount
        t.add(Cohorts.teacher("S-9-T1", "S-9", PASS));                       // line 4: unknown school
        t.add(Cohorts.teacher("S-1-T1", "S-1", PASS));                       // line 5: duplicate ID
        TeacherDossier minutes = new TeacherDossier(Teacher.of("S-1-MIN", "S-1", io.kaohe.model.Stage.PRIMARY),
                List.of(StudyRecord.of(RecordKind.ONLINE_COURSE, 900, Unit.MINUTE, LocalDate.of(2022, 3, 1))), List.of());
        t.add(minutes);                                                      // line 6: unit the pack cannot use
        Cohort c = Cohorts.cohort(List.of(Cohorts.school("S-1", "2021-2022")), t, null);
        ProgressReport r = ENGINE.progress(c, AS_OF);
        assertEquals(List.of(3L, 4L, 5L, 6L), r.rejects().stream().map(x -> x.line()).toList());
        assertEquals("S-1-BAD", r.rejects().get(0).teacherId());
        assertTrue(r.rejects().get(0).error().startsWith("teachers[2].records[0].amount: must not be negative"), r.rejects().get(0).error());
        assertTrue(r.rejects().get(1).error().contains("teachers[3].teacher.schoolId: unknown school 'S-9'"), r.rejects().get(1).error());
        assertTrue(r.rejects().get(2).error().startsWith("teachers[4].teacher.id: duplicate of teachers[0]"), r.rejects().get(2).error());
        assertTrue(r.rejects().get(3).error().startsWith("teachers[5].records[0].unit"), r.rejects().get(3).error());
        SchoolProgress s1 = row(r, "S-1");
        assertEquals(5, s1.teachers(), "rejected dossiers of a known school still count as its teachers");
        assertEquals(2, s1.assessed());
        assertEquals(2 + r.rejects().size(), c.teachers().size(), "each dossier assessed or rejected");
    }

    @Test
    void schoolProblemsAreErrorsNamingTheField() {
        Cohort dup = Cohorts.cohort(List.of(Cohorts.school("S-1", "2021-2022"), Cohorts.school("S-1", "2021-2022")), List.of(), null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.progress(dup, AS_OF));
        assertEquals("schools[1].id", e.errors().get(0).path());
        Cohort few = Cohorts.cohort(List.of(Cohorts.school("S-1", "2021-2022", 1)), Cohorts.teachers("S-1", 2, PASS), null);
        e = assertThrows(InvalidInputException.class, () -> ENGINE.progress(few, AS_OF));
        assertEquals("schools[0].teacherCount", e.errors().get(0).path());
        Cohort none = Cohorts.cohort(List.of(), List.of(), null);
        e = assertThrows(InvalidInputException.class, () -> ENGINE.progress(none, AS_OF));
        assertEquals("schools", e.errors().get(0).path());
    }

    @Test
    void sameInputSameBytesWhateverTheOrderOfSchools() {
        String a = KaoheJson.line(ENGINE.progress(cohort(), AS_OF));
        assertEquals(a, KaoheJson.line(ENGINE.progress(cohort(), AS_OF)));
        Cohort c = cohort();
        List<io.kaohe.model.School> schools = new ArrayList<>(c.schools());
        Collections.reverse(schools);
        assertEquals(a, KaoheJson.line(ENGINE.progress(new Cohort(c.county(), schools, c.teachers(), c.seed()), AS_OF)));
    }

    @Test
    void reportRoundTripIsByteIdentical() {
        ProgressReport r = ENGINE.progress(cohort(), AS_OF);
        String json = KaoheJson.line(r);
        assertEquals(json, KaoheJson.line(KaoheJson.read(json, ProgressReport.class)));
        String pretty = KaoheJson.PRETTY.writeValueAsString(r);
        assertEquals(json, KaoheJson.line(KaoheJson.read(pretty, ProgressReport.class)));
    }

    @Test
    void cohortRoundTrip() {
        Cohort c = cohort();
        String json = KaoheJson.line(c);
        Cohort back = KaoheJson.read(json, Cohort.class);
        assertEquals(json, KaoheJson.line(back));
        assertEquals(KaoheJson.line(ENGINE.progress(c, AS_OF)), KaoheJson.line(ENGINE.progress(back, AS_OF)));
    }

    @Test
    void everyProgressReasonCitesAProgressClause() {
        ProgressReport r = ENGINE.progress(cohort(), AS_OF);
        assertTrue(r.reasons().size() >= 3 + 2 + 1 + 2 + 1);
        for (var reason : r.reasons()) {
            assertEquals("progress", reason.decision());
            assertTrue(List.of("SD-06", "SD-15", "SD-16", "SD-17").contains(reason.clause()), reason.clause());
        }
    }
}
