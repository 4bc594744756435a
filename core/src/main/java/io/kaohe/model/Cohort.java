package io.kaohe.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A county's cohort for progress reporting: its schools and its teachers' dossiers. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Cohort(String county, List<School> schools, List<TeacherDossier> teachers, Long seed) {
    public Cohort {
        schools = schools == null ? List.of() : List.copyOf(schools);
        teachers = teachers == null ? List.of() : List.copyOf(teachers);
    }
}
