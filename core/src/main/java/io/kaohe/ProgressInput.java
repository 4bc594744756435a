package io.kaohe;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.kaohe.model.Cohort;
import io.kaohe.model.Reject;
import io.kaohe.model.School;
import io.kaohe.model.TeacherDossier;

/**
 * A cohort as {@link Engine#progress(ProgressInput, LocalDate)} reads it: in one pass, teacher by teacher, so
 * that a cohort of any size is reported in memory that grows with its schools, not its teachers. The engine calls
 * {@link #schools()} first, then walks {@link #teachers()} once, then reads {@link #plans()}, {@link #seed()} and
 * {@link #county()} (so a reader may take them from after the teachers in a file). {@link Cohorts#read} reads a
 * cohort file this way; {@link #of(Cohort)} wraps a cohort held in memory.
 */
public interface ProgressInput {
    /** The cohort's schools (all of them, before any teacher). */
    List<School> schools();

    /** The teachers, in the cohort's order; walked once. Element {@code i} is reported at position {@code i + 1}. */
    Iterator<Entry> teachers();

    /** Plans each school filed, school ID → (plan key → date); read after the teachers. Empty when none. */
    Map<String, Map<String, LocalDate>> plans();

    /** The seed of the re-check draw, or null for the pack's; read after the teachers. */
    Long seed();

    /** The county's name (free text, masked in the report); read after the teachers. */
    String county();

    /**
     * One teacher of the cohort: its dossier, or null with the reject saying why it could not be read (a reader's
     * own reject, at this teacher's position). A null dossier without a reject is rejected as "must not be null".
     */
    record Entry(TeacherDossier dossier, Reject unreadable) {
        public static Entry of(TeacherDossier dossier) { return new Entry(dossier, null); }
    }

    /** A cohort held in memory, as a progress input. */
    static ProgressInput of(Cohort cohort) {
        return new ProgressInput() {
            @Override public List<School> schools() { return cohort.schools(); }
            @Override public Iterator<Entry> teachers() { return cohort.teachers().stream().map(Entry::of).iterator(); }
            @Override public Map<String, Map<String, LocalDate>> plans() { return cohort.plans(); }
            @Override public Long seed() { return cohort.seed(); }
            @Override public String county() { return cohort.county(); }
        };
    }
}
