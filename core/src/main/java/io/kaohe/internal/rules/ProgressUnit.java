package io.kaohe.internal.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.kaohe.KaoheException;
import io.kaohe.internal.i18n.Display;
import io.kaohe.model.ProgressStatus;

/**
 * A school, a batch or the whole cohort, as progress rules see it on the report's as-of date: its
 * teachers, how many have passed, and the dates the plan gives it. The progress rules decide its
 * status and set it with {@link #setStatus} (exactly one status rule must fire for each unit).
 */
public final class ProgressUnit {
    public static final UnitKind SCHOOL = UnitKind.SCHOOL;
    public static final UnitKind BATCH = UnitKind.BATCH;
    public static final UnitKind TOTAL = UnitKind.TOTAL;

    /**
     * What else is known about the unit's teachers and plans.
     *
     * @param assessed         teacher dossiers assessed (valid ones)
     * @param hoursPassed      teachers meeting every hour clause ({@code progress.hours-clauses})
     * @param assessmentPassed teachers meeting every assessment clause ({@code progress.assessment-clauses})
     * @param failedIds        IDs of teachers graded FAIL on at least one assessment result (a score or a final
     *                         assessment known on the as-of date), sorted
     * @param incompleteIds    IDs of teachers graded INCOMPLETE, sorted
     * @param plansMissing     plans the pack requires ({@code school.plans-required}) not filed by the as-of
     *                         date: plan keys for a school, {@code "<schoolId> <key>"} for a batch or the total
     * @param graded           teachers whose assessment is done (完成考核): graded PASS or EXCELLENT, or FAIL on at
     *                         least one assessment result (a score or a final assessment) known on the as-of date
     */
    public record Detail(int assessed, int hoursPassed, int assessmentPassed, List<String> failedIds,
                         List<String> incompleteIds, List<String> plansMissing, int graded) {
        public static final Detail NONE = new Detail(0, 0, 0, List.of(), List.of(), List.of(), 0);

        public Detail {
            failedIds = List.copyOf(failedIds);
            incompleteIds = List.copyOf(incompleteIds);
            plansMissing = List.copyOf(plansMissing);
        }
    }

    private final UnitKind kind;
    private final String id;
    private final LocalDate asOf;
    private final LocalDate startsOn;
    private final LocalDate dueBy;
    private final int teachers;
    private final int passed;
    private final Detail detail;
    private final String name;
    private final String batch;
    private final Display display;
    private ProgressStatus status;
    private String expectedStage;

    public ProgressUnit(UnitKind kind, String id, LocalDate asOf, LocalDate startsOn, LocalDate dueBy, int teachers, int passed) {
        this(kind, id, asOf, startsOn, dueBy, teachers, passed, Detail.NONE, null, null);
    }

    /**
     * @param detail counts and teacher IDs behind the unit's numbers (Detail.NONE when not needed)
     * @param name   the school's name (schools only; may be null)
     * @param batch  the unit's batch (schools and batches; null for the total)
     */
    public ProgressUnit(UnitKind kind, String id, LocalDate asOf, LocalDate startsOn, LocalDate dueBy, int teachers, int passed,
                        Detail detail, String name, String batch) {
        this(kind, id, asOf, startsOn, dueBy, teachers, passed, detail, name, batch, Display.ENGINE);
    }

    /** @param display the pack's names, for {@link #getUnit} (a batch's name) */
    public ProgressUnit(UnitKind kind, String id, LocalDate asOf, LocalDate startsOn, LocalDate dueBy, int teachers, int passed,
                        Detail detail, String name, String batch, Display display) {
        this.display = display;
        this.kind = kind;
        this.id = id;
        this.asOf = asOf;
        this.startsOn = startsOn;
        this.dueBy = dueBy;
        this.teachers = teachers;
        this.passed = passed;
        this.detail = detail;
        this.name = name;
        this.batch = batch;
    }

    /** {@code SCHOOL}, {@code BATCH} or {@code TOTAL} (recorded in reasons as {@code school}, {@code batch}, {@code total}). */
    public UnitKind getKind() { return kind; }
    /**
     * The unit as messages name it, with its ID as the recorded value: 学校 S-01 / school S-01; a batch by
     * the pack's name for it (第二批次 / second batch), else 批次 X / batch X; 合计 / total.
     */
    public Display.Label getUnit() {
        return switch (kind) {
            case SCHOOL -> new Display.Label(id, "学校 " + id, "school " + id);
            case BATCH -> display.names(id) ? new Display.Label(id, display.name(id, true), display.name(id, false))
                    : new Display.Label(id, "批次 " + id, "batch " + id);
            default -> new Display.Label(id, "合计", "total");
        };
    }

    /** School ID, batch name, or {@code all} for the total. */
    public String getId() { return id; }
    /** The report's as-of date: only what was known then counts. */
    public LocalDate getAsOf() { return asOf; }
    /** The school's name (schools only), or null. */
    public String getName() { return name; }
    /** The unit's batch (a school's, or the batch itself), or null for the total. */
    public String getBatch() { return batch; }
    /** First day of the unit's batch (the earliest batch, for the total). */
    public LocalDate getStartsOn() { return startsOn; }
    /** The date by which every teacher should be assessed. */
    public LocalDate getDueBy() { return dueBy; }
    /** Teachers the unit has (valid dossier or not). */
    public int getTeachers() { return teachers; }
    /** Teachers graded PASS or EXCELLENT. */
    public int getPassed() { return passed; }
    /** Teachers not (yet) graded PASS or EXCELLENT. */
    public int getOpen() { return teachers - passed; }
    /** Days from the as-of date to the due date (negative once it has passed). */
    public long getDaysLeft() { return ChronoUnit.DAYS.between(asOf, dueBy); }
    /** Days from the first day to the as-of date (0 on the first day, negative before it). */
    public long getDaysSinceStart() { return ChronoUnit.DAYS.between(startsOn, asOf); }
    /** Days since the due date (0 before it). */
    public long getDaysOverdue() { return Math.max(0, -getDaysLeft()); }

    /** Teacher dossiers assessed (the rest of {@link #getTeachers} have no valid dossier). */
    public int getAssessed() { return detail.assessed(); }
    /** Teachers meeting every hour clause. */
    public int getHoursPassed() { return detail.hoursPassed(); }
    /** Teachers not (yet) meeting every hour clause, dossier or not. */
    public int getHoursOpen() { return teachers - detail.hoursPassed(); }
    /** Teachers meeting every assessment clause. */
    public int getAssessmentPassed() { return detail.assessmentPassed(); }
    /** Teachers whose assessment is done (完成考核): PASS, EXCELLENT, or FAIL on an assessment result (see {@link Detail#graded}). */
    public int getGraded() { return detail.graded(); }
    /** Teachers whose assessment is not done: INCOMPLETE, or without an assessed dossier. */
    public int getUngraded() { return teachers - getGraded(); }
    /** IDs of teachers graded FAIL on an assessment result, sorted (see {@link Detail#failedIds}). */
    public List<String> getFailedIds() { return detail.failedIds(); }
    /** IDs of teachers graded INCOMPLETE, sorted. */
    public List<String> getIncompleteIds() { return detail.incompleteIds(); }
    /** Teachers counted without an assessed dossier (a school's teacherCount above its dossiers, or rejects). */
    public int getWithoutDossier() { return teachers - detail.assessed(); }
    /** Required plans not filed by the as-of date (see {@link Detail#plansMissing}). */
    public List<String> getPlansMissing() { return detail.plansMissing(); }

    /** The status a status rule set (`setStatus`), or null before one has. */
    public ProgressStatus getStatus() { return status; }

    /** Sets the status; a second rule setting it means the status rules overlap, which is a pack error. */
    public void setStatus(ProgressStatus status) {
        if (this.status != null) {
            throw new KaoheException("progress rules overlap: " + kind + " " + id + " is both " + this.status + " and " + status);
        }
        this.status = status;
    }

    /** The stage of its plan the unit is expected to be in on the as-of date, where a pack's rules say (null otherwise). */
    public String getExpectedStage() { return expectedStage; }

    /** Sets the expected stage; a second rule setting it means the stage rules overlap, which is a pack error. */
    public void setExpectedStage(String stage) {
        if (this.expectedStage != null) {
            throw new KaoheException("progress rules overlap: " + kind + " " + id + " is expected both in "
                    + this.expectedStage + " and in " + stage);
        }
        this.expectedStage = stage;
    }

    @Override
    public String toString() { return kind + " " + id; }
}
