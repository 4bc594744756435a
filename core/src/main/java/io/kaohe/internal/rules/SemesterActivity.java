package io.kaohe.internal.rules;

import java.math.BigDecimal;

import io.kaohe.internal.i18n.Display;
import io.kaohe.internal.i18n.Messages;
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
    /** The semester: recorded as {@code 2021-2022-1}, shown in messages as words ({@link io.kaohe.internal.i18n.Display}). */
    public Semester getSemester() { return semester; }
    /** Research activities (COUNT) the teacher joined in that semester. */
    public BigDecimal getResearchActivities() { return researchActivities; }

    /**
     * The semester with its activities as a message shows them: 2021—2022学年第一学期 3 次 / first semester
     * of 2021–2022: 3; recorded as {@code 2021-2022-1: 3}.
     */
    public Display.Label getSummary() {
        String n = researchActivities.stripTrailingZeros().toPlainString();
        return new Display.Label(semester + ": " + n, Display.semester(semester, Messages.ZH) + " " + n + " 次",
                Display.semester(semester, Messages.EN) + ": " + n);
    }
}
