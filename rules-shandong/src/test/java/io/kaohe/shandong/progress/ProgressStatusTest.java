package io.kaohe.shandong.progress;

import static io.kaohe.shandong.progress.Cohorts.Kind.PASS;
import static io.kaohe.shandong.progress.Cohorts.Kind.FEW_ACTIVITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressStatus;
import io.kaohe.model.Deadline;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.Reason;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.TeacherDossier;
import io.kaohe.InvalidInputException;

/** Statuses and deadlines on the day before, on, and after each date of the plan (SD-06, SD-17). */
class ProgressStatusTest {
    static final Engine ENGINE = Kaohe.pack("shandong");

    /** S-A (batch 2020-2021) and S-B (2021-2022), each with one passing and one failing teacher. */
    static Cohort openCohort() {
        List<TeacherDossier> t = new ArrayList<>();
        t.addAll(Cohorts.teachers("S-A", 1, PASS));
        t.add(Cohorts.teacher("S-A-X", "S-A", FEW_ACTIVITIES));
        t.addAll(Cohorts.teachers("S-B", 1, PASS));
        t.add(Cohorts.teacher("S-B-X", "S-B", FEW_ACTIVITIES));
        return Cohorts.cohort(List.of(Cohorts.school("S-A", "2020-2021"), Cohorts.school("S-B", "2021-2022")), t, 7L);
    }

    static ProgressStatus status(ProgressReport r, String school) {
        return r.schools().stream().filter(s -> school.equals(s.schoolId())).map(SchoolProgress::status).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
            "2020-08-31, NOT_STARTED, NOT_STARTED, NOT_STARTED",
            "2020-09-01, IN_PROGRESS, NOT_STARTED, IN_PROGRESS",
            "2020-09-02, IN_PROGRESS, NOT_STARTED, IN_PROGRESS",
            "2021-08-31, IN_PROGRESS, NOT_STARTED, IN_PROGRESS",
            "2021-09-01, IN_PROGRESS, IN_PROGRESS, IN_PROGRESS",
            "2021-09-02, IN_PROGRESS, IN_PROGRESS, IN_PROGRESS",
            "2022-12-30, IN_PROGRESS, IN_PROGRESS, IN_PROGRESS",
            "2022-12-31, IN_PROGRESS, IN_PROGRESS, IN_PROGRESS",
            "2023-01-01, OVERDUE, OVERDUE, OVERDUE",
    })
    void statusAroundBatchStartsAndTheDeadline(LocalDate asOf, ProgressStatus a, ProgressStatus b, ProgressStatus total) {
        ProgressReport r = ENGINE.progress(openCohort(), asOf);
        assertEquals(a, status(r, "S-A"), "S-A");
        assertEquals(b, status(r, "S-B"), "S-B");
        assertEquals(total, r.total().status(), "total");
        assertEquals(List.of(a, b), r.batches().stream().map(x -> x.status()).toList(), "batches follow their one school");
        long statusReasons = r.reasons().stream().filter(x -> x.values().containsKey("status")).count();
        assertEquals(2 + 2 + 1, statusReasons, "one status per school, batch and total");
    }

    /** The teachers are assessed on 2022-06-01: complete from that day on, and not before (as of a date, only what was known then). */
    @ParameterizedTest
    @CsvSource({"2020-08-31, NOT_STARTED", "2022-05-31, IN_PROGRESS", "2022-06-01, COMPLETE", "2023-01-01, COMPLETE",
            "2030-01-01, COMPLETE"})
    void everyTeacherPassedIsCompleteFromTheDayItIsKnown(LocalDate asOf, ProgressStatus status) {
        Cohort c = Cohorts.cohort(List.of(Cohorts.school("S-A", "2021-2022")), Cohorts.teachers("S-A", 3, PASS), null);
        ProgressReport r = ENGINE.progress(c, asOf);
        assertEquals(status, status(r, "S-A"));
        assertEquals(status, r.total().status());
    }

    @Test
    void aSchoolWithMoreTeachersThanDossiersIsNotComplete() {
        Cohort c = Cohorts.cohort(List.of(Cohorts.school("S-A", "2021-2022", 4)), Cohorts.teachers("S-A", 3, PASS), null);
        ProgressReport r = ENGINE.progress(c, LocalDate.of(2023, 1, 1));
        assertEquals(ProgressStatus.OVERDUE, status(r, "S-A"));
        Reason overdue = r.reasons().stream().filter(x -> "OVERDUE".equals(x.values().get("status"))
                && "S-A".equals(x.values().get("id"))).findFirst().orElseThrow();
        assertFalse(overdue.met());
        assertEquals("SD-17", overdue.clause());
        assertTrue(overdue.message().contains("1/4"), overdue.message());
        assertEquals(LocalDate.of(2022, 12, 31), overdue.params().get("progress.deadline.assessment"));
    }

    @ParameterizedTest
    @CsvSource({
            "2022-11-24, 1, false, 37, false",
            "2022-11-25, 0, false, 36, false",
            "2022-11-26, -1, true, 35, false",
            "2022-12-31, -36, true, 0, false",
            "2023-01-01, -37, true, -1, true",
    })
    void deadlinesAroundTheirDates(LocalDate asOf, long reportDays, boolean reportPassed, long assessmentDays,
                                   boolean assessmentPassed) {
        ProgressReport r = ENGINE.progress(openCohort(), asOf);
        assertEquals(2, r.deadlines().size());
        Deadline report = r.deadlines().get(0);
        Deadline all = r.deadlines().get(1);
        assertEquals(LocalDate.of(2022, 11, 25), report.date());
        assertEquals("SD-17", report.clause());
        assertTrue(report.name().contains("学校报送"), report.name());
        assertEquals(reportDays, report.daysLeft());
        assertEquals(reportPassed, report.passed());
        assertEquals(LocalDate.of(2022, 12, 31), all.date());
        assertEquals(assessmentDays, all.daysLeft());
        assertEquals(assessmentPassed, all.passed());
        Reason due = r.reasons().stream().filter(x -> x.rule().startsWith("SD-17 学校报送")).findFirst().orElseThrow();
        assertEquals(!reportPassed, due.met());
        Reason fin = r.reasons().stream().filter(x -> x.rule().startsWith("SD-17 全面完成")).findFirst().orElseThrow();
        assertEquals(!assessmentPassed, fin.met(), "not all passed: unmet only once the deadline has passed");
    }

    @Test
    void aBatchNotInThePlanIsAClearError() {
        Cohort c = Cohorts.cohort(List.of(Cohorts.school("S-A", "2021-2022"), Cohorts.school("S-B", "2022-2O23"),
                Cohorts.school("S-C", null)), Cohorts.teachers("S-A", 1, PASS), null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.progress(c, LocalDate.of(2022, 6, 1)));
        assertEquals(List.of("schools[1].batch", "schools[2].batch"), e.errors().stream().map(f -> f.path()).toList());
        assertTrue(e.errors().get(0).message().contains("unknown batch '2022-2O23'"), e.getMessage());
        assertTrue(e.errors().get(0).message().contains("2020-2021, 2021-2022"), e.getMessage());
    }

    @Test
    void anAsOfBeforeThePolicyIsAnError() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.progress(openCohort(), LocalDate.of(2019, 12, 31)));
        assertEquals("asOf", e.errors().get(0).path());
        assertThrows(InvalidInputException.class, () -> ENGINE.progress(openCohort(), null));
    }
}
