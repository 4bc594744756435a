package io.kaohe.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A dated deadline of the pack (a {@code progress.deadline.*} parameter) seen from the report's
 * as-of date.
 */
public final class DeadlineCheck {
    private final String parameter;
    private final LocalDate date;
    private final LocalDate asOf;

    public DeadlineCheck(String parameter, LocalDate date, LocalDate asOf) {
        this.parameter = parameter;
        this.date = date;
        this.asOf = asOf;
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
}
