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

    /** The teacher's ID. */
    public String getTeacherId() { return teacherId; }
    /** The semester, written as in reasons (2021-2022-1 for the autumn semester of 2021). */
    public String getSemester() { return semester.toString(); }
    /** Research activities (COUNT) the teacher joined in that semester. */
    public BigDecimal getResearchActivities() { return researchActivities; }
}
