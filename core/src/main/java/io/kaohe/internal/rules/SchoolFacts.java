package io.kaohe.internal.rules;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.kaohe.model.CohortStats;
import io.kaohe.model.Environment;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.SchoolDossier;
import io.kaohe.internal.pack.AbilityCatalog;

/**
 * The facts school-form rules see about one school: its dossier read, nothing decided. Only
 * validated dossiers become facts (see {@link io.kaohe.internal.validate.SchoolValidator}), so counts are
 * present and assessor scores lie within their maxima.
 */
public final class SchoolFacts {
    private final SchoolDossier dossier;
    private final EnumSet<Environment> abilityEnvironments;

    private SchoolFacts(SchoolDossier dossier, EnumSet<Environment> abilityEnvironments) {
        this.dossier = dossier;
        this.abilityEnvironments = abilityEnvironments;
    }

    public static SchoolFacts of(SchoolDossier d, AbilityCatalog catalog) {
        EnumSet<Environment> envs = EnumSet.noneOf(Environment.class);
        for (String code : d.abilities()) catalog.get(code).map(m -> m.environment()).ifPresent(e -> {
            if (e != null) envs.add(e);
        });
        return new SchoolFacts(d, envs);
    }

    /** The school's ID. */
    public String getSchoolId() { return dossier.school().id(); }

    // ---- school and team ----------------------------------------------------------------------

    /** The environment class the school placed itself in (定位学校环境类别), or null. */
    public Environment getEnvironment() { return dossier.school().environment(); }

    /** All staff of the school (学校总人数), or null when not given. */
    public Integer getStaffCount() { return dossier.school().staffCount(); }

    /** Team members, or null when no team is given. */
    public Integer getTeamSize() { return team() == null ? null : team().size(); }

    /** Whether the principal leads the school's team; false without a team. */
    public boolean isPrincipalLeads() { return team() != null && Boolean.TRUE.equals(team().principalLeads()); }

    /** Whether the school's team has a chief information officer (信息化管理员); false without a team. */
    public boolean isHasCio() { return team() != null && Boolean.TRUE.equals(team().hasCio()); }

    private ManagementTeam team() { return dossier.team(); }

    // ---- research programme ------------------------------------------------------------------

    /** Codes of the micro-abilities chosen for the research programme (distinct: validated). */
    public List<String> getAbilities() { return dossier.abilities(); }

    /** How many abilities the school chose (the size of `abilities`). */
    public int getAbilityCount() { return dossier.abilities().size(); }

    /** Environments the chosen abilities cover. */
    public Set<Environment> getAbilityEnvironments() { return java.util.Collections.unmodifiableSet(abilityEnvironments); }

    /** Environments none of the chosen abilities is in. */
    public List<Environment> getMissingEnvironments() {
        return EnumSet.complementOf(abilityEnvironments).stream().toList();
    }

    // ---- teachers, counted -------------------------------------------------------------------

    private CohortStats cohort() { return dossier.cohort(); }

    /** Teachers assessed (the dossier's `cohort` counts). */
    public int getTeachers() { return cohort().teachers(); }
    /** Teachers whose online study met the pack's minimum. */
    public int getOnlineHoursMet() { return cohort().onlineHoursMet(); }
    /** Teachers whose school-based practice met the pack's minimum. */
    public int getPracticeHoursMet() { return cohort().practiceHoursMet(); }
    /** Teachers graded PASS or EXCELLENT. */
    public int getPassed() { return cohort().passed(); }
    /** Teachers who passed their micro-ability assessment ({@code cohort.microAbilityPassed}; 0 when not given). */
    public int getMicroAbilityPassed() { return cohort().microAbilityPassed() == null ? 0 : cohort().microAbilityPassed(); }
    /** Teachers graded EXCELLENT. */
    public int getExcellent() { return cohort().excellent(); }
    /** Works (cases) the school forwarded upward. */
    public int getWorksSubmitted() { return cohort().worksSubmitted(); }

    /** Teachers' ability choices in one environment ({@code MULTIMEDIA}, {@code HYBRID}, {@code SMART}). */
    public int choices(String environment) {
        return cohort().abilityChoices().getOrDefault(Environment.valueOf(environment), 0);
    }

    /** Teachers' ability choices in all environments. */
    public int getChoices() {
        return cohort().abilityChoices().values().stream().mapToInt(Integer::intValue).sum();
    }

    // ---- plans --------------------------------------------------------------------------------

    /** Plans the school filed: plan key → date filed (sorted by key; empty when none given). */
    public java.util.Map<String, java.time.LocalDate> getPlans() { return dossier.plans(); }

    // ---- assessor scores ---------------------------------------------------------------------

    /** The assessor's score for a form item, or null when the item was not scored. */
    public BigDecimal item(String key) { return dossier.items().get(key); }

    @Override
    public String toString() { return "SchoolFacts[" + getSchoolId() + "]"; }
}
