package io.kaohe.rules;

import java.math.BigDecimal;

import io.kaohe.model.Semester;

/** Research activities (校本教研活动) a teacher joined in one semester in which the teacher studied. */
public final class SemesterActivity {
    private final String teacherId;
    private final Semester semester;
    private final BigDecimal researchActivities;

    public SemesterActivity(String teacherId, Semester semester, BigDecimal researchActivities) {
        this.teacherId = teacherId;
        this.semester = semester;
        this.researchActivities = researchActivities;
    }

    public String getTeacherId() { return teacherId; }
    /** The semester: recorded as {@code 2021-2022-1}, shown in messages as words ({@link io.kaohe.i18n.Display}). */
    public Semester getSemester() { return semester; }
    public BigDecimal getResearchActivities() { return researchActivities; }
}
