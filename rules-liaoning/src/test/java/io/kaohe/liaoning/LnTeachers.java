package io.kaohe.liaoning;

import io.kaohe.model.TeacherDossier;

/** Named Liaoning teachers for school and progress tests (see {@link LnTeacher}). */
public final class LnTeachers {
    private LnTeachers() {}

    /** 25 + 25 hours, a guidance plan, three passed abilities: PASS. */
    public static TeacherDossier pass(String id, String school) { return LnTeacher.complete().dossier(id, school); }

    /** The hours and abilities, no guidance plan: FAIL (LN-03). */
    public static TeacherDossier noGuidancePlan(String id, String school) {
        return new LnTeacher(250, 250, 0, 0, LnTeacher.passed(3), null).dossier(id, school);
    }

    /** 20 online hours: INCOMPLETE (LN-01, LN-02). */
    public static TeacherDossier shortOnline(String id, String school) {
        return new LnTeacher(200, 250, 0, 1, LnTeacher.passed(3), null).dossier(id, school);
    }
}
