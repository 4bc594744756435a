package io.kaohe.shandong.progress;

import static io.kaohe.shandong.progress.Cohorts.Kind.FEW_ACTIVITIES;
import static io.kaohe.shandong.progress.Cohorts.Kind.PASS;
import static io.kaohe.shandong.progress.Cohorts.Kind.TWO_ABILITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.model.CohortStats;
import io.kaohe.model.FormItem;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.shandong.school.SchoolDossiers;

/**
 * SD-06 / SD-17 "完成考核" is every teacher assessed (PASS, EXCELLENT or FAIL), not every teacher passed; SD-13's
 * 合格率 ("教师微能力合格率 95%以上") counts teachers who passed their micro-ability assessment (SD-04), whatever
 * else their verdict lacks, as counted by {@link io.kaohe.Cohorts#stats}.
 */
class AssessedAndPassRateTest {
    static final Engine ENGINE = Kaohe.pack("shandong");
    static final LocalDate AFTER_DEADLINE = LocalDate.of(2023, 1, 5);

    static List<TeacherDossier> school(int pass, int fail, int incomplete) {
        List<TeacherDossier> t = new ArrayList<>(Cohorts.teachers("S-A", pass, PASS));
        for (int i = 0; i < fail; i++) t.add(Cohorts.teacher("S-A-F" + i, "S-A", TWO_ABILITIES));
        for (int i = 0; i < incomplete; i++) t.add(Cohorts.teacher("S-A-I" + i, "S-A", FEW_ACTIVITIES));
        return t;
    }

    static SchoolProgress row(List<TeacherDossier> t) {
        ProgressReport r = ENGINE.progress(Cohorts.cohort(List.of(Cohorts.school("S-A", "2021-2022")), t, 7L), AFTER_DEADLINE);
        return r.schools().get(0);
    }

    @Test
    void twentyAssessedNineteenPassedIsCompleteNotOverdue() {
        SchoolProgress s = row(school(19, 1, 0));
        assertEquals(List.of(20, 19, "COMPLETE"), List.of(s.teachers(), s.passed(), s.status()));
    }

    @Test
    void aTeacherNotYetThroughTheAssessmentLeavesTheSchoolOverdue() {
        assertEquals("OVERDUE", row(school(19, 0, 1)).status());
    }

    /** After the deadline: COMPLETE exactly when no teacher is left unassessed, however many failed. */
    @Test
    void completeIffEveryTeacherAssessed() {
        QuickTheory.qt().withFixedSeed(20221231L).withExamples(25)
                .forAll(integers().between(0, 4), integers().between(0, 3), integers().between(0, 2))
                .assuming((p, f, i) -> p + f + i > 0)
                .checkAssert((p, f, i) -> assertEquals(i == 0 ? "COMPLETE" : "OVERDUE", row(school(p, f, i)).status(),
                        p + " passed, " + f + " failed, " + i + " incomplete"));
    }

    private static CohortStats stats(List<TeacherDossier> t) {
        List<TeacherVerdict> v = t.stream().map(ENGINE::assess).toList();
        Map<String, CohortStats> m = io.kaohe.Cohorts.stats(ENGINE, t, v);
        return m.get("S-A");
    }

    private static BigDecimal passRatePoints(CohortStats c) {
        SchoolDossier d = SchoolDossiers.withCounts(SchoolDossiers.full("S-A"), c.teachers(), c.teachers(), c.teachers(),
                c.passed(), c.excellent(), c.teachers(), c.microAbilityPassed());
        return ENGINE.assessSchools(List.of(d)).get(0).items().stream().filter(i -> i.item().equals("passRate"))
                .map(FormItem::points).findFirst().orElseThrow();
    }

    /** The school: two teachers short of one research activity (INCOMPLETE) passed their micro-abilities. */
    @Test
    void teachersShortOfAResearchActivityStillCountTowardTheMicroAbilityPassRate() {
        CohortStats c = stats(school(18, 0, 2));
        assertEquals(List.of(20, 18, 20), List.of(c.teachers(), c.passed(), c.microAbilityPassed()));
        assertEquals(0, passRatePoints(c).compareTo(BigDecimal.valueOf(15)), "20/20 passed their micro-abilities: 15 points");
        CohortStats failed = stats(school(18, 2, 0));
        assertEquals(18, failed.microAbilityPassed());
        assertEquals(0, passRatePoints(failed).signum(), "18/20 = 90% < 95%: no points");
    }

    /** The pass-rate item depends on the micro-ability count alone: just below 95% no points, at 95% all 15. */
    @Test
    void passRateBoundaryOnTheMicroAbilityCount() {
        QuickTheory.qt().withFixedSeed(95L).withExamples(60)
                .forAll(integers().between(1, 120), integers().between(-2, 2), integers().between(0, 100))
                .checkAssert((n, delta, passedPercent) -> {
                    int atBound = (int) Math.ceil(n * 0.95);
                    int micro = Math.max(0, Math.min(n, atBound + delta));
                    int passed = micro * passedPercent / 100;
                    SchoolDossier d = SchoolDossiers.withCounts(SchoolDossiers.full("S-A"), n, n, n, passed, 0, n, micro);
                    BigDecimal points = ENGINE.assessSchools(List.of(d)).get(0).items().stream()
                            .filter(i -> i.item().equals("passRate")).map(FormItem::points).findFirst().orElseThrow();
                    boolean earned = BigDecimal.valueOf(micro).compareTo(new BigDecimal("0.95").multiply(BigDecimal.valueOf(n))) >= 0;
                    assertEquals(earned, points.signum() > 0, micro + "/" + n + " (passed " + passed + ")");
                });
    }
}
