package io.kaohe.internal.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.kaohe.FieldError;
import io.kaohe.model.CohortStats;
import io.kaohe.model.Environment;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.School;
import io.kaohe.model.SchoolDossier;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.pack.PackConfig;
import io.kaohe.internal.params.ParameterTable;

/** School dossier checks, with a small made-up pack (two assessor items, one computed item). */
class SchoolValidatorTest {
    // the maxima's names follow no pattern: the declaration names them (school.item.unused.max is declared by no item)
    static final String PARAMS = """
            school.state-of-teaching:
              description: 教学现状 | current state
              unit: POINTS
              clause: XX-01
              values:
                2020-01-01: {value: 1}
            school.item.plan.max:
              description: 规划 | plan
              unit: POINTS
              clause: XX-01
              values:
                2020-01-01: {value: 2}
            school.item.team.points:
              description: 管理团队 | team
              unit: POINTS
              clause: XX-01
              values:
                2020-01-01: {value: 1}
            school.item.unused.max:
              description: 未声明 | declared by no item
              unit: POINTS
              clause: XX-01
              values:
                2020-01-01: {value: 3}
            """;

    static final String CONFIG = """
            form:
              - {key: currentState, clause: XX-01, scoredBy: ASSESSOR, max: school.state-of-teaching}
              - {key: plan, clause: XX-01, scoredBy: ASSESSOR, max: school.item.plan.max}
              - {key: team, clause: XX-01, scoredBy: RULE, max: school.item.team.points}
            """;

    static final ParameterTable TABLE = ParameterTable.load(Map.of("parameters/school.yaml", PARAMS), Set.of("XX-01"));

    static final SchoolValidator V = new SchoolValidator(
            AbilityCatalog.load("catalog.yaml", "A1: {environment: MULTIMEDIA}\nB1: {environment: HYBRID}\nC4: {environment: SMART}\n"),
            TABLE.at(LocalDate.of(2022, 1, 1)), PackConfig.load("config.yaml", CONFIG, TABLE, Set.of("XX-01")).form());

    static SchoolDossier dossier(Map<String, BigDecimal> items, List<String> abilities, CohortStats cohort) {
        return new SchoolDossier(new School("S-1", null, null, null, null, null, Environment.HYBRID, null),
                new ManagementTeam(4, true, true), abilities, cohort, items);
    }

    static CohortStats cohort(Integer teachers, Integer passed, Integer excellent) {
        Map<Environment, Integer> c = new EnumMap<>(Environment.class);
        c.put(Environment.HYBRID, 3);
        return new CohortStats(teachers, c, 0, 0, passed, excellent, 0);
    }

    static List<String> paths(List<FieldError> errors) { return errors.stream().map(FieldError::path).toList(); }

    @Test
    void assessorItemsComeFromTheDeclaration() {
        // declared items only: a parameter named like an item's maximum (school.item.unused.max) is no item
        assertEquals(Set.of("currentState", "plan"), V.assessorItems());
        Map<String, BigDecimal> items = Map.of("currentState", new BigDecimal("1.5"), "unused", BigDecimal.ONE);
        assertEquals(List.of("items.currentState", "items.unused"), paths(V.validate(dossier(items, List.of(), cohort(1, 1, 0)))),
                "currentState's maximum is the parameter its declaration names (1), whatever that parameter is called");
    }

    @Test
    void aValidDossierHasNoError() {
        Map<String, BigDecimal> items = Map.of("plan", new BigDecimal("1.5"), "currentState", BigDecimal.ONE);
        assertEquals(List.of(), V.validate(dossier(items, List.of("A1", "B1"), cohort(10, 9, 1))));
        assertEquals(List.of(), V.validate(dossier(Map.of(), List.of(), cohort(0, 0, 0))), "items left out are simply not scored");
    }

    @Test
    void itemProblems() {
        Map<String, BigDecimal> items = new TreeMap<>();
        items.put("plan", new BigDecimal("2.01"));
        items.put("currentState", new BigDecimal("-0.5"));
        items.put("curentState", BigDecimal.ONE);
        items.put("team", BigDecimal.ONE);
        List<FieldError> e = V.validate(dossier(items, List.of(), cohort(1, 1, 0)));
        assertEquals(List.of("items.curentState", "items.currentState", "items.plan", "items.team"), paths(e));
        assertTrue(e.get(0).message().contains("did you mean 'currentState'"), e.get(0).message());
        assertTrue(e.get(0).message().contains("assessor items: currentState, plan"), e.get(0).message());
        assertTrue(e.get(1).message().startsWith("must not be negative"), e.get(1).message());
        assertEquals("is 2.01, above the item's maximum of 2 points (school.item.plan.max) / 超过该项满分", e.get(2).message());
        assertTrue(e.get(3).message().startsWith("is decided from data"), e.get(3).message());
    }

    @Test
    void aNullScoreIsAnError() {
        Map<String, BigDecimal> items = new TreeMap<>();
        items.put("plan", null);
        assertEquals(List.of("items.plan"), paths(V.validate(dossier(items, List.of(), cohort(1, 1, 0)))));
    }

    @Test
    void abilityProblems() {
        List<FieldError> e = V.validate(dossier(Map.of(), List.of("A1", "A1", "C44", " "), cohort(1, 1, 0)));
        assertEquals(List.of("abilities[1]", "abilities[2]", "abilities[3]"), paths(e));
        assertTrue(e.get(1).message().contains("did you mean 'C4'"), e.get(1).message());
    }

    @Test
    void cohortCountsCannotExceedTheTeachers() {
        assertEquals(List.of("cohort.passed", "cohort.excellent"), paths(V.validate(dossier(Map.of(), List.of(), cohort(5, 6, 6)))));
        assertEquals(List.of("cohort.excellent"), paths(V.validate(dossier(Map.of(), List.of(), cohort(5, 2, 3)))));
        assertEquals(List.of("cohort.teachers"), paths(V.validate(dossier(Map.of(), List.of(), cohort(null, 0, 0)))));
        assertEquals(List.of("cohort"), paths(V.validate(dossier(Map.of(), List.of(), null))));
    }

    @Test
    void schoolAndTeam() {
        SchoolDossier d = new SchoolDossier(new School(" ", null, null, -1, null, null, null, null), new ManagementTeam(-2, null, null),
                List.of(), cohort(1, 1, 0), Map.of());
        assertEquals(List.of("school.id", "school.staffCount", "team.size"), paths(V.validate(d)));
        assertEquals(List.of("school"), paths(V.validate(new SchoolDossier(null, null, null, cohort(1, 1, 0), null))));
    }

    static final String PLAN_PARAMS = PARAMS + """
            school.plans-required:
              description: 须报备的方案 | plans to file
              unit: TEXT
              clause: XX-01
              values:
                2020-01-01: {value: "developmentPlan researchPlan"}
            """;

    static final SchoolValidator WITH_PLANS = new SchoolValidator(
            AbilityCatalog.load("catalog.yaml", "A1: {environment: MULTIMEDIA}\n"),
            ParameterTable.load(Map.of("parameters/school.yaml", PLAN_PARAMS), Set.of("XX-01")).at(LocalDate.of(2022, 1, 1)), List.of());

    static SchoolDossier withPlans(Map<String, LocalDate> plans) {
        SchoolDossier d = dossier(Map.of(), List.of(), cohort(10, 9, 1));
        return new SchoolDossier(d.school(), d.team(), d.abilities(), d.cohort(), d.items(), plans, null);
    }

    @Test
    void planKeysTheParametersDeclareAreCheckedWithASuggestion() {
        Map<String, LocalDate> plans = new TreeMap<>();
        plans.put("developmentPlan", LocalDate.of(2023, 8, 1));
        plans.put("reserchPlan", LocalDate.of(2023, 8, 1));
        plans.put("researchPlan", null);
        List<FieldError> e = WITH_PLANS.validate(withPlans(plans));
        assertEquals(List.of("plans.researchPlan", "plans.reserchPlan"), paths(e));
        assertTrue(e.get(1).message().contains("did you mean 'researchPlan'"), e.get(1).message());
        assertEquals(List.of("developmentPlan", "researchPlan"), SchoolValidator.planKeys(
                ParameterTable.load(Map.of("parameters/school.yaml", PLAN_PARAMS), Set.of("XX-01")).at(LocalDate.of(2022, 1, 1))));
        assertEquals(List.of(), V.validate(withPlans(Map.of("anyPlan", LocalDate.of(2023, 8, 1)))),
                "a pack that declares no plan keys accepts any");
    }

    /** Hour counts are required only from a pack that sets the matching per-teacher minimum. */
    @Test
    void hourCountsAreRequiredOnlyWhereThePackSetsAMinimum() {
        CohortStats noHours = new CohortStats(4, Map.of(), null, null, 4, 0, 0);
        assertEquals(List.of(), V.validate(dossier(Map.of(), List.of(), noHours)), "this pack sets no hour minimum");
        String minima = PARAMS + """
                teacher.online-hours-min:
                  description: 在线 | online
                  unit: HOUR
                  clause: XX-01
                  values:
                    2020-01-01: {value: 25}
                teacher.practice-hours-min:
                  description: 实践 | practice
                  unit: HOUR
                  clause: XX-01
                  values:
                    2020-01-01: {value: 25}
                """;
        SchoolValidator withMinima = new SchoolValidator(AbilityCatalog.load("catalog.yaml", "A1: {environment: MULTIMEDIA}\n"),
                ParameterTable.load(Map.of("parameters/school.yaml", minima), Set.of("XX-01")).at(LocalDate.of(2022, 1, 1)), List.of());
        assertEquals(List.of("cohort.onlineHoursMet", "cohort.practiceHoursMet"),
                paths(withMinima.validate(dossier(Map.of(), List.of(), noHours))));
        assertEquals(List.of("cohort.onlineHoursMet"), paths(V.validate(dossier(Map.of(), List.of(),
                new CohortStats(4, Map.of(), 5, null, 4, 0, 0)))), "a count given is still checked");
    }
}
