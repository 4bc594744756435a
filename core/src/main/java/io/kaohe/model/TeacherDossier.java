package io.kaohe.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Everything assessed about one teacher (interchange v1 teacher dossier).
 *
 * @param asOf  optional: the date the dossier is assessed at. When absent, the date of the latest record
 *              or score is used. Dated parameters are read for this date, never for the wall clock.
 * @param parts the fields only some packs read ({@link io.kaohe.spi.DossierPart}), e.g. Zhejiang's
 *              {@code finalAssessment}; in JSON they are fields of the dossier, after the others
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
// parts are written as the dossier's own fields (jsonParts) and read by the any-setter: "parts" is no JSON field
@JsonIgnoreProperties(value = "parts", allowSetters = true)
public record TeacherDossier(Teacher teacher, List<StudyRecord> records, List<RubricScore> scores, LocalDate asOf,
                             DossierParts parts) {

    public TeacherDossier {
        records = Lists.copy(records);
        scores = Lists.copy(scores);
        parts = parts == null ? DossierParts.NONE : parts;
    }

    public TeacherDossier(Teacher teacher, List<StudyRecord> records, List<RubricScore> scores) {
        this(teacher, records, scores, null, null);
    }

    public TeacherDossier(Teacher teacher, List<StudyRecord> records, List<RubricScore> scores, LocalDate asOf) {
        this(teacher, records, scores, asOf, null);
    }

    @JsonCreator
    static TeacherDossier json(@JsonProperty("teacher") Teacher teacher, @JsonProperty("records") List<StudyRecord> records,
                               @JsonProperty("scores") List<RubricScore> scores, @JsonProperty("asOf") LocalDate asOf,
                               // "parts" is the Java holder, no JSON field: given, it is an unknown field like any other.
                               // Both are read by the packs' parts reader, which the internal mapper attaches (DossierMixIns).
                               @JsonProperty("parts") Object notAField,
                               @JsonAnySetter Map<String, Object> packFields) {
        return new TeacherDossier(teacher, records, scores, asOf, DossierParts.of(packFields));
    }

    @JsonAnyGetter
    Map<String, Object> jsonParts() { return parts.asMap(); }

    /** The same dossier with other pack parts. */
    public TeacherDossier withParts(DossierParts p) { return new TeacherDossier(teacher, records, scores, asOf, p); }

    /** The date the dossier is assessed at: {@code asOf}, else its latest dated entry, else empty. */
    public java.util.Optional<LocalDate> referenceDate() {
        if (asOf != null) return java.util.Optional.of(asOf);
        Stream<LocalDate> dates = Stream.concat(records.stream().map(StudyRecord::date), scores.stream().map(RubricScore::assessedOn));
        dates = Stream.concat(dates, dated().map(DatedPart::dated));
        return dates.filter(Objects::nonNull).max(Comparator.naturalOrder());
    }

    /** Whether the dossier holds an assessment result: a score, or a part that is one (e.g. a final assessment). */
    public boolean hasAssessmentResult() {
        return !scores.isEmpty() || dated().anyMatch(DatedPart::assessmentResult);
    }

    private Stream<DatedPart> dated() {
        return parts.asMap().values().stream().filter(DatedPart.class::isInstance).map(DatedPart.class::cast);
    }

    /**
     * The dossier as it was known on {@code day} (a progress report as of that day): records, scores and
     * dated parts (e.g. a final assessment) dated after it are left out, and a given {@code asOf} after it
     * becomes {@code day}. Without {@code asOf} the dossier is assessed at its latest entry known then, or at
     * {@code day} when none was. Entries without a date are kept for validation to name. The dossier itself
     * when nothing was dated after {@code day}, so appending later entries never changes what is known on it.
     */
    public TeacherDossier knownOn(LocalDate day) {
        List<StudyRecord> rs = records.stream().filter(r -> r.date() == null || !r.date().isAfter(day)).toList();
        List<RubricScore> ss = scores.stream().filter(s -> s.assessedOn() == null || !s.assessedOn().isAfter(day)).toList();
        DossierParts ps = parts;
        for (var e : parts.asMap().entrySet()) {
            if (e.getValue() instanceof DatedPart p && p.dated() != null && p.dated().isAfter(day)) ps = ps.with(e.getKey(), null);
        }
        LocalDate on = asOf != null && asOf.isAfter(day) ? day : asOf;
        TeacherDossier known = new TeacherDossier(teacher, rs, ss, on, ps);
        if (known.referenceDate().isEmpty()) known = new TeacherDossier(teacher, rs, ss, day, ps);
        return known.equals(this) ? this : known;
    }
}
