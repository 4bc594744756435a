package io.kaohe.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaohe.internal.privacy.Mask;

/**
 * A teacher of a progress report who still needs action (graded FAIL or INCOMPLETE as of the report's date), with
 * the requirements not met: the small row a report lists, never the dossier. IDs and texts are masked
 * ({@link Mask#scrub}), so a national ID used as a teacher ID never appears in full.
 *
 * @param teacherId masked
 * @param schoolId  the school the teacher belongs to
 */
public record TeacherAction(String teacherId, String schoolId, Grade grade, List<Item> items) {
    public TeacherAction {
        teacherId = Mask.scrub(teacherId);
        items = List.copyOf(items);
    }

    /** What a teacher still has to do. */
    public enum Kind {
        /** an eligibility requirement is unmet: hours, activities, material (grade INCOMPLETE) */
        REQUIREMENTS,
        /** a graded requirement failed: the ability must be re-assessed (grade FAIL) */
        REASSESSMENT
    }

    /**
     * One unmet requirement: its clause and the rule's explanation, in Chinese and (where the rule gives one) English.
     *
     * @param values the observed values the rule compared ({@link Reason#values}, masked), for a report to tell, e.g., a
     *               semester that has not ended yet from one that was missed
     */
    public record Item(Kind kind, String clause, String message, String messageEn, Map<String, Object> values) {
        public Item {
            message = Mask.scrub(message);
            messageEn = Mask.scrub(messageEn);
            values = values == null ? Map.of() : values;
        }

        public Item(Kind kind, String clause, String message, String messageEn) {
            this(kind, clause, message, messageEn, Map.of());
        }

        /** The explanation in the language closest to {@code locale} (Chinese where the rule has no English). */
        public String message(Locale locale) {
            return (locale != null && "zh".equals(locale.getLanguage())) || messageEn == null ? message : messageEn;
        }
    }

    /**
     * The action a verdict calls for, or null when the teacher passed: each unmet eligibility requirement and each
     * failed graded requirement (not being excellent, or an outcome, is no action to take).
     */
    public static TeacherAction of(TeacherVerdict v, String schoolId) {
        if (v.grade().passed()) return null;
        List<Item> items = new ArrayList<>();
        for (Reason r : v.reasons()) {
            Kind kind = r.met() ? null : switch (Decision.of(r.decision())) {
                case ELIGIBILITY -> Kind.REQUIREMENTS;
                case GRADING -> Kind.REASSESSMENT;
                default -> null;
            };
            if (kind != null) items.add(new Item(kind, r.clause(), r.message(), r.messageEn(), r.values()));
        }
        return new TeacherAction(v.teacherId(), schoolId, v.grade(), items);
    }
}
