package io.kaohe.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.kaohe.KaoheException;

/**
 * A school, a batch or the whole cohort, as progress rules see it on the report's as-of date: its
 * teachers, how many have passed, and the dates the plan gives it. The progress rules decide its
 * status and set it with {@link #setStatus} (exactly one status rule must fire for each unit).
 */
public final class ProgressUnit {
    public static final String SCHOOL = "school";
    public static final String BATCH = "batch";
    public static final String TOTAL = "total";

    private final String kind;
    private final String id;
    private final LocalDate asOf;
    private final LocalDate startsOn;
    private final LocalDate dueBy;
    private final int teachers;
    private final int passed;
    private final String name;
    private final String batch;
    private String status;
    private String decidedBy;

    public ProgressUnit(String kind, String id, LocalDate asOf, LocalDate startsOn, LocalDate dueBy, int teachers, int passed) {
        this(kind, id, asOf, startsOn, dueBy, teachers, passed, null, null);
    }

    /**
     * @param name  the school's name (schools only; may be null)
     * @param batch the unit's batch (schools and batches; null for the total)
     */
    public ProgressUnit(String kind, String id, LocalDate asOf, LocalDate startsOn, LocalDate dueBy, int teachers, int passed,
                        String name, String batch) {
        this.kind = kind;
        this.id = id;
        this.asOf = asOf;
        this.startsOn = startsOn;
        this.dueBy = dueBy;
        this.teachers = teachers;
        this.passed = passed;
        this.name = name;
        this.batch = batch;
    }

    /** {@code school}, {@code batch} or {@code total}. */
    public String getKind() { return kind; }
    /** The kind for Chinese messages: 学校, 批次 or 合计. */
    public String getKindZh() {
        return switch (kind) {
            case SCHOOL -> "学校";
            case BATCH -> "批次";
            default -> "合计";
        };
    }

    /** School ID, batch name, or {@code all} for the total. */
    public String getId() { return id; }
    public LocalDate getAsOf() { return asOf; }
    /** The school's name (schools only), or null. */
    public String getName() { return name; }
    /** The unit's batch (a school's, or the batch itself), or null for the total. */
    public String getBatch() { return batch; }
    /** First day of the unit's batch (the earliest batch, for the total). */
    public LocalDate getStartsOn() { return startsOn; }
    /** The date by which every teacher should be assessed. */
    public LocalDate getDueBy() { return dueBy; }
    public int getTeachers() { return teachers; }
    /** Teachers graded PASS or EXCELLENT. */
    public int getPassed() { return passed; }
    /** Teachers not (yet) graded PASS or EXCELLENT. */
    public int getOpen() { return teachers - passed; }
    /** Days from the as-of date to the due date (negative once it has passed). */
    public long getDaysLeft() { return ChronoUnit.DAYS.between(asOf, dueBy); }
    /** Days since the due date (0 before it). */
    public long getDaysOverdue() { return Math.max(0, -getDaysLeft()); }

    public String getStatus() { return status; }

    /** Sets the status; a second rule setting it means the status rules overlap, which is a pack error. */
    public void setStatus(String status) {
        if (this.status != null) {
            throw new KaoheException("progress rules overlap: " + kind + " " + id + " is both " + this.status + " and " + status);
        }
        this.status = status;
    }

    @Override
    public String toString() { return kind + " " + id; }
}
