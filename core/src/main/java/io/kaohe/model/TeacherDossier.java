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

    /**
     * The dossier as it was known on {@code day} (a progress report as of that day): records, scores and
     * a final assessment dated after it are left out, and a given {@code asOf} after it becomes {@code day}.
     * Without {@code asOf} the dossier is assessed at its latest entry known then, or at {@code day} when
     * none was. Entries without a date are kept for validation to name. The dossier itself when nothing
     * was dated after {@code day}, so appending later entries never changes what is known on it.
     */
    public TeacherDossier knownOn(LocalDate day) {
        List<StudyRecord> rs = records.stream().filter(r -> r.date() == null || !r.date().isAfter(day)).toList();
        List<RubricScore> ss = scores.stream().filter(s -> s.assessedOn() == null || !s.assessedOn().isAfter(day)).toList();
        FinalAssessment fa = finalAssessment != null && finalAssessment.assessedOn() != null
                && finalAssessment.assessedOn().isAfter(day) ? null : finalAssessment;
        LocalDate on = asOf != null && asOf.isAfter(day) ? day : asOf;
        TeacherDossier known = new TeacherDossier(teacher, rs, ss, on, fa);
        if (known.referenceDate().isEmpty()) known = new TeacherDossier(teacher, rs, ss, day, fa);
        return known.equals(this) ? this : known;
    }
}
