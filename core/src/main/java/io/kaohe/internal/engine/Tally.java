package io.kaohe.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

import io.kaohe.model.Grade;
import io.kaohe.model.Reason;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.TeacherVerdict;

/** Teachers' verdicts counted for one school, one batch or the whole cohort (附件2 columns). */
final class Tally {
    /** Clause sets that define the 附件2 columns (from the pack's parameters). */
    record Columns(Set<String> hours, Set<String> assessment, Set<String> practice) {}

    int teachers;
    int assessed;
    int passed;
    int excellent;
    int hoursPassed;
    int assessmentPassed;
    int practiceCompleted;
    int failed;
    int incomplete;
    /** PASS, EXCELLENT, or FAIL on at least one assessment result: the teacher's assessment is done (完成考核). */
    int graded;
    /** IDs of teachers graded FAIL on an assessment result / INCOMPLETE, sorted (for progress rules that name them, e.g. LN-05). */
    final java.util.TreeSet<String> failedIds = new java.util.TreeSet<>();
    final java.util.TreeSet<String> incompleteIds = new java.util.TreeSet<>();

    /** Counts a verdict; {@code d} is the dossier it was given on (whether there was any assessment result). */
    void add(TeacherVerdict v, io.kaohe.model.TeacherDossier d, Columns cols) {
        assessed++;
        boolean result = d.hasAssessmentResult();
        if (v.grade().passed() || (v.grade() == Grade.FAIL && result)) graded++;
        if (v.grade().passed()) passed++;
        if (v.grade() == Grade.EXCELLENT) excellent++;
        if (v.grade() == Grade.FAIL) {
            failed++;
            // named as failed (e.g. for one-to-one help) only when an assessment result failed them: an eligible
            // teacher with no result known yet has not been assessed (考核不达标 presumes an assessment)
            if (result) failedIds.add(v.teacherId());
        }
        if (v.grade() == Grade.INCOMPLETE) {
            incomplete++;
            incompleteIds.add(v.teacherId());
        }
        if (allMet(v.reasons(), cols.hours())) hoursPassed++;
        if (allMet(v.reasons(), cols.assessment())) assessmentPassed++;
        if (allMet(v.reasons(), cols.practice())) practiceCompleted++;
    }

    void add(Tally t) {
        teachers += t.teachers;
        assessed += t.assessed;
        passed += t.passed;
        excellent += t.excellent;
        hoursPassed += t.hoursPassed;
        assessmentPassed += t.assessmentPassed;
        practiceCompleted += t.practiceCompleted;
        failed += t.failed;
        incomplete += t.incomplete;
        graded += t.graded;
        failedIds.addAll(t.failedIds);
        incompleteIds.addAll(t.incompleteIds);
    }

    /** What progress rules see beyond teachers and passed. */
    io.kaohe.internal.rules.ProgressUnit.Detail detail(List<String> plansMissing) {
        return new io.kaohe.internal.rules.ProgressUnit.Detail(assessed, hoursPassed, assessmentPassed, List.copyOf(failedIds),
                List.copyOf(incompleteIds), plansMissing, graded);
    }

    SchoolProgress row(String schoolId, String name, String batch, io.kaohe.model.ProgressStatus status) {
        return new SchoolProgress(schoolId, name, batch, teachers, assessed, passed, rate(passed, teachers), excellent,
                hoursPassed, rate(hoursPassed, teachers), assessmentPassed, rate(assessmentPassed, teachers),
                practiceCompleted, rate(practiceCompleted, teachers), failed, incomplete, status);
    }

    /** A share of 0–1 rounded half-even to 4 places; null when there is nothing to divide by. */
    static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }

    /** At least one reason of these clauses, and all of them met. */
    private static boolean allMet(List<Reason> reasons, Set<String> clauses) {
        boolean any = false;
        for (Reason r : reasons) {
            if (clauses.contains(r.clause())) {
                if (!r.met()) return false;
                any = true;
            }
        }
        return any;
    }
}
