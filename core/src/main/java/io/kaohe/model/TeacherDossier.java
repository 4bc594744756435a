package io.kaohe.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything assessed about one teacher (interchange v1 teacher dossier).
 *
 * @param asOf optional: the date the dossier is assessed at. When absent, the date of the latest record
 *             or score is used. Dated parameters are read for this date, never for the wall clock.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeacherDossier(Teacher teacher, List<StudyRecord> records, List<RubricScore> scores, LocalDate asOf) {

    public TeacherDossier {
        records = records == null ? List.of() : List.copyOf(records);
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    public TeacherDossier(Teacher teacher, List<StudyRecord> records, List<RubricScore> scores) {
        this(teacher, records, scores, null);
    }

    /** The date the dossier is assessed at: {@code asOf}, else its latest dated entry, else empty. */
    public java.util.Optional<LocalDate> referenceDate() {
        if (asOf != null) return java.util.Optional.of(asOf);
        return Stream.concat(records.stream().map(StudyRecord::date), scores.stream().map(RubricScore::assessedOn))
                .filter(Objects::nonNull).max(Comparator.naturalOrder());
    }
}
