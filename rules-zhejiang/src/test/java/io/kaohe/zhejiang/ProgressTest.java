package io.kaohe.zhejiang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressStatus;
import io.kaohe.model.Level;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.Reason;
import io.kaohe.model.School;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.TeacherDossier;

/** Phases (ZJ-06), expected stages (ZJ-07) and phase targets (ZJ-09) on dates around each boundary. */
class ProgressTest {
    static final Engine ENGINE = Kaohe.pack("zhejiang");

    static School school(String id, String phase) { return new School(id, "学校 " + id, "测试区", null, null, null, null, phase); }

    /** passed of n teachers of the school pass; the others have no final assessment yet. */
    static List<TeacherDossier> teachers(String school, int n, int passed) {
        List<TeacherDossier> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(ZjDossiers.complete(school + "-T" + i, school, i < passed ? Level.PASS : null));
        return out;
    }

    /** S-1 in phase 1 and S-2 in phase 2, each with one of two teachers through. */
    static Cohort cohort() {
        List<TeacherDossier> t = new ArrayList<>(teachers("S-1", 2, 1));
        t.addAll(teachers("S-2", 2, 1));
        return new Cohort("测试区", List.of(school("S-1", "PHASE_1"), school("S-2", "PHASE_2")), t, null);
    }

    static SchoolProgress row(ProgressReport r, String id) {
        return r.schools().stream().filter(s -> s.schoolId().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
            "2020-09-01, IN_PROGRESS, PLANNING,       NOT_STARTED, PREPARATION",
            "2020-09-30, IN_PROGRESS, PLANNING,       NOT_STARTED, PREPARATION",
            "2020-10-01, IN_PROGRESS, IMPLEMENTATION, NOT_STARTED, PREPARATION",
            "2021-05-31, IN_PROGRESS, IMPLEMENTATION, NOT_STARTED, PREPARATION",
            "2021-06-01, IN_PROGRESS, ASSESSMENT,     NOT_STARTED, PREPARATION",
            "2021-06-30, IN_PROGRESS, ASSESSMENT,     NOT_STARTED, PREPARATION",
            "2021-07-01, OVERDUE,     ENDED,          NOT_STARTED, PREPARATION",
            "2021-08-31, OVERDUE,     ENDED,          NOT_STARTED, PREPARATION",
            "2021-09-01, OVERDUE,     ENDED,          IN_PROGRESS, PLANNING",
            "2022-06-30, OVERDUE,     ENDED,          IN_PROGRESS, ASSESSMENT",
            "2022-07-01, OVERDUE,     ENDED,          OVERDUE,     ENDED",
    })
    void statusAndExpectedStageOfEachSchool(LocalDate asOf, ProgressStatus s1, String stage1, ProgressStatus s2, String stage2) {
        ProgressReport r = ENGINE.progress(cohort(), asOf);
        assertEquals(List.of(s1, stage1), List.of(row(r, "S-1").status(), row(r, "S-1").expectedStage()), "S-1 (phase 1)");
        assertEquals(List.of(s2, stage2), List.of(row(r, "S-2").status(), row(r, "S-2").expectedStage()), "S-2 (phase 2)");
        assertEquals(List.of(s1, s2), r.batches().stream().map(b -> b.status()).toList(), "each phase follows its one school");
        long stages = r.reasons().stream().filter(x -> x.clause().equals("ZJ-07")).count();
        assertEquals(2, stages, "one expected stage per school");
    }

    @Test
    void eachPhaseIsDueByItsOwnJuneAndPlansItsShare() {
        ProgressReport r = ENGINE.progress(cohort(), LocalDate.of(2021, 3, 1));
        assertEquals(List.of(LocalDate.of(2021, 6, 30), LocalDate.of(2022, 6, 30)), r.batches().stream().map(b -> b.dueBy()).toList());
        assertEquals(List.of("0.25", "0.4"), r.batches().stream().map(b -> b.plannedShare().stripTrailingZeros().toPlainString()).toList());
        assertNull(r.recheck(), "Zhejiang has no re-check sample");
        assertEquals(List.of("progress.deadline.phase-1", "progress.deadline.phase-2", "progress.deadline.assessment").size(), r.deadlines().size());
    }

    @Test
    void aSchoolWhoseTeachersAllPassedIsCompleteEvenAfterItsYear() {
        List<TeacherDossier> t = new ArrayList<>();
        for (int i = 0; i < 3; i++) t.add(ZjDossiers.completeOn("S-1-T" + i, "S-1", LocalDate.of(2021, 6, 15), Level.PASS));
        Cohort c = new Cohort("测试区", List.of(school("S-1", "PHASE_1")), t, null);
        ProgressReport r = ENGINE.progress(c, LocalDate.of(2021, 8, 1));
        assertEquals(ProgressStatus.COMPLETE, row(r, "S-1").status());
        assertEquals("ENDED", row(r, "S-1").expectedStage());
    }

    private static Reason target(ProgressReport r, String rule) {
        return r.reasons().stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
    }

    /**
     * 4 teachers, {@code passed} of them passing on 2021-08-01: the phase 1 target (25%) is 1 teacher, phase 2
     * (65% in all) is 3 (2.6 rounded up by the exact comparison).
     */
    @ParameterizedTest
    @CsvSource({
            "0, 2021-08-15, ON_TRACK, ON_TRACK",  // the target day itself is still in time
            "0, 2021-08-16, BEHIND,   ON_TRACK",
            "1, 2021-08-16, ON_TRACK, ON_TRACK",
            "2, 2022-08-31, ON_TRACK, ON_TRACK",
            "2, 2022-09-01, ON_TRACK, BEHIND",
            "3, 2022-09-01, ON_TRACK, ON_TRACK",
    })
    void phaseTargets(int passed, LocalDate asOf, String phase1, String phase2) {
        List<TeacherDossier> t = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            t.add(i < passed ? ZjDossiers.completeOn("S-1-T" + i, "S-1", LocalDate.of(2021, 8, 1), Level.PASS)
                    : ZjDossiers.complete("S-1-T" + i, "S-1", null));
        }
        ProgressReport r = ENGINE.progress(new Cohort("测试区", List.of(school("S-1", "PHASE_1")), t, null), asOf);
        Reason p1 = target(r, "ZJ-09 第一期目标 phase 1 target");
        Reason p2 = target(r, "ZJ-09 第二期目标 phase 2 target");
        assertEquals(List.of(phase1, phase2), List.of(p1.values().get("status"), p2.values().get("status")));
        assertEquals(phase1.equals("ON_TRACK"), p1.met());
        assertEquals(phase2.equals("ON_TRACK"), p2.met());
    }

    /** ZJ-09 "2021-08-15 前累计培训 ≥ 25%" counts passes dated on or before 2021-08-15, in a report of any later date. */
    @ParameterizedTest
    @CsvSource({"2021-08-15, true", "2021-08-16, false"})
    void thePhaseOneTargetCountsPassesDatedByItsOwnDate(LocalDate passedOn, boolean met) {
        List<TeacherDossier> t = new ArrayList<>();
        t.add(ZjDossiers.completeOn("S-1-T0", "S-1", passedOn, Level.PASS));
        for (int i = 1; i < 4; i++) t.add(ZjDossiers.complete("S-1-T" + i, "S-1", null));
        Cohort c = new Cohort("测试区", List.of(school("S-1", "PHASE_1")), t, null);
        for (LocalDate asOf : List.of(LocalDate.of(2021, 8, 16), LocalDate.of(2022, 3, 1), LocalDate.of(2023, 12, 31))) {
            Reason p1 = target(ENGINE.progress(c, asOf), "ZJ-09 第一期目标 phase 1 target");
            assertEquals(met, p1.met(), "passed on " + passedOn + ", report as of " + asOf);
            assertEquals(met ? 1 : 0, ((Number) p1.values().get("part")).intValue(), "passes counted by the target date");
        }
    }

    /**
     * The school: a phase-2 school whose 4 teachers pass in May 2022 has not started in a report as of
     * August 2021 (nothing was known then, and its phase had not begun), is complete once their passes are known.
     */
    @ParameterizedTest
    @CsvSource({
            "2021-08-01, NOT_STARTED, 0",
            "2021-08-31, NOT_STARTED, 0",
            "2021-09-01, IN_PROGRESS, 0",
            "2022-05-19, IN_PROGRESS, 0",
            "2022-05-20, COMPLETE,    4",
            "2022-08-01, COMPLETE,    4",
    })
    void aPhaseTwoSchoolShowsOnlyWhatWasKnownOnTheReportDate(LocalDate asOf, ProgressStatus status, int passed) {
        List<TeacherDossier> t = new ArrayList<>();
        for (int i = 0; i < 4; i++) t.add(ZjDossiers.completeOn("S-2-T" + i, "S-2", LocalDate.of(2022, 5, 20), Level.PASS));
        ProgressReport r = ENGINE.progress(new Cohort("测试区", List.of(school("S-2", "PHASE_2")), t, null), asOf);
        assertEquals(List.of(status, passed), List.of(row(r, "S-2").status(), row(r, "S-2").passed()));
    }

    /** ZJ-06: before its phase begins a unit has not started, even with every teacher passed (e.g. trained elsewhere). */
    @Test
    void beforeItsPhaseBeginsASchoolHasNotStartedEvenWithEveryTeacherPassed() {
        List<TeacherDossier> t = List.of(ZjDossiers.completeOn("S-2-T0", "S-2", LocalDate.of(2021, 6, 1), Level.PASS));
        ProgressReport r = ENGINE.progress(new Cohort("测试区", List.of(school("S-2", "PHASE_2")), t, null), LocalDate.of(2021, 8, 31));
        assertEquals(List.of(ProgressStatus.NOT_STARTED, 1), List.of(row(r, "S-2").status(), row(r, "S-2").passed()));
        assertEquals(ProgressStatus.COMPLETE, row(ENGINE.progress(new Cohort("测试区", List.of(school("S-2", "PHASE_2")), t, null),
                LocalDate.of(2021, 9, 1)), "S-2").status());
    }

    @Test
    void theRestByTheEndOfPhaseThree() {
        Cohort c = new Cohort("测试区", List.of(school("S-3", "PHASE_3")), teachers("S-3", 4, 3), null);
        assertTrue(target(ENGINE.progress(c, LocalDate.of(2023, 6, 30)), "ZJ-09 第三期全部完成 phase 3: the rest").met());
        Reason late = target(ENGINE.progress(c, LocalDate.of(2023, 7, 1)), "ZJ-09 第三期全部完成 phase 3: the rest");
        assertEquals(List.of(false, "BEHIND"), List.of(late.met(), late.values().get("status")));
    }

    @Test
    void theReportReadsBackAndCarriesTheExpectedStage() {
        ProgressReport r = ENGINE.progress(cohort(), LocalDate.of(2021, 11, 1));
        String json = KaoheJson.MAPPER.writeValueAsString(r);
        assertTrue(json.contains("\"expectedStage\":\"IMPLEMENTATION\""), json);
        assertEquals(json, KaoheJson.MAPPER.writeValueAsString(KaoheJson.read(json, ProgressReport.class)), "reads back");
        assertEquals(json, KaoheJson.MAPPER.writeValueAsString(ENGINE.progress(cohort(), LocalDate.of(2021, 11, 1))), "same input, same bytes");
    }
}
