package io.kaohe.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.kaohe.internal.i18n.Display;

/**
 * A dated deadline of the pack (one of its progress plan's {@code deadlines}, config.yaml) seen from the report's
 * as-of date, with the whole cohort's counts as known on the earlier of the two dates: a target is
 * measured at its own date, on what was known then (a pass dated after the deadline does not meet it,
 * though the report shows the teacher as passed now).
 */
public final class DeadlineCheck {
    private final String parameter;
    private final LocalDate date;
    private final LocalDate asOf;
    private final int teachers;
    private final int passed;
    private final ProgressUnit.Detail detail;

    public DeadlineCheck(String parameter, LocalDate date, LocalDate asOf) { this(parameter, date, asOf, 0, 0, ProgressUnit.Detail.NONE); }

    /**
     * @param teachers the cohort's teachers (valid dossier or not)
     * @param passed   teachers of the cohort graded PASS or EXCELLENT on what was known on {@link #getMeasuredOn()}
     * @param detail   the cohort's other counts on {@link #getMeasuredOn()} (assessed, hours met, plans not filed…)
     */
    public DeadlineCheck(String parameter, LocalDate date, LocalDate asOf, int teachers, int passed, ProgressUnit.Detail detail) {
        this.parameter = parameter;
        this.date = date;
        this.asOf = asOf;
        this.teachers = teachers;
        this.passed = passed;
        this.detail = detail;
    }

    /** The parameter that gives the date, e.g. {@code progress.deadline.assessment}. */
    public String getParameter() { return parameter; }
    /** The deadline's date (from the parameter, for the as-of date). */
    public LocalDate getDate() { return date; }
    /** The report's as-of date. */
    public LocalDate getAsOf() { return asOf; }
    /** Days from the as-of date to the deadline (negative once passed; 0 on the day itself). */
    public long getDaysLeft() { return ChronoUnit.DAYS.between(asOf, date); }
    /** Whether the as-of date is after the deadline (the deadline day itself is still in time). */
    public boolean isPassed() { return asOf.isAfter(date); }
    /** Days since the deadline passed (0 while in time). */
    public long getDaysOverdue() { return Math.max(0, -getDaysLeft()); }
    /** The day a target of this date is measured on: the deadline once it has passed, else the as-of date. */
    public LocalDate getMeasuredOn() { return isPassed() ? date : asOf; }

    /**
     * For a met deadline's message: 尚余 N 天 / N days left while it has not passed, else 已按期完成 / done in time
     * (a rule reports a passed deadline as met only when its target was reached on the day).
     */
    public Display.Label getInTime() {
        return isPassed() ? new Display.Label("in-time", "已按期完成", "done in time")
                : new Display.Label(String.valueOf(getDaysLeft()), "尚余 " + getDaysLeft() + " 天", getDaysLeft() + " days left");
    }

    /** The cohort's teachers (valid dossier or not). */
    public int getTeachers() { return teachers; }
    /** Teachers of the cohort passed on {@link #getMeasuredOn()} (not {@code getPassed}: {@link #isPassed} is the date check): passes dated after the deadline do not count toward it. */
    public int getTeachersPassed() { return passed; }
    /** Teachers not passed on {@link #getMeasuredOn()}, dossier or not. */
    public int getTeachersOpen() { return teachers - passed; }
    /** Teachers whose assessment was done (完成考核: PASS, EXCELLENT, or FAIL on an assessment result) on {@link #getMeasuredOn()}. */
    public int getTeachersGraded() { return detail.graded(); }
    /** Teachers whose assessment was not done on {@link #getMeasuredOn()}, dossier or not. */
    public int getTeachersUngraded() { return teachers - detail.graded(); }
    /** Teachers not meeting every hour clause on {@link #getMeasuredOn()}, dossier or not. */
    public int getHoursOpen() { return teachers - detail.hoursPassed(); }
    /** Required plans not filed by {@link #getMeasuredOn()}, each as the school ID and the plan key (e.g. {@code S-01 researchPlan}). */
    public List<String> getPlansMissing() { return detail.plansMissing(); }
}
