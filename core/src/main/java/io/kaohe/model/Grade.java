package io.kaohe.model;

/**
 * The one grade of a teacher or school verdict.
 * INCOMPLETE: an eligibility requirement is unmet, the teacher cannot be graded yet (teachers only).
 * FAIL: eligible, but grading fails. PASS. EXCELLENT.
 */
public enum Grade {
    INCOMPLETE, FAIL, PASS, EXCELLENT;

    public boolean passed() { return this == PASS || this == EXCELLENT; }
}
