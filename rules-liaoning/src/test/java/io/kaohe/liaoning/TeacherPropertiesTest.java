package io.kaohe.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.Generate;

import io.kaohe.internal.coverage.Covers;
import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.model.Grade;
import io.kaohe.model.Level;
import io.kaohe.model.Outcome;
import io.kaohe.model.Reason;
import io.kaohe.model.RubricScore;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.internal.params.ParameterSet;

/**
 * Properties of the Liaoning teacher rules over generated dossiers (QuickTheories, fixed seed, bounded
 * examples). Thresholds are read from the pack's parameters, never restated.
 */
class TeacherPropertiesTest {
    static final Engine ENGINE = Kaohe.pack("liaoning");
    static final ParameterSet PARAMS = PackEngine.info(ENGINE).parameters().at(LocalDate.of(2023, 11, 22));
    static final BigDecimal TOTAL_MIN = PARAMS.number("teacher.total-hours-min");
    static final BigDecimal ONLINE_MIN = PARAMS.number("teacher.online-hours-min");
    static final BigDecimal PRACTICE_MIN = PARAMS.number("teacher.practice-hours-min");
    static final BigDecimal SHARE_MIN = PARAMS.number("teacher.practice-share-min");
    static final int PASSED_MIN = PARAMS.integer("teacher.passed-abilities-min");
    static final LocalDate CYCLE_END = PARAMS.date("cycle.end");

    static final String TOTAL_RULE = "LN-01 培训总学时 total study hours";
    static final String SHARE_RULE = "LN-01 校本实践学时占比 practice share of hours";
    static final String ONLINE_RULE = "LN-02 网络研修学时 online study hours";
    static final String PRACTICE_RULE = "LN-02 校本实践学时 school practice hours";
    static final String PLAN_RULE = "LN-03 学习指导案 lesson guidance plan";

    static QuickTheory qt(int examples) { return QuickTheory.qt().withFixedSeed(20230830L).withExamples(examples); }

    static int tenths(BigDecimal hours) { return hours.movePointRight(1).intValueExact(); }

    static TeacherVerdict assess(LnTeacher t) { return ENGINE.assess(t.dossier("T-PROP")); }

    static Reason reason(TeacherVerdict v, String rule) {
        List<Reason> r = v.reasons().stream().filter(x -> x.rule().equals(rule)).toList();
        assertEquals(1, r.size(), "one reason of rule " + rule);
        return r.get(0);
    }

    // ---- boundaries: just below fails, at the bound passes ----------------------------------------

    @Test
    @Covers({"LN-02"})
    void onlineHoursBoundary() {
        int min = tenths(ONLINE_MIN);
        qt(200).forAll(integers().between(-30, 30), integers().between(0, 200)).checkAssert((delta, extraPractice) -> {
            TeacherVerdict v = assess(new LnTeacher(min + delta, tenths(PRACTICE_MIN) + extraPractice, 0, 1, LnTeacher.passed(3), null));
            assertEquals(delta >= 0, reason(v, ONLINE_RULE).met(), "online " + LnTeacher.hours(min + delta));
            assertEquals(delta >= 0, !v.unmet().contains("LN-02"));
        });
    }

    @Test
    @Covers({"LN-02"})
    void practiceHoursBoundary() {
        int min = tenths(PRACTICE_MIN);
        qt(200).forAll(integers().between(-30, 30), integers().between(0, 200)).checkAssert((delta, extraOnline) -> {
            TeacherVerdict v = assess(new LnTeacher(tenths(ONLINE_MIN) + extraOnline, min + delta, 0, 1, LnTeacher.passed(3), null));
            assertEquals(delta >= 0, reason(v, PRACTICE_RULE).met(), "practice " + LnTeacher.hours(min + delta));
        });
    }

    @Test
    @Covers({"LN-01"})
    void totalHoursBoundary() {
        int min = tenths(TOTAL_MIN);
        // total = min + delta tenths: the offline part makes up whatever online + practice leave
        qt(300).forAll(integers().between(-30, 30), integers().between(0, 60), integers().between(0, 60)).checkAssert((delta, a, b) -> {
            int online = tenths(ONLINE_MIN) - 30 + a;
            int practice = tenths(PRACTICE_MIN) - 30 + b;
            int offline = min + delta - online - practice;
            if (offline < 0) return;
            TeacherVerdict v = assess(new LnTeacher(online, practice, offline, 1, LnTeacher.passed(3), null));
            assertEquals(delta >= 0, reason(v, TOTAL_RULE).met(), "total " + LnTeacher.hours(min + delta));
        });
    }

    /**
     * 瓦房店 二: "其中校本培训、实践应用学时不少于50%": practice of exactly half the required hours meets
     * LN-01, a tenth of an hour less does not, whatever else the teacher studied on top (README).
     */
    @Test
    @Covers({"LN-01"})
    void practiceShareIsHalfOfTheRequiredHours() {
        int half = tenths(SHARE_MIN.multiply(TOTAL_MIN));
        qt(200).forAll(integers().between(0, 400), integers().between(0, 150), integers().between(0, 1)).checkAssert((extraOnline, offline, below) -> {
            TeacherVerdict v = assess(new LnTeacher(tenths(ONLINE_MIN) + extraOnline, half - below, offline, 1, LnTeacher.passed(3), null));
            assertEquals(below == 0, reason(v, SHARE_RULE).met(), "practice " + LnTeacher.hours(half - below)
                    + " with online " + LnTeacher.hours(tenths(ONLINE_MIN) + extraOnline) + " and offline " + LnTeacher.hours(offline));
        });
    }

    @Test
    @Covers({"LN-03"})
    void guidancePlanAndPassedAbilitiesBoundaries() {
        qt(150).forAll(integers().between(0, 5), integers().between(0, 2), integers().between(0, 2)).checkAssert((passed, failed, plans) -> {
            List<List<Level>> abilities = new java.util.ArrayList<>(LnTeacher.passed(passed));
            for (int i = 0; i < failed && abilities.size() < LnTeacher.CODES.size(); i++) abilities.add(List.of(Level.FAIL));
            TeacherVerdict v = assess(new LnTeacher(250, 250, 0, plans, abilities, null));
            boolean ok = passed >= PASSED_MIN && plans >= 1;
            assertEquals(ok ? Grade.PASS : Grade.FAIL, v.grade(), passed + " passed, " + failed + " failed, " + plans + " plans");
            assertEquals(plans >= 1, reason(v, PLAN_RULE).met());
            if (plans == 0) assertTrue(reason(v, PLAN_RULE).message().startsWith("未提交信息技术融合教学学习指导案"));
        });
    }

    // ---- monotonicity ------------------------------------------------------------------------------

    /** More hours, a guidance plan, another passed or excellent ability never lower the grade. */
    @Test
    @Covers({"LN-01", "LN-02", "LN-03"})
    void doingMoreNeverLowersTheGrade() {
        qt(250).forAll(Generate.oneOf(LnTeacher.any(), LnTeacher.nearPass()), integers().between(0, 4), integers().between(1, 60))
                .checkAssert((t, what, amount) -> {
                    LnTeacher more = switch (what) {
                        case 0 -> t.withOnline(amount);
                        case 1 -> t.withPractice(amount);
                        case 2 -> t.withOffline(amount);
                        case 3 -> t.withGuidancePlan();
                        default -> t.withAbility(amount % 2 == 0 ? Level.PASS : Level.EXCELLENT);
                    };
                    Grade before = assess(t).grade();
                    Grade after = assess(more).grade();
                    assertTrue(after.compareTo(before) >= 0, before + " → " + after + " after change " + what + " of " + t);
                });
    }

    // ---- one grade, consistent with the reasons; LN-08 ------------------------------------------------

    @Test
    @Covers({"LN-03"})
    void exactlyOneGradeConsistentWithTheReasons() {
        qt(300).forAll(Generate.oneOf(LnTeacher.any(), LnTeacher.nearPass())).checkAssert(t -> {
            TeacherVerdict v = assess(t);
            boolean eligibilityUnmet = v.reasons().stream().anyMatch(r -> r.decision().equals("eligibility") && !r.met());
            boolean gradingUnmet = v.reasons().stream().anyMatch(r -> r.decision().equals("grading") && !r.met());
            boolean excellent = v.reasons().stream().filter(r -> r.decision().equals("excellence")).allMatch(Reason::met);
            Grade expected = eligibilityUnmet ? Grade.INCOMPLETE : gradingUnmet ? Grade.FAIL : excellent ? Grade.EXCELLENT : Grade.PASS;
            assertEquals(expected, v.grade(), t.toString());
            assertEquals(v.grade() != Grade.INCOMPLETE, v.eligible());
            assertEquals(v.grade().passed(), v.unmet().isEmpty());
        });
    }

    /** LN-08: the outcome exactly when assessed after the cycle's last day and not passed (abilities all assessed in the cycle). */
    @Test
    @Covers({"LN-08"})
    void awardsIneligibleExactlyWhenNotPassedAfterTheCycle() {
        qt(200).forAll(Generate.oneOf(LnTeacher.any(), LnTeacher.nearPass()), integers().between(-3, 40)).checkAssert((t, days) -> {
            TeacherVerdict v = assess(t.asOf(CYCLE_END.plusDays(days)));
            boolean flagged = v.outcomes().stream().map(Outcome::flag).anyMatch("AWARDS_AND_SELECTIONS_INELIGIBLE"::equals);
            assertEquals(days > 0 && !v.grade().passed(), flagged, v.grade() + " as of " + CYCLE_END.plusDays(days));
        });
    }

    /**
     * LN-08, issue 13: failed at the schools' assessment (28 November), re-assessed and passed on a day
     * around the cycle's end, assessed as of a later day. The penalty is there exactly when the passing
     * re-assessment came after the cycle's last day; a later re-assessment of an ability already passed
     * (to reach 优秀) never brings it.
     */
    @Test
    @Covers({"LN-08"})
    void reassessedWithinTheCycleKeepsEligibility() {
        LocalDate failed = LocalDate.of(2023, 11, 28);
        qt(200).forAll(integers().between(-30, 30), integers().between(1, 60), integers().between(0, 1)).checkAssert((days, later, upgrade) -> {
            LocalDate passed = CYCLE_END.plusDays(days);
            List<RubricScore> scores = new ArrayList<>(List.of(RubricScore.of("A1", Level.PASS, failed),
                    new RubricScore("B2", Level.FAIL, null, failed, 1, null), new RubricScore("B2", Level.PASS, null, passed, 2, null)));
            if (upgrade == 1) scores.add(new RubricScore("A1", Level.EXCELLENT, null, passed.plusDays(later), 2, null));
            scores.add(RubricScore.of("C4", Level.PASS, failed));
            TeacherDossier base = LnTeacher.complete().dossier("T-REASSESSED");
            TeacherDossier d = new TeacherDossier(base.teacher(), base.records(), scores, passed.plusDays(later + 1), null);
            TeacherVerdict v = ENGINE.assess(d);
            assertTrue(v.grade().passed(), v.toString());
            boolean flagged = v.outcomes().stream().map(Outcome::flag).anyMatch("AWARDS_AND_SELECTIONS_INELIGIBLE"::equals);
            assertEquals(days > 0, flagged, "re-assessed and passed on " + passed + (upgrade == 1 ? ", A1 re-assessed later" : ""));
        });
    }
}
