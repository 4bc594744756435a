package io.kaohe.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A dated deadline of the pack (a {@code progress.deadline.*} parameter) seen from the report's
 * as-of date, with the cohort's teachers who had passed on the earlier of the two dates: a target is
 * measured at its own date, on what was known then.
 */
public final class DeadlineCheck {
    private final String parameter;
    private final LocalDate date;
    private final LocalDate asOf;
    private final int passed;

    public DeadlineCheck(String parameter, LocalDate date, LocalDate asOf) { this(parameter, date, asOf, 0); }

    /** @param passed teachers of the cohort graded PASS or EXCELLENT on what was known on {@link #getMeasuredOn()} */
    public DeadlineCheck(String parameter, LocalDate date, LocalDate asOf, int passed) {
        this.parameter = parameter;
        this.date = date;
        this.asOf = asOf;
        this.passed = passed;
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
    /** Teachers of the cohort passed on {@link #getMeasuredOn()} (not {@code getPassed}: {@link #isPassed} is the date check): passes dated after the deadline do not count toward it. */
    public int getTeachersPassed() { return passed; }
}
