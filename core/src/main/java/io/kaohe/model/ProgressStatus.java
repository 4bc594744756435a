package io.kaohe.model;

/** The status the progress rules give a school, a batch or the whole cohort on the report's as-of date. */
public enum ProgressStatus {
    /** its batch has not started yet */
    NOT_STARTED,
    /** started, not every teacher done, still within its time */
    IN_PROGRESS,
    /** every teacher done */
    COMPLETE,
    /** started and within its time, but behind the plan's pace (packs whose plan sets one) */
    BEHIND,
    /** its due date has passed and not every teacher is done */
    OVERDUE
}
