package io.kaohe.zhejiang;

import io.kaohe.model.Level;
import io.kaohe.model.TeacherDossier;

/** What ZJ-08 sees of a teacher's final assessment: one per teacher, empty when the institution has not assessed yet. */
public final class FinalAssessmentFacts {
    private final String teacherId;
    private final FinalAssessment finalAssessment;

    FinalAssessmentFacts(TeacherDossier d) {
        this.teacherId = d.teacher().id();
        this.finalAssessment = d.parts().get(FinalAssessment.PART.name(), FinalAssessment.class);
    }

    /** The teacher's ID (never the national ID). */
    public String getTeacherId() { return teacherId; }

    /** The training institution's final assessment level, or null when there is none. */
    public Level getFinalLevel() { return finalAssessment == null ? null : finalAssessment.level(); }

    /** The training institution's final assessment (level, date, institution), or null when there is none. */
    public FinalAssessment getFinalAssessment() { return finalAssessment; }

    @Override
    public String toString() { return "FinalAssessmentFacts[" + teacherId + "]"; }
}
