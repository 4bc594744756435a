package io.kaohe.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.BatchProgress;
import io.kaohe.model.ProgressStatus;
import io.kaohe.model.Cohort;
import io.kaohe.model.Level;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.Reason;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.School;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;
import io.kaohe.internal.params.ParameterSet;

/**
 * Batch progress (HN-03, HN-06) of a made-up county of five schools named as in 附件1: per batch the
 * planned and actual shares, the counts and the status in each phase of 六 时间安排. Expected values
 * follow from the counts built here and the pack's parameters.
 */
class ProgressTest {
    static final Engine ENGINE = Kaohe.pack("hunan");
    static final ParameterSet PARAMS = PackEngine.info(ENGINE).parameters().at(LocalDate.of(2023, 1, 1));
    static final BigDecimal ON_TRACK = PARAMS.number("progress.on-track-passed-share-min");

    enum Kind { PASS, FAIL, INCOMPLETE }

    /** A teacher of a school who ends PASS (100 h, 3 points), FAIL (a point failed, awaiting re-assessment) or INCOMPLETE (80 h). */
    static TeacherDossier teacher(String id, String school, Stage stage, Kind kind) {
        return teacher(id, school, stage, kind, LocalDate.of(2022, 11, 30));
    }

    /** As {@link #teacher(String, String, Stage, Kind)}, assessed on {@code assessed} (hours 20 and 17 days before). */
    static TeacherDossier teacher(String id, String school, Stage stage, Kind kind, LocalDate assessed) {
        LocalDate day = assessed.minusDays(20);
        List<StudyRecord> records = List.of(
                StudyRecord.of(RecordKind.ONLINE_COURSE, kind == Kind.INCOMPLETE ? 30 : 50, Unit.HOUR, day),
                StudyRecord.of(RecordKind.SCHOOL_PRACTICE, 50, Unit.HOUR, day.plusDays(3)));
        List<RubricScore> scores = List.of(RubricScore.of("SAMPLE-01", Level.PASS, day.plusDays(20)),
                RubricScore.of("SAMPLE-02", Level.PASS, day.plusDays(20)),
                RubricScore.of("SAMPLE-03", kind == Kind.FAIL ? Level.FAIL : Level.PASS, day.plusDays(20)));
        return new TeacherDossier(Teacher.of(id, school, stage), records, scores);
    }

    static void add(List<TeacherDossier> out, String school, Stage stage, int pass, int fail, int incomplete) {
        int n = out.size();
        for (int i = 0; i < pass; i++) out.add(teacher(String.format("T-%03d", ++n), school, stage, Kind.PASS));
        for (int i = 0; i < fail; i++) out.add(teacher(String.format("T-%03d", ++n), school, stage, Kind.FAIL));
        for (int i = 0; i < incomplete; i++) out.add(teacher(String.format("T-%03d", ++n), school, stage, Kind.INCOMPLETE));
    }

    /**
     * PILOT 南湖中学 10 teachers (8 passed: 80%, below the on-track share); BATCH_1 城关中学 30 and
     * 湘阴一中 45 (70 passed of 75: 93%); BATCH_2 三塘中学 15 and 教育局一园 10 (none passed yet).
     * 110 teachers in all: batch 1 holds 75/110, batch 2 25/110.
     */
    static Cohort county() {
        List<School> schools = List.of(
                new School("S-01", "南湖中学", "湘阴县", null, 10, List.of(Stage.JUNIOR), null, "PILOT"),
                new School("S-02", "城关中学", "湘阴县", null, 30, List.of(Stage.JUNIOR), null, "BATCH_1"),
                new School("S-03", "湘阴一中", "湘阴县", null, 45, List.of(Stage.SENIOR), null, "BATCH_1"),
                new School("S-04", "三塘中学", "湘阴县", null, 15, List.of(Stage.JUNIOR), null, "BATCH_2"),
                new School("S-05", "教育局一园", "湘阴县", null, 10, List.of(Stage.PRESCHOOL), null, "BATCH_2"));
        List<TeacherDossier> teachers = new ArrayList<>();
        add(teachers, "S-01", Stage.JUNIOR, 8, 1, 1);
        add(teachers, "S-02", Stage.JUNIOR, 28, 2, 0);
        add(teachers, "S-03", Stage.SENIOR, 42, 2, 1);
        add(teachers, "S-04", Stage.JUNIOR, 0, 0, 3);
        return new Cohort("湘阴县", schools, teachers, null);
    }

    static Map<String, BatchProgress> batches(ProgressReport r) {
        return r.batches().stream().collect(Collectors.toMap(BatchProgress::batch, Function.identity()));
    }

    static Map<String, String> statuses(ProgressReport r) {
        Map<String, String> out = new java.util.TreeMap<>();
        r.batches().forEach(b -> out.put(b.batch(), b.status().name()));
        out.put("total", r.total().status().name());
        return out;
    }

    static BigDecimal share(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }

    static Reason phase(ProgressReport r) {
        return r.reasons().stream().filter(x -> x.rule().equals("HN-06 当前阶段 current phase")).findFirst().orElseThrow();
    }

    @Test
    void plannedAndActualSharesAndCountsPerBatch() {
        ProgressReport r = ENGINE.progress(county(), LocalDate.of(2022, 12, 1));
        Map<String, BatchProgress> b = batches(r);
        assertEquals(List.of("PILOT", "BATCH_1", "BATCH_2"), r.batches().stream().map(BatchProgress::batch).toList(), "by start date");
        assertNull(b.get("PILOT").plannedShare(), "the source gives the pilot no share");
        assertEquals(0, new BigDecimal("0.75").compareTo(b.get("BATCH_1").plannedShare()));
        assertEquals(0, new BigDecimal("0.25").compareTo(b.get("BATCH_2").plannedShare()));
        assertEquals(share(75, 110), b.get("BATCH_1").actualShare());
        assertEquals(share(25, 110), b.get("BATCH_2").actualShare());
        assertEquals(share(10, 110), b.get("PILOT").actualShare());
        BatchProgress one = b.get("BATCH_1");
        assertEquals(List.of(2, 75, 75, 70, 4, 5), List.of(one.schools(), one.teachers(), one.assessed(), one.passed(), one.failed(),
                one.awaitingReassessment()), "assessed = dossiers given; awaiting = FAIL + INCOMPLETE");
        BatchProgress two = b.get("BATCH_2");
        assertEquals(List.of(2, 25, 3, 0, 0, 3), List.of(two.schools(), two.teachers(), two.assessed(), two.passed(), two.failed(),
                two.awaitingReassessment()));
        assertEquals(LocalDate.of(2022, 12, 31), one.dueBy(), "batch 1 is due at the end of phase 2");
        assertEquals(LocalDate.of(2023, 12, 31), two.dueBy());
        assertTrue(r.reasons().stream().anyMatch(x -> x.rule().startsWith("HN-03 计划比例") && x.message().contains("第一批次：计划占全县教师 75%，实际 75/110 人")),
                r.reasons().toString());
        assertNull(r.recheck(), "Hunan draws no re-check sample");
    }

    @Test
    void phase1PlanningOnlyThePilotHasStarted() {
        ProgressReport r = ENGINE.progress(county(), LocalDate.of(2022, 9, 15));
        assertEquals(Map.of("PILOT", "IN_PROGRESS", "BATCH_1", "NOT_STARTED", "BATCH_2", "NOT_STARTED", "total", "IN_PROGRESS"), statuses(r));
        assertTrue(phase(r).message().contains("第一阶段"), phase(r).message());
    }

    @Test
    void phase2Batch1InItsPhase() {
        ProgressReport r = ENGINE.progress(county(), LocalDate.of(2022, 10, 1));
        assertEquals("IN_PROGRESS", statuses(r).get("BATCH_1"), "batch 1 starts on 1 October");
        assertTrue(phase(r).message().contains("第二阶段"), phase(r).message());
        assertEquals("NOT_STARTED", statuses(ENGINE.progress(county(), LocalDate.of(2022, 9, 30))).get("BATCH_1"));
        assertEquals("IN_PROGRESS", statuses(ENGINE.progress(county(), LocalDate.of(2022, 12, 31))).get("BATCH_1"), "the last day of its phase");
    }

    /** After its phase a batch is on track while at least the on-track share has passed: batch 1 93%, the pilot 80%. */
    @Test
    void phase3OnTrackOrBehindByThePassedShare() {
        ProgressReport r = ENGINE.progress(county(), LocalDate.of(2023, 1, 1));
        assertTrue(share(70, 75).compareTo(ON_TRACK) >= 0 && share(8, 10).compareTo(ON_TRACK) < 0, "the data straddle the parameter");
        assertEquals(Map.of("PILOT", "BEHIND", "BATCH_1", "IN_PROGRESS", "BATCH_2", "NOT_STARTED", "total", "IN_PROGRESS"), statuses(r));
        assertTrue(phase(r).message().contains("第三阶段"), phase(r).message());
        Reason behind = r.reasons().stream().filter(x -> x.rule().startsWith("HN-06 阶段结束后") && x.values().get("id").equals("PILOT"))
                .findFirst().orElseThrow();
        assertEquals(false, behind.met());
        assertTrue(behind.message().contains("8/10 名教师合格（80%）< 90%，进度落后，2 名教师未合格"), behind.message());
    }

    @Test
    void afterPhase3TheCompletionDateHasPassedAndBatch2IsUnderWay() {
        ProgressReport r = ENGINE.progress(county(), LocalDate.of(2023, 4, 1));
        assertEquals("IN_PROGRESS", statuses(r).get("BATCH_2"), "附件1: batch 2 from April 2023");
        assertTrue(phase(r).message().contains("各阶段已结束"), phase(r).message());
        Reason completion = r.reasons().stream().filter(x -> x.rule().startsWith("HN-06 全面完成测评")).findFirst().orElseThrow();
        assertEquals(false, completion.met());
        assertTrue(completion.message().contains("截至当日有 32/110 名教师未合格，未按期完成"), completion.message());
    }

    @Test
    void afterTheCycleWhatIsNotCompleteIsOverdue() {
        ProgressReport r = ENGINE.progress(county(), LocalDate.of(2024, 1, 1));
        assertEquals(Map.of("PILOT", "OVERDUE", "BATCH_1", "OVERDUE", "BATCH_2", "OVERDUE", "total", "OVERDUE"), statuses(r));
    }

    /** The pilot's teachers pass on 2022-11-30: complete from that day on, whatever the date after it; not before. */
    @Test
    void aBatchWhoseTeachersAllPassedIsCompleteOnceTheirPassesAreKnown() {
        Cohort c = county();
        List<TeacherDossier> teachers = new ArrayList<>();
        add(teachers, "S-01", Stage.JUNIOR, 10, 0, 0);
        Cohort pilotDone = new Cohort(c.county(), c.schools(), teachers, null);
        for (LocalDate d : List.of(LocalDate.of(2022, 11, 30), LocalDate.of(2023, 2, 1), LocalDate.of(2024, 6, 1))) {
            assertEquals("COMPLETE", statuses(ENGINE.progress(pilotDone, d)).get("PILOT"), d.toString());
        }
        assertEquals("IN_PROGRESS", statuses(ENGINE.progress(pilotDone, LocalDate.of(2022, 11, 29))).get("PILOT"), "not yet known");
    }

    // ---- HN-03 yearly targets: 75% of the county's teachers by the end of 2022, all by the end of 2023 --------------

    static Reason target(ProgressReport r, String year) {
        return r.reasons().stream().filter(x -> x.rule().startsWith("HN-03 年度目标") && year.equals(x.values().get("year")))
                .findFirst().orElseThrow();
    }

    /** 78 of 110 passed by 2022-12-31 (8 pilot + 70 batch 1) < 82.5: the 2022 target is missed, in any report after it. */
    @Test
    void the2022TargetFailsWhenTooFewPassedByTheEndOf2022() {
        for (LocalDate asOf : List.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 5), LocalDate.of(2023, 6, 1))) {
            Reason t = target(ENGINE.progress(county(), asOf), "2022");
            assertEquals(false, t.met(), asOf.toString());
            assertEquals("HN-03", t.clause());
            assertTrue(t.message().contains("截至 2022-12-31 合格 78/110 人") && t.message().contains("未达成"), t.message());
        }
    }

    /** The county: 10 of 20 teachers passed as of 2023-01-05 is flagged. */
    @Test
    void tenOfTwentyPassedIsFlagged() {
        List<TeacherDossier> t = new ArrayList<>();
        add(t, "S-02", Stage.JUNIOR, 10, 10, 0);
        Cohort c = new Cohort("湘阴县", List.of(new School("S-02", "城关中学", "湘阴县", null, 20, List.of(Stage.JUNIOR), null, "BATCH_1")), t, null);
        assertEquals(false, target(ENGINE.progress(c, LocalDate.of(2023, 1, 5)), "2022").met());
    }

    /** Before 2022-12-31: on track while the teachers passed, with those not yet passed in batches due by then, can reach 75%. */
    @Test
    void before2022OnTrackOrBehindAgainstThePlan() {
        Reason onTrack = target(ENGINE.progress(county(), LocalDate.of(2022, 12, 31)), "2022");
        assertTrue(onTrack.met(), onTrack.message());
        assertTrue(onTrack.message().contains("已合格 78 人") && onTrack.message().contains("另有 7 人未合格") && onTrack.message().contains("进度正常"),
                onTrack.message());
        // 湘阴一中 (45 teachers) put in batch 2: the batches due in 2022 hold 40 of 110, the plan cannot reach 75%
        Cohort c = county();
        List<School> schools = new ArrayList<>(c.schools());
        schools.set(2, new School("S-03", "湘阴一中", "湘阴县", null, 45, List.of(Stage.SENIOR), null, "BATCH_2"));
        Reason behind = target(ENGINE.progress(new Cohort(c.county(), schools, c.teachers(), null), LocalDate.of(2022, 10, 15)), "2022");
        assertEquals(false, behind.met());
        assertTrue(behind.message().contains("进度落后"), behind.message());
    }

    /** A pass dated after 2022-12-31 does not count toward the 2022 target, even in a later report; it counts for 2023. */
    @Test
    void passesAfterTheTargetDateDoNotCountForIt() {
        List<TeacherDossier> t = new ArrayList<>();
        for (int i = 0; i < 3; i++) t.add(teacher("T-" + i, "S-02", Stage.JUNIOR, Kind.PASS, LocalDate.of(2022, 12, 20)));
        t.add(teacher("T-late", "S-02", Stage.JUNIOR, Kind.PASS, LocalDate.of(2023, 1, 10)));
        Cohort c = new Cohort("湘阴县", List.of(new School("S-02", "城关中学", "湘阴县", null, 4, List.of(Stage.JUNIOR), null, "BATCH_1")), t, null);
        ProgressReport r = ENGINE.progress(c, LocalDate.of(2023, 6, 1));
        assertTrue(target(r, "2022").met(), "3/4 = 75% by 2022-12-31");
        assertEquals(3, ((Number) target(r, "2022").values().get("part")).intValue());
        List<TeacherDossier> two = new ArrayList<>(t.subList(0, 2));
        two.add(teacher("T-late2", "S-02", Stage.JUNIOR, Kind.PASS, LocalDate.of(2023, 1, 2)));
        two.add(t.get(3));
        ProgressReport late = ENGINE.progress(new Cohort("湘阴县", c.schools(), two, null), LocalDate.of(2023, 6, 1));
        assertEquals(false, target(late, "2022").met(), "2/4 by 2022-12-31, whatever passed in January");
        assertTrue(target(ENGINE.progress(new Cohort("湘阴县", c.schools(), two, null), LocalDate.of(2024, 1, 1)), "2023").met(),
                "every teacher by the end of 2023");
    }

    // ---- deadlines measured on their own day (HN-06 全面完成测评, HN-01 周期结束) -------------------------------------

    static Reason deadline(ProgressReport r, String rule) {
        return r.reasons().stream().filter(x -> x.rule().startsWith(rule)).findFirst().orElseThrow();
    }

    /** A batch-1 school of four teachers: three pass on 2022-12-20, the last on {@code last}. */
    static Cohort lastPassesOn(LocalDate last) {
        List<TeacherDossier> t = new ArrayList<>();
        for (int i = 0; i < 3; i++) t.add(teacher("T-" + i, "S-02", Stage.JUNIOR, Kind.PASS, LocalDate.of(2022, 12, 20)));
        t.add(teacher("T-last", "S-02", Stage.JUNIOR, Kind.PASS, last));
        return new Cohort("湘阴县", List.of(new School("S-02", "城关中学", "湘阴县", null, 4, List.of(Stage.JUNIOR), null, "BATCH_1")), t, null);
    }

    /** The county: the last teacher passes on 2023-04-10; in June the 2023-03-31 deadline is missed, the teacher passed now. */
    @Test
    void aPassAfterTheCompletionDeadlineDoesNotMeetIt() {
        ProgressReport june = ENGINE.progress(lastPassesOn(LocalDate.of(2023, 4, 10)), LocalDate.of(2023, 6, 15));
        Reason completion = deadline(june, "HN-06 全面完成测评");
        assertEquals(false, completion.met(), completion.message());
        assertTrue(completion.message().contains("截至当日有 1/4 名教师未合格，未按期完成"), completion.message());
        assertEquals(4, june.total().passed(), "the report still shows the teacher as passed now");
        assertEquals(ProgressStatus.COMPLETE, june.total().status());
        Reason cycle = deadline(june, "HN-01 周期结束");
        assertTrue(cycle.met(), "the cycle has not ended: " + cycle.message());
    }

    /** Just before, on and after the deadline's day: the last pass on 2023-03-31 meets it; a report on that day is still in time. */
    @Test
    void theCompletionDeadlineJustBeforeOnAndAfterItsDay() {
        LocalDate due = PARAMS.date("progress.deadline.completion");
        for (LocalDate last : List.of(due.minusDays(1), due)) {
            Reason r = deadline(ENGINE.progress(lastPassesOn(last), due.plusMonths(2)), "HN-06 全面完成测评");
            assertTrue(r.met(), last + ": " + r.message());
            assertTrue(r.message().contains("已按期完成"), r.message());
        }
        Reason late = deadline(ENGINE.progress(lastPassesOn(due.plusDays(1)), due.plusMonths(2)), "HN-06 全面完成测评");
        assertEquals(false, late.met(), late.message());
        Reason onTheDay = deadline(ENGINE.progress(lastPassesOn(due.plusDays(1)), due), "HN-06 全面完成测评");
        assertTrue(onTheDay.met() && onTheDay.message().contains("尚余 0 天"), "the deadline day is still in time: " + onTheDay.message());
    }

    /** HN-01: the cycle's last day is 2023-12-31; a pass on 2024-01-05 does not finish the cycle, even in a later report. */
    @Test
    void aPassAfterTheCycleDoesNotMeetIt() {
        LocalDate end = PARAMS.date("progress.deadline.assessment");
        Reason late = deadline(ENGINE.progress(lastPassesOn(end.plusDays(5)), end.plusMonths(6)), "HN-01 周期结束");
        assertEquals(false, late.met(), late.message());
        assertTrue(late.message().contains("结束时有 1/4 名教师未合格"), late.message());
        assertTrue(deadline(ENGINE.progress(lastPassesOn(end), end.plusMonths(6)), "HN-01 周期结束").met());
    }

    @Test
    void exactlyOneStatusPerUnitOnEveryDay() {
        Cohort c = county();
        for (LocalDate d = LocalDate.of(2022, 8, 1); d.isBefore(LocalDate.of(2024, 2, 1)); d = d.plusDays(7)) {
            ProgressReport r = ENGINE.progress(c, d);
            long statusReasons = r.reasons().stream().filter(x -> x.values().containsKey("status") || x.rule().startsWith("HN-06 阶段结束后")).count();
            assertEquals(r.schools().size() + r.batches().size() + 1, statusReasons, d.toString());
        }
    }

    @Test
    void theBatchOf附件1IsCheckedByName() {
        Cohort c = county();
        List<School> schools = new ArrayList<>(c.schools());
        schools.set(3, new School("S-04", "三塘中学", "湘阴县", null, 15, List.of(Stage.JUNIOR), null, "BATCH_1"));
        schools.add(new School("S-06", "虚构小学", "湘阴县", null, 5, List.of(Stage.PRIMARY), null, "BATCH_2"));
        ProgressReport r = ENGINE.progress(new Cohort(c.county(), schools, c.teachers(), null), LocalDate.of(2022, 11, 1));
        List<Reason> plan = r.reasons().stream().filter(x -> x.rule().startsWith("HN-03 附件1")).toList();
        assertEquals(6, plan.size(), "one per school");
        Reason wrong = plan.stream().filter(x -> x.values().get("id").equals("S-04")).findFirst().orElseThrow();
        assertEquals(false, wrong.met());
        assertTrue(wrong.message().contains("附件1 列入 第二批次，但数据批次为 第一批次"), wrong.message());
        Reason unlisted = plan.stream().filter(x -> x.values().get("id").equals("S-06")).findFirst().orElseThrow();
        assertTrue(unlisted.met() && unlisted.message().contains("附件1 未列出"), unlisted.message());
        assertTrue(plan.stream().filter(x -> !x.values().get("id").equals("S-04")).allMatch(Reason::met));
    }

    @Test
    void thePlanListsEverySchoolOf附件1Once() {
        List<String> batches = new ArrayList<>();
        for (String p : List.of("pilot", "batch-1", "batch-2")) {
            for (String name : PARAMS.text("progress.plan-schools." + p).trim().split("\\s+")) {
                batches.add(Plan.plannedBatch(PARAMS, name));
            }
        }
        assertEquals(2 + 47 + 13, batches.size());
        assertEquals(List.of(2L, 47L, 13L), List.of("PILOT", "BATCH_1", "BATCH_2").stream()
                .map(b -> batches.stream().filter(b::equals).count()).toList(), "no school is listed in two batches");
        assertEquals("BATCH_2", Plan.plannedBatch(PARAMS, "二级机构（督导中心、教研室、技术中心、进修学校）"));
        assertNull(Plan.plannedBatch(PARAMS, "南湖"));
    }

    @Test
    void sameCohortSameBytes() {
        assertEquals(KaoheJson.line(ENGINE.progress(county(), LocalDate.of(2023, 2, 1))),
                KaoheJson.line(ENGINE.progress(county(), LocalDate.of(2023, 2, 1))));
    }
}
