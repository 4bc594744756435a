package io.kaohe.liaoning.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.liaoning.LnTeachers;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressStatus;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.Reason;
import io.kaohe.model.School;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.Stage;
import io.kaohe.model.TeacherDossier;
import io.kaohe.InvalidInputException;

/** The county's phase, each school's status around every date of the plan, one-to-one help, deadlines (LN-04, LN-05, LN-08, LN-09). */
class ProgressTest {
    static final Engine ENGINE = Kaohe.pack("liaoning");
    static final LocalDate FILED = LocalDate.of(2023, 8, 20);
    static final Map<String, LocalDate> ALL_PLANS = Map.of("developmentPlan", FILED, "researchPlan", FILED, "assessmentPlan", FILED);

    static School school(String id) { return new School(id, "学校 " + id, "瓦房店市", null, null, List.of(Stage.PRIMARY), null, "2023"); }

    /**
     * S-A: plans filed, both teachers passed (assessed on 22 November). S-B: research plan never filed; one
     * teacher FAILs (no guidance plan; assessed on 15 November), one is INCOMPLETE (20 online hours). S-C: plans filed; one teacher passed, one INCOMPLETE.
     */
    static Cohort cohort() {
        List<TeacherDossier> t = new ArrayList<>();
        t.add(LnTeachers.pass("S-A-1", "S-A"));
        t.add(LnTeachers.pass("S-A-2", "S-A"));
        t.add(assessedOn(LnTeachers.noGuidancePlan("S-B-9", "S-B"), LocalDate.of(2023, 11, 15)));
        t.add(LnTeachers.shortOnline("S-B-1", "S-B"));
        t.add(LnTeachers.pass("S-C-1", "S-C"));
        t.add(LnTeachers.shortOnline("S-C-2", "S-C"));
        return new Cohort("瓦房店市", List.of(school("S-A"), school("S-B"), school("S-C")), t, null,
                Map.of("S-A", ALL_PLANS, "S-B", Map.of("developmentPlan", FILED, "assessmentPlan", FILED.plusDays(12)), "S-C", ALL_PLANS));
    }

    /** The dossier with every score assessed on {@code day} (S-B-9 fails before the practice phase ends). */
    static TeacherDossier assessedOn(TeacherDossier d, LocalDate day) {
        return new TeacherDossier(d.teacher(), d.records(), d.scores().stream()
                .map(x -> new io.kaohe.model.RubricScore(x.ability(), x.level(), x.score(), day, x.attempt(), x.evidence())).toList(),
                d.asOf(), d.parts());
    }

    static ProgressStatus status(ProgressReport r, String school) {
        return r.schools().stream().filter(s -> school.equals(s.schoolId())).map(SchoolProgress::status).findFirst().orElseThrow();
    }

    static List<Reason> reasons(ProgressReport r, String rulePrefix) {
        return r.reasons().stream().filter(x -> x.rule().startsWith(rulePrefix)).toList();
    }

    @ParameterizedTest
    @CsvSource({
            "2023-06-30, BEFORE_LAUNCH",
            "2023-07-01, LAUNCH",
            "2023-08-31, LAUNCH",
            "2023-09-01, PRACTICE",
            "2023-11-20, PRACTICE",
            "2023-11-21, ASSESSMENT",
            "2023-11-30, ASSESSMENT",
            // one-to-one help and re-assessment run on to the end of 2023 (二 "到2023年末", issue 13)
            "2023-12-31, ASSESSMENT",
            "2024-01-01, ENDED",
    })
    void theCountyIsInExactlyOnePhase(LocalDate asOf, String phase) {
        ProgressReport r = ENGINE.progress(cohort(), asOf);
        List<Reason> phases = r.reasons().stream().filter(x -> x.values().containsKey("phase")).toList();
        assertEquals(1, phases.size(), "one phase as of " + asOf);
        assertEquals(phase, phases.get(0).values().get("phase"));
        assertEquals("LN-09", phases.get(0).clause());
    }

    @ParameterizedTest
    @CsvSource({
            // S-B's missing plan makes it behind the day after 30 August; S-C's unfinished hours the day after 20 November;
            // S-A's teachers are assessed on 22 November: complete from that day, not before (only what was known then)
            "2023-06-30, NOT_STARTED, NOT_STARTED, NOT_STARTED",
            "2023-08-30, IN_PROGRESS, IN_PROGRESS, IN_PROGRESS",
            "2023-08-31, IN_PROGRESS, BEHIND, IN_PROGRESS",
            "2023-09-01, IN_PROGRESS, BEHIND, IN_PROGRESS",
            "2023-11-20, IN_PROGRESS, BEHIND, IN_PROGRESS",
            "2023-11-21, IN_PROGRESS, BEHIND, BEHIND",
            "2023-11-22, COMPLETE, BEHIND, BEHIND",
            "2023-11-30, COMPLETE, BEHIND, BEHIND",
            "2023-12-31, COMPLETE, BEHIND, BEHIND",
            "2024-01-01, COMPLETE, OVERDUE, OVERDUE",
    })
    void schoolStatusAroundEachDate(LocalDate asOf, ProgressStatus a, ProgressStatus b, ProgressStatus c) {
        ProgressReport r = ENGINE.progress(cohort(), asOf);
        assertEquals(List.of(a, b, c), List.of(status(r, "S-A"), status(r, "S-B"), status(r, "S-C")), "as of " + asOf);
        ProgressStatus total = r.total().status();
        assertEquals(c == ProgressStatus.OVERDUE ? ProgressStatus.OVERDUE : b == ProgressStatus.BEHIND || c == ProgressStatus.BEHIND ? ProgressStatus.BEHIND : b, total, "the county");
        assertEquals(total, r.batches().get(0).status(), "one batch: the county");
        assertEquals(3 + 1 + 1, r.reasons().stream().filter(x -> x.values().containsKey("status")).count(), "one status per unit");
    }

    @Test
    void aSchoolWhosePlanIsFiledAfterTheAsOfDateHasNotFiledItYet() {
        // S-B's assessment plan is dated 1 September: on 31 August it is missing too
        Reason behind = reasons(ENGINE.progress(cohort(), LocalDate.of(2023, 8, 31)), "LN-09 进度落后").stream()
                .filter(x -> "S-B".equals(x.values().get("id"))).findFirst().orElseThrow();
        assertEquals(List.of("researchPlan", "assessmentPlan"), behind.values().get("plansMissing"));
        Reason later = reasons(ENGINE.progress(cohort(), LocalDate.of(2023, 9, 1)), "LN-09 进度落后").stream()
                .filter(x -> "S-B".equals(x.values().get("id"))).findFirst().orElseThrow();
        assertEquals(List.of("researchPlan"), later.values().get("plansMissing"));
    }

    @Test
    void overdueSchoolsLoseEligibilityUnderLn08() {
        Reason overdue = reasons(ENGINE.progress(cohort(), LocalDate.of(2024, 1, 1)), "LN-08").stream()
                .filter(x -> "S-C".equals(x.values().get("id"))).findFirst().orElseThrow();
        assertEquals(false, overdue.met());
        assertTrue(overdue.message().contains("取消参评资格"), overdue.message());
        assertTrue(overdue.message().contains("1/2"), overdue.message());
    }

    @Test
    void oneToOneHelpNamesFailedTeachersAndAfterThePracticePhaseIncompleteOnes() {
        Reason during = reasons(ENGINE.progress(cohort(), LocalDate.of(2023, 11, 20)), "LN-05").stream()
                .filter(x -> "S-B".equals(x.values().get("id"))).findFirst().orElseThrow();
        assertEquals(List.of("S-B-9"), during.values().get("help"));
        assertEquals(false, during.met());
        Reason after = reasons(ENGINE.progress(cohort(), LocalDate.of(2023, 11, 21)), "LN-05").stream()
                .filter(x -> "S-B".equals(x.values().get("id"))).findFirst().orElseThrow();
        assertEquals(List.of("S-B-1", "S-B-9"), after.values().get("help"));
        assertTrue(after.message().contains("2 名教师需一对一帮扶：S-B-1, S-B-9"), after.message());
        Reason none = reasons(ENGINE.progress(cohort(), LocalDate.of(2023, 11, 21)), "LN-05").stream()
                .filter(x -> "S-A".equals(x.values().get("id"))).findFirst().orElseThrow();
        assertEquals(true, none.met());
        assertEquals(3, reasons(ENGINE.progress(cohort(), LocalDate.of(2023, 11, 21)), "LN-05").size(), "one per school");
    }

    @Test
    void deadlinesAreTheThreePlanDates() {
        ProgressReport r = ENGINE.progress(cohort(), LocalDate.of(2023, 8, 31));
        assertEquals(List.of(LocalDate.of(2023, 8, 30), LocalDate.of(2023, 11, 20), LocalDate.of(2023, 12, 31)),
                r.deadlines().stream().map(d -> d.date()).toList());
        assertEquals(List.of(true, false, false), r.deadlines().stream().map(d -> d.passed()).toList());
        assertEquals(false, reasons(r, "LN-04 方案备案截止").get(0).met(), "S-B's plans are missing after the deadline");
        assertNull(r.recheck(), "the Wafangdian plan draws no re-check sample");
    }

    @Test
    void plansOfAnUnknownSchoolOrKeyAreInputErrors() {
        Cohort c = cohort();
        Cohort bad = new Cohort(c.county(), c.schools(), c.teachers(), null,
                Map.of("S-X", ALL_PLANS, "S-A", Map.of("developmentPlam", FILED)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.progress(bad, LocalDate.of(2023, 9, 1)));
        assertEquals(List.of("plans.S-A.developmentPlam", "plans.S-X"), e.errors().stream().map(x -> x.path()).toList());
    }

    @Test
    void cohortWithPlansRoundTripsAndTheReportIsByteIdentical() {
        Cohort c = cohort();
        String json = KaoheJson.MAPPER.writeValueAsString(c);
        Cohort back = KaoheJson.MAPPER.readValue(json, Cohort.class);
        assertEquals(c.plans(), back.plans());
        LocalDate asOf = LocalDate.of(2023, 11, 21);
        assertEquals(KaoheJson.line(ENGINE.progress(c, asOf)), KaoheJson.line(ENGINE.progress(back, asOf)));
    }
}
