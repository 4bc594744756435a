package io.kaohe;

import java.time.LocalDate;
import java.util.List;

import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * A province's rule pack, ready to assess. Get one with {@link Kaohe#pack(String)}.
 *
 * <p><b>Thread safety.</b> An engine is safe to share between threads and is meant to be: it holds
 * one immutable, compiled rule base per pack; every call runs in a fresh stateless session of its
 * own, so concurrent calls never see each other's facts. A reload swaps the whole rule base
 * atomically: a call runs entirely on the rules that were current when it started.
 */
public interface Engine {
    /** The pack's name: {@code shandong}, {@code hunan}, {@code liaoning}, {@code zhejiang}. */
    String pack();

    /** Pack version plus a hash of the rule, parameter, clause and catalog files in use. */
    String policyVersion();

    /** Field errors of a dossier against interchange v1 and this pack's catalog and units; empty when valid. */
    List<FieldError> validate(TeacherDossier dossier);

    /**
     * Assesses one teacher.
     *
     * @throws io.kaohe.InvalidInputException naming every bad field, when the dossier is invalid
     */
    TeacherVerdict assess(TeacherDossier dossier);

    /**
     * Assesses schools together (caps such as "at most 30% excellent" apply across the list).
     *
     * @throws io.kaohe.InvalidInputException naming every bad field; a null list or element by its position
     *                                                 ({@code schools[2]: must not be null})
     */
    List<SchoolVerdict> assessSchools(List<SchoolDossier> schools);

    /**
     * Batch progress of a cohort as of a date: per batch, per school, deadlines, re-check sample, and the teachers
     * who need action. A convenience for a cohort held in memory: {@link #progress(ProgressInput, LocalDate)}.
     */
    default ProgressReport progress(Cohort cohort, LocalDate asOf) {
        return progress(cohort == null ? null : ProgressInput.of(cohort), asOf);
    }

    /**
     * Batch progress of a cohort read in one pass: each teacher is assessed as of {@code asOf} (and as of each
     * deadline already passed), counted per school, and dropped, so memory grows with the schools (and the compact
     * set of teacher IDs the duplicate check keeps, and the rows of teachers needing action), not with the dossiers.
     * A teacher that cannot be assessed is a reject at its position; the report is the same as for the same cohort
     * held in memory.
     *
     * @throws io.kaohe.InvalidInputException naming every bad field of the cohort (schools, plans, as-of date)
     */
    ProgressReport progress(ProgressInput input, LocalDate asOf);
}
