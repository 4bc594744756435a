package io.kaohe.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything assessed about one school (school dossier, documented in docs/interchange.md).
 *
 * @param abilities the micro-abilities chosen for the school's research programme
 * @param cohort    what the school's teachers did, counted
 * @param items     scores given by assessors for form items only an assessor can judge (item key → points)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SchoolDossier(School school, ManagementTeam team, List<String> abilities, CohortStats cohort,
                            Map<String, BigDecimal> items) {
    public SchoolDossier {
        abilities = abilities == null ? List.of() : List.copyOf(abilities);
        items = items == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(items));
    }
}
