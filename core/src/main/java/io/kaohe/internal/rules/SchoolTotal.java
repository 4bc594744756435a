package io.kaohe.internal.rules;

import java.math.BigDecimal;

/**
 * One school's form total, for the rules that need every school assessed together (pass line,
 * excellent line, the cap on excellent schools). Each evaluation decides for one school, the
 * {@code subject}; the others are there to be counted.
 */
public final class SchoolTotal {
    private final String schoolId;
    private final BigDecimal total;
    private final boolean subject;

    public SchoolTotal(String schoolId, BigDecimal total, boolean subject) {
        this.schoolId = schoolId;
        this.total = total;
        this.subject = subject;
    }

    /** The school's ID. */
    public String getSchoolId() { return schoolId; }
    /** The school's form total (points). */
    public BigDecimal getTotal() { return total; }
    /** Whether this is the school being decided in this evaluation. */
    public boolean isSubject() { return subject; }

    @Override
    public String toString() { return schoolId + "=" + total + (subject ? " (subject)" : ""); }
}
