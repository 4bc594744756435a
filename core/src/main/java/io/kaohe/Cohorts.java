package io.kaohe;

import java.util.List;
import java.util.Map;

import io.kaohe.model.CohortStats;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * Cohorts: read a cohort document teacher by teacher ({@link #read}), and count what a school's teachers did
 * ({@link CohortStats}, for the data-decidable items of a school form) from the teachers' dossiers and the verdicts
 * the same engine gave them.
 */
public final class Cohorts {
    private Cohorts() {}

    /**
     * Opens a cohort document (interchange v1, UTF-8) to read in one pass: its fields outside {@code teachers} are
     * bound when met, each teacher when walked ({@link CohortReader}), so
     * {@code engine.progress(Cohorts.read(in), asOf)} reports a cohort of any size in memory that does not grow with
     * its teachers. A document whose {@code schools} come after its {@code teachers} is read too, but its teachers
     * are then held until the schools are known (put {@code schools} first, as {@code kaohe generate} does).
     *
     * @throws CohortFormatException when the document is empty, not an object, or not JSON where it is read
     */
    public static CohortReader read(java.io.InputStream in) { return Kaohe.backend().readCohort(in); }

    /**
     * Counts per school ID. {@code verdicts} must be the engine's verdicts on {@code dossiers} (matched by
     * teacher ID). "Online / practice hours met" compare the teacher's hours with the pack's
     * {@code teacher.online-hours-min} / {@code teacher.practice-hours-min} for the verdict's date; a pack
     * without such a minimum gets null for that count (nothing to count against).
     * A teacher's ability choices are the distinct abilities assessed, counted by environment.
     * "Micro-ability passed" counts the teachers whose verdict meets every reason of the clauses the pack
     * names in {@code school.pass-rate-clauses} (null without that parameter).
     */
    public static Map<String, CohortStats> stats(Engine engine, List<TeacherDossier> dossiers, List<TeacherVerdict> verdicts) {
        return Kaohe.backend().cohortStats(engine, dossiers, verdicts);
    }
}
