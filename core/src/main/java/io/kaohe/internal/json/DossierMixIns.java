package io.kaohe.internal.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.kaohe.model.CohortStats;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.RubricScore;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Jackson mix-ins that attach the packs' {@link PartsReader} to the dossiers' creators ({@code json(...)}), so the public
 * model names no internal type. Jackson matches a mix-in's static method to the target's by name and parameter types and
 * merges their parameter annotations; {@code DossierMixInsTest} fails when a signature drifts apart.
 */
final class DossierMixIns {
    private DossierMixIns() {}

    /** The creator of {@link TeacherDossier}. */
    abstract static class Teacher {
        static TeacherDossier json(io.kaohe.model.Teacher teacher, List<StudyRecord> records, List<RubricScore> scores,
                                   LocalDate asOf, @JsonDeserialize(using = PartsReader.Teacher.class) Object notAField,
                                   @JsonDeserialize(contentUsing = PartsReader.Teacher.class) Map<String, Object> packFields) {
            throw new AssertionError("annotations only");
        }
    }

    /** The creator of {@link SchoolDossier}. */
    abstract static class School {
        static SchoolDossier json(io.kaohe.model.School school, ManagementTeam team, List<String> abilities, CohortStats cohort,
                                  Map<String, BigDecimal> items, Map<String, LocalDate> plans,
                                  @JsonDeserialize(using = PartsReader.School.class) Object notAField,
                                  @JsonDeserialize(contentUsing = PartsReader.School.class) Map<String, Object> packFields) {
            throw new AssertionError("annotations only");
        }
    }
}
