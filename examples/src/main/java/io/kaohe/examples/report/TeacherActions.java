package io.kaohe.examples.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.kaohe.Engine;
import io.kaohe.i18n.Messages;
import io.kaohe.model.Cohort;
import io.kaohe.model.Grade;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.Reason;
import io.kaohe.model.Reject;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.privacy.Mask;
import io.kaohe.rules.Decision;

/**
 * The teachers of a cohort who still need action (graded FAIL or INCOMPLETE), each with the requirements
 * they have not met. The progress report counts them per school; this names them, with every ID and text
 * passed through {@link Mask#scrub} so that a national ID used as a teacher ID never appears in full.
 */
public final class TeacherActions {
    private TeacherActions() {}

    /** What a teacher still has to do. */
    public enum Kind {
        /** an eligibility requirement is unmet: hours, activities, material (grade INCOMPLETE) */
        REQUIREMENTS,
        /** a graded requirement failed: the ability must be re-assessed (grade FAIL) */
        REASSESSMENT
    }

    /** One unmet requirement: its clause and the rule's explanation in the report's language. */
    public record Item(Kind kind, String clause, String message) {}

    /** A teacher needing action; {@code teacherId} masked. */
    public record Action(String teacherId, String schoolId, Grade grade, List<Item> items) {}

    /**
     * Assesses the cohort's dossiers that the report did not reject (the same engine, so the same verdicts
     * as the report counted) and keeps those not yet passed, ordered by school, then teacher ID.
     */
    public static List<Action> of(Engine engine, Cohort cohort, ProgressReport report, Locale locale) {
        boolean zh = Messages.supported(locale).equals(Messages.ZH);
        Set<Long> rejected = new HashSet<>();
        for (Reject r : report.rejects()) rejected.add(r.line());
        List<Action> out = new ArrayList<>();
        List<TeacherDossier> teachers = cohort.teachers();
        for (int i = 0; i < teachers.size(); i++) {
            if (rejected.contains(i + 1L)) continue;
            TeacherDossier d = teachers.get(i);
            TeacherVerdict v = engine.assess(d);
            if (v.grade().passed()) continue;
            List<Item> items = new ArrayList<>();
            for (Reason r : v.reasons()) {
                // not being excellent, or an outcome, is no action to take
                Kind kind = r.met() ? null : switch (Decision.of(r.decision())) {
                    case ELIGIBILITY -> Kind.REQUIREMENTS;
                    case GRADING -> Kind.REASSESSMENT;
                    default -> null;
                };
                if (kind == null) continue;
                String text = zh || r.messageEn() == null ? r.message() : r.messageEn();
                items.add(new Item(kind, r.clause(), Mask.scrub(text)));
            }
            out.add(new Action(Mask.scrub(v.teacherId()), d.teacher().schoolId(), v.grade(), List.copyOf(items)));
        }
        out.sort(Comparator.comparing(Action::schoolId).thenComparing(Action::teacherId));
        return List.copyOf(out);
    }
}
