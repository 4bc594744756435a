package io.kaohe.shandong.progress;

import static io.kaohe.shandong.progress.Cohorts.Kind.FEW_ACTIVITIES;
import static io.kaohe.shandong.progress.Cohorts.Kind.PASS;
import static io.kaohe.shandong.progress.Cohorts.Kind.TWO_ABILITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.model.CohortStats;
import io.kaohe.model.ProgressStatus;
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
        assertEquals(List.of(20, 19, ProgressStatus.COMPLETE), List.of(s.teachers(), s.passed(), s.status()));
    }

    @Test
    void aTeacherNotYetThroughTheAssessmentLeavesTheSchoolOverdue() {
        assertEquals(ProgressStatus.OVERDUE, row(school(19, 0, 1)).status());
    }

    private static CohortStats stats(List<TeacherDossier> t) {
        List<TeacherVerdict> v = t.stream().map(ENGINE::assess).toList();
        Map<String, CohortStats> m = io.kaohe.Cohorts.stats(ENGINE, t, v);
        return m.get("S-A");
    }

    static BigDecimal passRatePoints(CohortStats c) {
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

}
