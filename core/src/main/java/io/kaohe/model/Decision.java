package io.kaohe.model;

/**
 * What a rule decides, from its {@code @decision} metadata. Reasons are ordered by decision, then
 * clause, then rule name.
 */
public enum Decision {
    /** unmet → the teacher is INCOMPLETE (cannot be graded yet) */
    ELIGIBILITY,
    /** unmet → FAIL */
    GRADING,
    /** all met (and at least one) → EXCELLENT; unmet is not a failure and is not listed in unmet */
    EXCELLENCE,
    /** a consequence attached to the result (kind O clauses) */
    OUTCOME,
    /** an item of a school's form */
    SCHOOL,
    /** the cap on excellent schools assessed together */
    QUOTA,
    /** batch progress, deadlines and samples */
    PROGRESS;

    public String key() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Decision of(String key) {
        return valueOf(key.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
