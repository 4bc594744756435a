package io.kaohe.flink;

import java.util.EnumMap;
import java.util.Map;

import io.kaohe.model.CohortStats;
import io.kaohe.model.Environment;

/**
 * {@link CohortStats} as a sum: every count of {@link io.kaohe.Cohorts#stats} adds up teacher by teacher, so a
 * school's stats are the sum of its teachers' (each computed by {@code Cohorts.stats} itself) and a {@code keyBy}
 * school can reduce them without holding the school's dossiers. Null counts (a pack without that minimum) stay null.
 * A Flink POJO; {@code choices} is indexed by {@link Environment#ordinal()}.
 */
public class SchoolCounts {
    public String schoolId;
    public int teachers;
    public int[] choices = new int[Environment.values().length];
    public Integer onlineHoursMet;
    public Integer practiceHoursMet;
    public int passed;
    public int excellent;
    public int worksSubmitted;
    public Integer microAbilityPassed;

    public SchoolCounts() {}

    static SchoolCounts of(String schoolId, CohortStats s) {
        SchoolCounts c = new SchoolCounts();
        c.schoolId = schoolId;
        c.teachers = s.teachers();
        s.abilityChoices().forEach((e, n) -> c.choices[e.ordinal()] = n);
        c.onlineHoursMet = s.onlineHoursMet();
        c.practiceHoursMet = s.practiceHoursMet();
        c.passed = s.passed();
        c.excellent = s.excellent();
        c.worksSubmitted = s.worksSubmitted();
        c.microAbilityPassed = s.microAbilityPassed();
        return c;
    }

    static SchoolCounts plus(SchoolCounts a, SchoolCounts b) {
        SchoolCounts c = new SchoolCounts();
        c.schoolId = a.schoolId;
        c.teachers = a.teachers + b.teachers;
        for (int i = 0; i < c.choices.length; i++) c.choices[i] = a.choices[i] + b.choices[i];
        c.onlineHoursMet = plus(a.onlineHoursMet, b.onlineHoursMet);
        c.practiceHoursMet = plus(a.practiceHoursMet, b.practiceHoursMet);
        c.passed = a.passed + b.passed;
        c.excellent = a.excellent + b.excellent;
        c.worksSubmitted = a.worksSubmitted + b.worksSubmitted;
        c.microAbilityPassed = plus(a.microAbilityPassed, b.microAbilityPassed);
        return c;
    }

    private static Integer plus(Integer a, Integer b) {
        if (a == null) return b;
        if (b == null) return a;
        return a + b;
    }

    /** Back to the core type; an environment no teacher chose is absent, as in {@code Cohorts.stats}. */
    CohortStats stats() {
        Map<Environment, Integer> env = new EnumMap<>(Environment.class);
        for (Environment e : Environment.values()) if (choices[e.ordinal()] > 0) env.put(e, choices[e.ordinal()]);
        return new CohortStats(teachers, env, onlineHoursMet, practiceHoursMet, passed, excellent, worksSubmitted, microAbilityPassed);
    }
}
