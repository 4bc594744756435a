package io.kaohe.zhejiang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import io.kaohe.internal.coverage.Covers;
import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.model.Grade;
import io.kaohe.model.Level;
import io.kaohe.model.Reason;
import io.kaohe.model.RecordKind;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.model.Unit;
import io.kaohe.internal.params.ParameterSet;

/**
 * Properties of the Zhejiang teacher rules (QuickTheories, fixed seed). Thresholds are read from the
 * pack's parameters, never restated: just below a bound fails, at the bound passes.
 */
class TeacherPropertiesTest {
    private static final Engine ENGINE = Kaohe.pack("zhejiang");
    private static final ParameterSet PARAMS = PackEngine.info(ENGINE).parameters().at(ZjDossiers.ASSESSED);
    private static final BigDecimal MINUTES_MIN = PARAMS.number("teacher.online-minutes-min");
    private static final BigDecimal OFFLINE = PARAMS.number("teacher.offline-credits-min");
    private static final BigDecimal PRACTICE_MIN = PARAMS.number("teacher.practice-credits-min");

    private static final String ONLINE_RULE = "ZJ-01 网络研修时长 online study time";
    private static final String PRACTICE_RULE = "ZJ-01 校本应用实践学分 school-based practice credits";

    private static QuickTheory qt(int examples) { return QuickTheory.qt().withFixedSeed(20211029L).withExamples(examples); }

    private static Reason reason(TeacherVerdict v, String rule) {
        List<Reason> r = v.reasons().stream().filter(x -> x.rule().equals(rule)).toList();
        assertEquals(1, r.size(), rule + " in " + v.reasons());
        return r.get(0);
    }

    private static BigDecimal tenths(int t) { return BigDecimal.valueOf(t).movePointLeft(1); }

    @Test
    @Covers({"ZJ-01"})
    void onlineMinutesBoundary() {
        int min = MINUTES_MIN.movePointRight(1).intValueExact();
        qt(300).forAll(integers().between(-100, 100), integers().between(0, 100)).checkAssert((delta, extraPractice) -> {
            BigDecimal minutes = tenths(min + delta);
            TeacherVerdict v = ENGINE.assess(ZjDossiers.teacher("T-P", "S", minutes, OFFLINE, PRACTICE_MIN.add(BigDecimal.valueOf(extraPractice)), Level.PASS));
            assertEquals(delta >= 0, reason(v, ONLINE_RULE).met(), minutes + " min");
            assertEquals(delta >= 0 ? Grade.PASS : Grade.INCOMPLETE, v.grade(), minutes + " min");
        });
    }

    /** Hours convert exactly (× 60): the bound in hours is MINUTES_MIN / 60, and 1/100 h below it fails. */
    @Test
    @Covers({"ZJ-01"})
    void onlineHoursConvertExactlyAtTheBoundary() {
        int hundredths = MINUTES_MIN.movePointRight(2).divide(BigDecimal.valueOf(60)).intValueExact();
        qt(200).forAll(integers().between(-60, 60), integers().between(0, 1)).checkAssert((delta, split) -> {
            BigDecimal hours = BigDecimal.valueOf(hundredths + delta).movePointLeft(2);
            TeacherDossier base = ZjDossiers.complete("T-H", "S", Level.PASS);
            List<StudyRecord> records = new java.util.ArrayList<>(base.records().stream()
                    .filter(r -> r.kind() != RecordKind.ONLINE_COURSE).toList());
            if (split == 0) {
                records.add(new StudyRecord(RecordKind.ONLINE_COURSE, hours, Unit.HOUR, LocalDate.of(2021, 10, 10), null));
            } else { // one hour as 60 minutes, the rest in hours: the same total
                records.add(new StudyRecord(RecordKind.ONLINE_COURSE, BigDecimal.valueOf(60), Unit.MINUTE, LocalDate.of(2021, 10, 10), null));
                records.add(new StudyRecord(RecordKind.ONLINE_COURSE, hours.subtract(BigDecimal.ONE), Unit.HOUR, LocalDate.of(2021, 12, 10), null));
            }
            TeacherVerdict v = ENGINE.assess(new TeacherDossier(base.teacher(), records, List.of(), base.asOf(), base.parts()));
            assertEquals(delta >= 0, reason(v, ONLINE_RULE).met(), hours + " h");
            assertEquals(0, hours.multiply(BigDecimal.valueOf(60)).compareTo((BigDecimal) reason(v, ONLINE_RULE).values().get("actual")),
                    "minutes shown are hours × 60 exactly");
        });
    }

    @Test
    @Covers({"ZJ-01"})
    void practiceCreditsBoundary() {
        int min = PRACTICE_MIN.movePointRight(1).intValueExact();
        qt(300).forAll(integers().between(-50, 50), integers().between(0, 600)).checkAssert((delta, extraMinutes) -> {
            BigDecimal practice = tenths(min + delta);
            TeacherVerdict v = ENGINE.assess(ZjDossiers.teacher("T-P", "S", MINUTES_MIN.add(BigDecimal.valueOf(extraMinutes)), OFFLINE, practice, Level.PASS));
            assertEquals(delta >= 0, reason(v, PRACTICE_RULE).met(), practice + " credits");
            assertEquals(delta >= 0 ? Grade.PASS : Grade.INCOMPLETE, v.grade(), practice + " credits");
        });
    }

    /** Exactly one grade, and it follows the documented order: INCOMPLETE, else the institution's level. */
    @Test
    @Covers({"ZJ-01", "ZJ-08"})
    void exactlyOneGradeFromCreditsAndTheFinalLevel() {
        qt(400).forAll(integers().between(0, 1500), integers().between(0, 12), integers().between(0, 40), integers().between(0, 3))
                .checkAssert((minutes, offline, practice, lvl) -> {
                    Level level = lvl == 3 ? null : Level.values()[lvl];
                    TeacherVerdict v = ENGINE.assess(ZjDossiers.teacher("T-G", "S", BigDecimal.valueOf(minutes), BigDecimal.valueOf(offline),
                            BigDecimal.valueOf(practice), level));
                    boolean credits = minutes >= MINUTES_MIN.intValue() && offline >= OFFLINE.intValue() && practice >= PRACTICE_MIN.intValue();
                    Grade expected = !credits || level == null ? Grade.INCOMPLETE
                            : level == Level.FAIL ? Grade.FAIL : level == Level.PASS ? Grade.PASS : Grade.EXCELLENT;
                    assertEquals(expected, v.grade(), minutes + " min, " + offline + " + " + practice + " credits, " + level);
                    assertEquals(v.grade().passed(), v.unmet().isEmpty());
                    assertEquals(v.grade().passed(), v.outcomes().stream().anyMatch(o -> o.flag().equals("CREDITS_RECORDED_BY_INSTITUTION")));
                });
    }

    /** More minutes or credits never lower the grade. */
    @Test
    @Covers({"ZJ-01"})
    void moreStudyNeverLowersTheGrade() {
        // the last draw packs the final level (x % 4; 3 = none) and how much is added (x / 4 + 1)
        qt(300).forAll(integers().between(0, 1200), integers().between(0, 10), integers().between(0, 30), integers().between(0, 1199))
                .checkAssert((minutes, offline, practice, x) -> {
                    Level level = x % 4 == 3 ? null : Level.values()[x % 4];
                    int more = x / 4 + 1;
                    Grade before = ENGINE.assess(ZjDossiers.teacher("T-M", "S", BigDecimal.valueOf(minutes), BigDecimal.valueOf(offline),
                            BigDecimal.valueOf(practice), level)).grade();
                    for (int what = 0; what < 3; what++) {
                        Grade after = ENGINE.assess(ZjDossiers.teacher("T-M", "S", BigDecimal.valueOf(minutes + (what == 0 ? more : 0)),
                                BigDecimal.valueOf(offline + (what == 1 ? more % 5 + 1 : 0)),
                                BigDecimal.valueOf(practice + (what == 2 ? more % 10 + 1 : 0)), level)).grade();
                        assertTrue(after.compareTo(before) >= 0, before + " → " + after + " after adding to part " + what);
                    }
                });
    }
}
