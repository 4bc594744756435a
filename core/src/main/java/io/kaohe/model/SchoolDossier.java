package io.kaohe.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Everything assessed about one school (documented in docs/school-and-progress.md). Each pack reads
 * the parts its policy speaks of; the others may be absent.
 *
 * @param abilities the micro-abilities chosen for the school's research programme
 * @param cohort    what the school's teachers did, counted
 * @param items     scores given by assessors for form items only an assessor can judge (item key → points)
 * @param plans     plans the school filed, by name, with the date filed (e.g. Liaoning 一划两案, Hunan: plan key → date)
 * @param parts     the fields only some packs read ({@link io.kaohe.spi.DossierPart}), e.g. Liaoning's {@code funds},
 *                  Zhejiang's {@code groups} and {@code offlineClass}; in JSON they are fields of the dossier, after the others
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
// parts are written as the dossier's own fields (jsonParts) and read by the any-setter: "parts" is no JSON field
@JsonIgnoreProperties(value = "parts", allowSetters = true)
public record SchoolDossier(School school, ManagementTeam team, List<String> abilities, CohortStats cohort,
                           Map<String, BigDecimal> items, Map<String, LocalDate> plans, DossierParts parts) {
    public SchoolDossier {
        abilities = Lists.copy(abilities);
        items = items == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(items));
        plans = plans == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(plans));
        parts = parts == null ? DossierParts.NONE : parts;
    }

    /** A school dossier with the parts the Shandong form reads. */
    public SchoolDossier(School school, ManagementTeam team, List<String> abilities, CohortStats cohort,
                         Map<String, BigDecimal> items) {
        this(school, team, abilities, cohort, items, null, null);
    }

    @JsonCreator
    static SchoolDossier json(@JsonProperty("school") School school, @JsonProperty("team") ManagementTeam team,
                              @JsonProperty("abilities") List<String> abilities, @JsonProperty("cohort") CohortStats cohort,
                              @JsonProperty("items") Map<String, BigDecimal> items, @JsonProperty("plans") Map<String, LocalDate> plans,
                              // "parts" is the Java holder, no JSON field: given, it is an unknown field like any other.
                              // Both are read by the packs' parts reader, which the internal mapper attaches (DossierMixIns).
                              @JsonProperty("parts") Object notAField,
                              @JsonAnySetter Map<String, Object> packFields) {
        return new SchoolDossier(school, team, abilities, cohort, items, plans, DossierParts.of(packFields));
    }

    @JsonAnyGetter
    Map<String, Object> jsonParts() { return parts.asMap(); }

    /** The same dossier with other pack parts. */
    public SchoolDossier withParts(DossierParts p) { return new SchoolDossier(school, team, abilities, cohort, items, plans, p); }
}
