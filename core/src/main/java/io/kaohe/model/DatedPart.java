package io.kaohe.model;

import java.time.LocalDate;

/**
 * A dossier part that carries a date of its own (e.g. a final assessment): the dossier's reference date takes
 * it into account, and a report as of an earlier day does not know it yet ({@link io.kaohe.model.TeacherDossier#knownOn}).
 * Method names are not bean getters, so the JSON of the part is its fields alone.
 */
public interface DatedPart {
    /** The day the part became known; null when it has no date (validation names that). */
    LocalDate dated();

    /** Whether the part is an assessment result (a progress report counts the teacher's assessment as done). */
    default boolean assessmentResult() { return false; }
}
