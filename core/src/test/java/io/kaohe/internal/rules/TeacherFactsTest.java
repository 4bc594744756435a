package io.kaohe.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Unit;

/** What the rules see about a teacher: sums within the cycle, research semesters, latest attempts, and which records count. */
class TeacherFactsTest {
    private static StudyRecord r(RecordKind k, String amount, String date) {
        return FactsFixture.record(k, amount, date);
    }

    private static TeacherFacts facts(List<StudyRecord> records, List<RubricScore> scores) {
        return FactsFixture.facts(FactsFixture.dossier(records, scores));
    }

    @Test
    void onlyRecordsInTheCycleCount() {
        TeacherFacts f = facts(List.of(r(RecordKind.ONLINE_COURSE, "24.9", "2020-01-01"), r(RecordKind.ONLINE_COURSE, "0.1", "2022-12-31"),
                r(RecordKind.ONLINE_COURSE, "9", "2019-12-31"), r(RecordKind.ONLINE_COURSE, "9", "2023-01-01"),
                r(RecordKind.PEER_REVIEW, "1", "2019-06-01")), List.of());
        assertEquals(0, new BigDecimal("25").compareTo(f.amount("ONLINE_COURSE")));
        assertEquals(3, f.getOutsideCycle());
        assertFalse(f.counts(r(RecordKind.PEER_REVIEW, "1", "2019-06-01")), "a review outside the cycle does not count");
        assertTrue(f.counts(r(RecordKind.PEER_REVIEW, "1", "2020-01-01")));
    }

    @Test
    void researchSemestersAndTheirActivities() {
        TeacherFacts f = facts(List.of(r(RecordKind.ONLINE_COURSE, "5", "2021-03-01"), r(RecordKind.SCHOOL_PRACTICE, "5", "2021-03-02"),
                r(RecordKind.RESEARCH_ACTIVITY, "2", "2021-10-01"),
                new StudyRecord(RecordKind.RESEARCH_ACTIVITY, BigDecimal.ONE, Unit.COUNT, LocalDate.of(2022, 2, 3), "2021-2022-1"),
                r(RecordKind.RESEARCH_ACTIVITY, "0", "2022-03-01"), r(RecordKind.PEER_REVIEW, "1", "2022-05-01")), List.of());
        assertEquals(List.of("2021-2022-1"), f.getSemesters().stream().map(s -> s.getSemester().toString()).toList(),
                "online, practice and reviews open no semester; a research record of 0 neither");
        assertEquals(List.of(new BigDecimal("3")), f.getSemesters().stream().map(SemesterActivity::getResearchActivities).toList());
    }

    @Test
    void latestAttemptCountsByAttemptNumberNotListOrder() {
        TeacherFacts f = facts(List.of(), List.of(
                new RubricScore("B2", Level.FAIL, null, LocalDate.of(2022, 6, 20), 2, null),
                new RubricScore("A1", Level.EXCELLENT, null, LocalDate.of(2022, 6, 1), 1, null),
                new RubricScore("B2", Level.PASS, null, LocalDate.of(2022, 6, 1), 1, null),
                new RubricScore("C4", Level.FAIL, null, LocalDate.of(2022, 6, 1), 1, null),
                new RubricScore("C4", Level.PASS, null, LocalDate.of(2022, 7, 1), 2, null)));
        assertEquals(List.of("A1", "C4"), f.getPassedCodes());
        assertEquals(List.of("A1"), f.getExcellentCodes());
        assertEquals(List.of("B2"), f.getFailedCodes());
        assertEquals(LocalDate.of(2022, 7, 1), f.getSubmission(), "the last of the counted attempts");
        AbilityResult b2 = f.getAbilities().stream().filter(a -> a.getCode().equals("B2")).findFirst().orElseThrow();
        assertEquals(List.of(Level.PASS, Level.FAIL), b2.getHistory());
        assertEquals(List.of(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 20)), b2.getAttemptDates(), "dates in attempt order");
    }


    @Test
    void passedByLooksAtTheLatestAttemptOnOrBeforeTheDate() {
        TeacherFacts f = facts(List.of(), List.of(
                new RubricScore("A1", Level.FAIL, null, LocalDate.of(2023, 11, 28), 1, null),
                new RubricScore("A1", Level.PASS, null, LocalDate.of(2023, 12, 12), 2, null),
                new RubricScore("B2", Level.PASS, null, LocalDate.of(2023, 11, 1), 1, null),
                new RubricScore("B2", Level.EXCELLENT, null, LocalDate.of(2024, 1, 5), 2, null)));
        AbilityResult a1 = f.getAbilities().get(0);
        AbilityResult b2 = f.getAbilities().get(1);
        assertFalse(a1.passedBy(LocalDate.of(2023, 11, 30)), "failed on the 28th, not yet re-assessed");
        assertTrue(a1.passedBy(LocalDate.of(2023, 12, 12)), "the day of the passing re-assessment");
        assertFalse(a1.passedBy(LocalDate.of(2023, 11, 27)), "not assessed yet");
        assertTrue(b2.passedBy(LocalDate.of(2023, 12, 31)), "a later re-assessment does not undo an earlier pass");
    }
}
