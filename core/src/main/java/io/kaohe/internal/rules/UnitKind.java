package io.kaohe.internal.rules;

/**
 * What a {@link ProgressUnit} is: one school, one batch, or the whole cohort. Written (in reasons' values) in lower
 * case, as {@code school}, {@code batch}, {@code total}.
 */
public enum UnitKind {
    SCHOOL, BATCH, TOTAL;

    /** {@code school}, {@code batch} or {@code total}: the text reasons record. */
    @Override
    public String toString() { return name().toLowerCase(java.util.Locale.ROOT); }
}
