package io.kaohe.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a school's teachers did, counted: the data-decidable items of a school form read these.
 * {@link io.kaohe.Cohorts#stats} computes it from teacher dossiers and verdicts.
 *
 * @param teachers          teachers assessed
 * @param abilityChoices    teachers' chosen abilities counted per environment
 * @param onlineHoursMet    teachers whose online study met the pack's minimum
 * @param practiceHoursMet  teachers whose school-based practice met the pack's minimum
 * @param passed            teachers graded PASS or EXCELLENT
 * @param excellent         teachers graded EXCELLENT
 * @param worksSubmitted    works (cases) forwarded upward
 * @param microAbilityPassed teachers who passed their micro-ability assessment: every reason of the clauses
 *                          named by the pack's {@code school.pass-rate-clauses} met (Shandong SD-13's
 *                          教师微能力合格率 counts these, SD-04), whatever their whole verdict; null for a
 *                          pack without that parameter
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CohortStats(Integer teachers, Map<Environment, Integer> abilityChoices, Integer onlineHoursMet,
                          Integer practiceHoursMet, Integer passed, Integer excellent, Integer worksSubmitted,
                          Integer microAbilityPassed) {
    public CohortStats {
        abilityChoices = abilityChoices == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(abilityChoices));
    }

    /** Counts without {@code microAbilityPassed} (packs that do not read it). */
    public CohortStats(Integer teachers, Map<Environment, Integer> abilityChoices, Integer onlineHoursMet,
                       Integer practiceHoursMet, Integer passed, Integer excellent, Integer worksSubmitted) {
        this(teachers, abilityChoices, onlineHoursMet, practiceHoursMet, passed, excellent, worksSubmitted, null);
    }
}
