package io.kaohe.liaoning.progress;

import static io.kaohe.liaoning.progress.ProgressTest.ENGINE;
import static io.kaohe.liaoning.progress.ProgressTest.assessedOn;
import static io.kaohe.liaoning.progress.ProgressTest.reasons;
import static io.kaohe.liaoning.progress.ProgressTest.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import io.kaohe.internal.coverage.Covers;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.liaoning.LnTeachers;
import io.kaohe.model.Cohort;
import io.kaohe.model.Reason;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.internal.params.ParameterSet;

/**
 * Each deadline is measured on its own day (LN-04 plans, LN-09 practice and assessment): a plan filed, hours logged
 * or a pass dated after it do not make it met in a later report.
 */
class DeadlineOnItsDayTest {
    static final ParameterSet PARAMS = PackEngine.info(ENGINE).parameters().at(LocalDate.of(2023, 6, 1));
    static final LocalDate PLANS = PARAMS.date("progress.deadline.plans");
    static final LocalDate PRACTICE = PARAMS.date("progress.deadline.practice");
    static final LocalDate ASSESSMENT = PARAMS.date("progress.deadline.assessment");

    /** One school of two passing teachers (the second assessed on {@code passed}), its three plans filed on {@code filed}. */
    static Cohort cohort(LocalDate filed, LocalDate passed) {
        TeacherDossier late = assessedOn(LnTeachers.pass("S-A-2", "S-A"), passed);
        return new Cohort("瓦房店市", List.of(school("S-A")), List.of(LnTeachers.pass("S-A-1", "S-A"), late), null,
                Map.of("S-A", Map.of("developmentPlan", filed, "researchPlan", filed, "assessmentPlan", filed)));
    }

    static Reason rule(Cohort c, LocalDate asOf, String prefix) { return reasons(ENGINE.progress(c, asOf), prefix).get(0); }

    @Test
    void plansFiledAfterTheDeadlineDoNotMeetIt() {
        Reason r = rule(cohort(PLANS.plusDays(2), LocalDate.of(2023, 11, 22)), LocalDate.of(2023, 10, 1), "LN-04 方案备案截止");
        assertEquals(false, r.met(), r.message());
        assertEquals("LN-04", r.clause());
        assertEquals(List.of("S-A developmentPlan", "S-A researchPlan", "S-A assessmentPlan"), r.values().get("missing"));
        assertTrue(r.message().contains("截至当日未备案"), r.message());
        Reason inTime = rule(cohort(PLANS, LocalDate.of(2023, 11, 22)), LocalDate.of(2023, 10, 1), "LN-04 方案备案截止");
        assertTrue(inTime.met() && inTime.message().contains("已按期完成"), inTime.message());
    }

    @Test
    void hoursLoggedAfterThePracticePhaseDoNotMeetIt() {
        TeacherDossier d = LnTeachers.pass("S-A-1", "S-A");
        List<StudyRecord> late = d.records().stream().map(x -> new StudyRecord(x.kind(), x.amount(), x.unit(), PRACTICE.plusDays(3),
                x.semester())).toList();
        Cohort c = new Cohort("瓦房店市", List.of(school("S-A")), List.of(new TeacherDossier(d.teacher(), late, d.scores())), null,
                Map.of("S-A", Map.of("developmentPlan", PLANS, "researchPlan", PLANS, "assessmentPlan", PLANS)));
        Reason r = rule(c, PRACTICE.plusDays(20), "LN-09 实践阶段截止");
        assertEquals(false, r.met(), r.message());
        assertTrue(r.message().contains("结束时有 1/1 名教师学时未达标"), r.message());
    }

    /** The last pass just before, on and after 2023-12-31, in a report of February 2024; on the day the deadline is still in time. */
    @Test
    void theAssessmentDeadlineJustBeforeOnAndAfterItsDay() {
        LocalDate report = ASSESSMENT.plusMonths(2);
        for (LocalDate last : List.of(ASSESSMENT.minusDays(1), ASSESSMENT)) {
            Reason r = rule(cohort(PLANS, last), report, "LN-09 考核截止");
            assertTrue(r.met() && r.message().contains("已按期完成"), last + ": " + r.message());
        }
        Reason late = rule(cohort(PLANS, ASSESSMENT.plusDays(1)), report, "LN-09 考核截止");
        assertEquals(false, late.met(), late.message());
        assertTrue(late.message().contains("截至当日有 1/2 名教师未合格"), late.message());
        Reason onTheDay = rule(cohort(PLANS, ASSESSMENT.plusDays(1)), ASSESSMENT, "LN-09 考核截止");
        assertTrue(onTheDay.met() && onTheDay.message().contains("尚余 0 天"), onTheDay.message());
    }

    /** LN-04 is met exactly when the plans were filed on or before 30 August, whatever the report's later date. */
    @Test
    @Covers({"LN-04"})
    void thePlansDeadlineIsMeasuredOnItsOwnDay() {
        QuickTheory.qt().withFixedSeed(830L).withExamples(25)
                .forAll(integers().between(-3, 3), integers().between(1, 120))
                .checkAssert((k, after) -> assertEquals(k <= 0,
                        rule(cohort(PLANS.plusDays(k), LocalDate.of(2023, 11, 22)), PLANS.plusDays(after), "LN-04 方案备案截止").met(),
                        "filed " + k + " days from the deadline, report " + after + " days after it"));
    }
}
