package io.kaohe;

import java.time.LocalDate;
import java.util.List;

import io.kaohe.model.Cohort;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.TeacherDossier;

/**
 * Records {@link Kaohe#check(String, java.nio.file.Path, SmokeCohort)} runs edited rules on, besides the scenarios,
 * so a rule that throws is found before it meets real data: a rule that compiles can still fail when it runs
 * (a mistyped record kind, a value it does not expect). What the rules decide is not looked at, only that they run.
 *
 * @param teachers teacher dossiers (invalid ones are skipped: rejecting them is not a rule's fault)
 * @param schools  school dossiers, assessed together
 * @param cohort   a cohort for the progress rules, or null
 * @param asOf     the date the progress is asked for (null when {@code cohort} is)
 */
public record SmokeCohort(List<TeacherDossier> teachers, List<SchoolDossier> schools, Cohort cohort, LocalDate asOf) {
    public SmokeCohort {
        teachers = List.copyOf(teachers);
        schools = List.copyOf(schools);
    }

    /** No records: only the scenarios run. */
    public static final SmokeCohort NONE = new SmokeCohort(List.of(), List.of(), null, null);
}
