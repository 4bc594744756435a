package io.kaohe.shandong.school;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kaohe.model.CohortStats;
import io.kaohe.model.Environment;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.School;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.Stage;

/**
 * School dossiers for tests. {@link #full} earns every point of the Shandong form (100); the
 * {@code with…} methods change one part of a dossier.
 */
public final class SchoolDossiers {
    private SchoolDossiers() {}

    /** The assessor items of the Shandong form with their maxima (41 points in all), in form order. */
    public static final Map<String, BigDecimal> ASSESSOR_MAX;

    static {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("currentState", bd(1));
        m.put("plan", bd(2));
        m.put("rules", bd(2));
        m.put("activityDesign", bd(2));
        m.put("assessmentDesign", bd(2));
        m.put("contentTraining", bd(5));
        m.put("help", bd(5));
        m.put("incentives", bd(5));
        m.put("selfTest", bd(2));
        m.put("peerReview", bd(1));
        m.put("demonstration", bd(5));
        m.put("innovation", bd(5));
        m.put("research", bd(4));
        ASSESSOR_MAX = java.util.Collections.unmodifiableMap(m);
    }

    /** Points of the items decided from data, all earned. */
    public static final BigDecimal COMPUTED_MAX = bd(59);

    public static SchoolDossier full(String id) {
        School school = new School(id, "学校 " + id, "兖州区", 60, 50, List.of(Stage.PRIMARY), Environment.HYBRID, "2021-2022");
        Map<Environment, Integer> choices = new EnumMap<>(Environment.class);
        choices.put(Environment.MULTIMEDIA, 50); // 33.3%
        choices.put(Environment.HYBRID, 60);     // 40%
        choices.put(Environment.SMART, 40);      // 26.7%
        CohortStats cohort = new CohortStats(50, choices, 50, 50, 50, 10, 5, 50);
        return new SchoolDossier(school, new ManagementTeam(4, true, true),
                List.of("A1", "A3", "A5", "A6", "B1", "B2", "B6", "C4"), cohort, ASSESSOR_MAX);
    }

    public static SchoolDossier withTeam(SchoolDossier d, ManagementTeam t) {
        return new SchoolDossier(d.school(), t, d.abilities(), d.cohort(), d.items());
    }

    public static SchoolDossier withAbilities(SchoolDossier d, List<String> abilities) {
        return new SchoolDossier(d.school(), d.team(), abilities, d.cohort(), d.items());
    }

    public static SchoolDossier withCohort(SchoolDossier d, CohortStats c) {
        return new SchoolDossier(d.school(), d.team(), d.abilities(), c, d.items());
    }

    public static SchoolDossier withSchool(SchoolDossier d, School s) {
        return new SchoolDossier(s, d.team(), d.abilities(), d.cohort(), d.items());
    }

    public static SchoolDossier withEnvironment(SchoolDossier d, Environment e) {
        School s = d.school();
        return withSchool(d, new School(s.id(), s.name(), s.county(), s.staffCount(), s.teacherCount(), s.stages(), e, s.batch()));
    }

    public static SchoolDossier withItems(SchoolDossier d, Map<String, BigDecimal> items) {
        return new SchoolDossier(d.school(), d.team(), d.abilities(), d.cohort(), items);
    }

    /** One assessor item changed (null: left out). */
    public static SchoolDossier withItem(SchoolDossier d, String key, BigDecimal points) {
        Map<String, BigDecimal> items = new TreeMap<>(d.items());
        if (points == null) items.remove(key);
        else items.put(key, points);
        return withItems(d, items);
    }

    /** Teachers' ability choices per environment. */
    public static SchoolDossier withChoices(SchoolDossier d, int multimedia, int hybrid, int smart) {
        Map<Environment, Integer> m = new EnumMap<>(Environment.class);
        m.put(Environment.MULTIMEDIA, multimedia);
        m.put(Environment.HYBRID, hybrid);
        m.put(Environment.SMART, smart);
        CohortStats c = d.cohort();
        return withCohort(d, new CohortStats(c.teachers(), m, c.onlineHoursMet(), c.practiceHoursMet(), c.passed(),
                c.excellent(), c.worksSubmitted(), c.microAbilityPassed()));
    }

    /** Cohort counts: teachers, online met, practice met, passed (and micro-ability passed, the same), excellent, works. */
    public static SchoolDossier withCounts(SchoolDossier d, int teachers, int online, int practice, int passed, int excellent,
                                           int works) {
        return withCounts(d, teachers, online, practice, passed, excellent, works, passed);
    }

    /** Cohort counts with the teachers who passed their micro-ability assessment apart from those graded PASS. */
    public static SchoolDossier withCounts(SchoolDossier d, int teachers, int online, int practice, int passed, int excellent,
                                           int works, int microAbilityPassed) {
        return withCohort(d, new CohortStats(teachers, d.cohort().abilityChoices(), online, practice, passed, excellent, works,
                microAbilityPassed));
    }

    /**
     * A full dossier whose total is exactly {@code total} (0 … 100, any number of decimals): the
     * computed items all earned when the total allows (else the 20-point practice item and more are
     * dropped), the rest given by assessor items, filled in form order.
     */
    public static SchoolDossier withTotal(String id, BigDecimal total) {
        SchoolDossier d = full(id);
        BigDecimal computed = COMPUTED_MAX;
        if (total.compareTo(COMPUTED_MAX) < 0) {
            // practice (20) and pass rate (15) not earned: no teacher met practice hours, few passed
            d = withCounts(d, 50, 50, 0, 0, 0, 5);
            computed = computed.subtract(bd(20 + 15 + 7));
        }
        BigDecimal remaining = total.subtract(computed);
        if (remaining.signum() < 0) throw new IllegalArgumentException("total too low for this helper: " + total);
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : ASSESSOR_MAX.entrySet()) {
            BigDecimal give = remaining.min(e.getValue());
            items.put(e.getKey(), give);
            remaining = remaining.subtract(give);
        }
        if (remaining.signum() > 0) throw new IllegalArgumentException("total above 100: " + total);
        return withItems(d, items);
    }

    public static List<SchoolDossier> withTotals(BigDecimal... totals) {
        List<SchoolDossier> out = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) out.add(withTotal(String.format("S-%03d", i), totals[i]));
        return out;
    }

    public static BigDecimal bd(long v) { return BigDecimal.valueOf(v); }

    public static BigDecimal bd(String v) { return new BigDecimal(v); }
}
