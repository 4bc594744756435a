package io.kaohe.zhejiang;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.kaohe.model.Level;
import io.kaohe.model.DatedPart;
import io.kaohe.spi.DossierPart;
import io.kaohe.internal.validate.DossierValidator;
import io.kaohe.FieldError;

/**
 * A teacher's final assessment by the training institution: the teacher dossier's {@code finalAssessment}
 * (ZJ-08: the institution assesses and records the credits). It is an assessment result, dated: a report as
 * of an earlier day does not know it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FinalAssessment(Level level, LocalDate assessedOn, String institution) implements DatedPart {
    /** The teacher dossier's field {@code finalAssessment}. */
    public static final DossierPart<FinalAssessment> PART = new DossierPart<>(DossierPart.Of.TEACHER, "finalAssessment",
            FinalAssessment.class, (f, context, out) -> validate(f, out));

    /** Dossier parts holding just this final assessment (none when it is null). */
    public static io.kaohe.model.DossierParts parts(FinalAssessment f) {
        return io.kaohe.model.DossierParts.NONE.with(PART.name(), f);
    }

    /** The final assessment of a dossier, or null. */
    public static FinalAssessment of(io.kaohe.model.TeacherDossier d) { return d.parts().get(PART.name(), FinalAssessment.class); }

    @Override
    public LocalDate dated() { return assessedOn; }

    @Override
    public boolean assessmentResult() { return true; }

    static void validate(FinalAssessment f, List<FieldError> out) {
        if (f.level() == null) out.add(FieldError.of("finalAssessment.level", "validate.required"));
        if (f.assessedOn() == null) out.add(FieldError.of("finalAssessment.assessedOn", "validate.required"));
        else DossierValidator.date(f.assessedOn(), "finalAssessment.assessedOn", out);
    }
}
