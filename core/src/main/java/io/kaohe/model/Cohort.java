package io.kaohe.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A county's cohort for progress reporting: its schools and its teachers' dossiers.
 *
 * @param plans optional: plans each school filed, school ID → (plan key → date filed), for packs whose
 *              progress depends on them (Liaoning LN-04 一划两案); a plan dated after the as-of date is
 *              not yet filed on that date
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Cohort(String county, List<School> schools, List<TeacherDossier> teachers, Long seed,
                     Map<String, Map<String, LocalDate>> plans) {
    public Cohort {
        schools = Lists.copy(schools);
        teachers = Lists.copy(teachers);
        if (plans == null) {
            plans = Map.of();
        } else {
            // sorted for a stable order; a school's null map or a null date is left for validation to name
            Map<String, Map<String, LocalDate>> sorted = new TreeMap<>();
            plans.forEach((k, v) -> sorted.put(k, v == null ? null : java.util.Collections.unmodifiableMap(new TreeMap<>(v))));
            plans = java.util.Collections.unmodifiableMap(sorted);
        }
    }

    /** A cohort without plans. */
    public Cohort(String county, List<School> schools, List<TeacherDossier> teachers, Long seed) {
        this(county, schools, teachers, seed, null);
    }
}
