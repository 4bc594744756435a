package io.kaohe.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One school's row of the progress report (Shandong SD-16 附件2 columns, plus status).
 * Rates are fractions 0–1 rounded half-even to 4 places; null when there is no teacher to divide by.
 *
 * @param hoursPassed        teachers meeting every hour requirement (课程学时合格)
 * @param assessmentPassed   teachers meeting every grading requirement (校本应用考核合格)
 * @param practiceCompleted  teachers meeting the practice / research-activity requirements (校本实践活动完成)
 * @param status             NOT_STARTED, IN_PROGRESS, COMPLETE, BEHIND or OVERDUE ({@link ProgressStatus})
 * @param expectedStage      the stage of the plan the school should be in on the as-of date, where the pack's plan
 *                           has stages (Zhejiang ZJ-07); absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schoolId", "name", "batch", "teachers", "assessed", "passed", "passRate", "excellent",
        "hoursPassed", "hoursRate", "assessmentPassed", "assessmentRate", "practiceCompleted", "practiceRate",
        "failed", "incomplete", "status", "expectedStage"})
public record SchoolProgress(String schoolId, String name, String batch, int teachers, int assessed, int passed,
                             BigDecimal passRate, int excellent, int hoursPassed, BigDecimal hoursRate,
                             int assessmentPassed, BigDecimal assessmentRate, int practiceCompleted,
                             BigDecimal practiceRate, int failed, int incomplete, ProgressStatus status, String expectedStage) {
    public SchoolProgress {
        // free text of the cohort: personal data masked in every output (JSON, HTML, CSV)
        schoolId = io.kaohe.internal.privacy.Mask.scrub(schoolId);
        name = io.kaohe.internal.privacy.Mask.scrub(name);
        batch = io.kaohe.internal.privacy.Mask.scrub(batch);
    }


    public SchoolProgress(String schoolId, String name, String batch, int teachers, int assessed, int passed,
                          BigDecimal passRate, int excellent, int hoursPassed, BigDecimal hoursRate,
                          int assessmentPassed, BigDecimal assessmentRate, int practiceCompleted,
                          BigDecimal practiceRate, int failed, int incomplete, ProgressStatus status) {
        this(schoolId, name, batch, teachers, assessed, passed, passRate, excellent, hoursPassed, hoursRate, assessmentPassed,
                assessmentRate, practiceCompleted, practiceRate, failed, incomplete, status, null);
    }

    /** The same row with the stage of the plan the school is expected to be in (packs whose plan has stages). */
    public SchoolProgress withExpectedStage(String stage) {
        return new SchoolProgress(schoolId, name, batch, teachers, assessed, passed, passRate, excellent, hoursPassed,
                hoursRate, assessmentPassed, assessmentRate, practiceCompleted, practiceRate, failed, incomplete, status, stage);
    }
}
