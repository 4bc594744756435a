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
 * @param finalAssessment optional: the training institution's final assessment, for packs that grade
 *             that way (Zhejiang ZJ-08)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeacherDossier(Teacher teacher, List<StudyRecord> records, List<RubricScore> scores, LocalDate asOf,
                             FinalAssessment finalAssessment) {

    public TeacherDossier {
        records = Lists.copy(records);
        scores = Lists.copy(scores);
    }

    public TeacherDossier(Teacher teacher, List<StudyRecord> records, List<RubricScore> scores) {
        this(teacher, records, scores, null, null);
    }

    public TeacherDossier(Teacher teacher, List<StudyRecord> records, List<RubricScore> scores, LocalDate asOf) {
        this(teacher, records, scores, asOf, null);
    }

    /** The date the dossier is assessed at: {@code asOf}, else its latest dated entry, else empty. */
    public java.util.Optional<LocalDate> referenceDate() {
        if (asOf != null) return java.util.Optional.of(asOf);
        Stream<LocalDate> dates = Stream.concat(records.stream().map(StudyRecord::date), scores.stream().map(RubricScore::assessedOn));
        if (finalAssessment != null) dates = Stream.concat(dates, Stream.of(finalAssessment.assessedOn()));
        return dates.filter(Objects::nonNull).max(Comparator.naturalOrder());
    }
}
