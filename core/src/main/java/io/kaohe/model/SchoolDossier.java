package io.kaohe.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything assessed about one school (documented in docs/school-and-progress.md). Each pack reads
 * the parts its policy speaks of; the others may be absent.
 *
 * @param abilities the micro-abilities chosen for the school's research programme
 * @param cohort    what the school's teachers did, counted
 * @param items     scores given by assessors for form items only an assessor can judge (item key → points)
 * @param plans     plans the school filed, by name, with the date filed (e.g. Liaoning 一划两案: plan key → date)
 * @param funds     the school's public funds and what of them went to training (e.g. Liaoning LN-07)
 * @param groups    the school's research groups with their chosen focus points (e.g. Zhejiang ZJ-04, ZJ-05)
 * @param offlineClass how the school runs its offline centralised training (e.g. Zhejiang ZJ-02)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SchoolDossier(School school, ManagementTeam team, List<String> abilities, CohortStats cohort,
                            Map<String, BigDecimal> items, Map<String, LocalDate> plans, Funds funds,
                            List<ResearchGroup> groups, OfflineClass offlineClass) {
    public SchoolDossier {
        abilities = Lists.copy(abilities);
        items = items == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(items));
        plans = plans == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(plans));
        groups = Lists.copy(groups);
    }

    /** A school dossier with the parts the Shandong form reads. */
    public SchoolDossier(School school, ManagementTeam team, List<String> abilities, CohortStats cohort,
                         Map<String, BigDecimal> items) {
        this(school, team, abilities, cohort, items, null, null, null, null);
    }

    /**
     * Public funds of a school over the period assessed, in yuan.
     *
     * @param publicFunds    per-student public funds received (生均公用经费)
     * @param trainingSpend  the part spent on teacher training
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Funds(BigDecimal publicFunds, BigDecimal trainingSpend) {}

    /**
     * A research group (教研组) of a school and the focus points it chose.
     *
     * @param audience TEACHER for a subject teachers' group, MANAGER for the management team
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ResearchGroup(String name, Stage stage, Role audience, List<String> focusPoints) {
        public ResearchGroup {
            focusPoints = Lists.copy(focusPoints);
        }
    }

    /**
     * Offline centralised training (线下集中培训) of a school.
     *
     * @param joinedWithOthers the school's teachers join a class run with other schools
     * @param classSize        participants in the class
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfflineClass(Boolean joinedWithOthers, Integer classSize) {}
}
