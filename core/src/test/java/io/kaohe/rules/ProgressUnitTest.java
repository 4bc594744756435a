package io.kaohe.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.kaohe.KaoheException;

class ProgressUnitTest {
    static ProgressUnit unit(LocalDate asOf) {
        return new ProgressUnit(ProgressUnit.SCHOOL, "S-1", asOf, LocalDate.of(2021, 9, 1), LocalDate.of(2022, 12, 31), 10, 4);
    }

    @Test
    void twoStatusRulesFiringIsAPackError() {
        ProgressUnit u = unit(LocalDate.of(2022, 1, 1));
        u.setStatus("IN_PROGRESS");
        KaoheException e = assertThrows(KaoheException.class, () -> u.setStatus("OVERDUE"));
        assertEquals("progress rules overlap: school S-1 is both IN_PROGRESS and OVERDUE", e.getMessage());
    }

    @Test
    void daysAroundTheDueDate() {
        assertEquals(1, unit(LocalDate.of(2022, 12, 30)).getDaysLeft());
        assertEquals(0, unit(LocalDate.of(2022, 12, 31)).getDaysLeft());
        assertEquals(0, unit(LocalDate.of(2022, 12, 31)).getDaysOverdue());
        assertEquals(1, unit(LocalDate.of(2023, 1, 1)).getDaysOverdue());
        assertEquals(6, unit(LocalDate.of(2023, 1, 1)).getOpen());
    }

    @Test
    void aDeadlineDayIsStillInTime() {
        LocalDate due = LocalDate.of(2022, 11, 25);
        assertEquals(false, new DeadlineCheck("p", due, due).isPassed());
        assertEquals(true, new DeadlineCheck("p", due, due.plusDays(1)).isPassed());
        assertEquals(-1, new DeadlineCheck("p", due, due.plusDays(1)).getDaysLeft());
    }

    @Test
    void daysSinceTheFirstDay() {
        assertEquals(-1, unit(LocalDate.of(2021, 8, 31)).getDaysSinceStart());
        assertEquals(0, unit(LocalDate.of(2021, 9, 1)).getDaysSinceStart());
        assertEquals(30, unit(LocalDate.of(2021, 10, 1)).getDaysSinceStart());
    }

    @Test
    void twoExpectedStageRulesFiringIsAPackError() {
        ProgressUnit u = unit(LocalDate.of(2022, 1, 1));
        u.setExpectedStage("IMPLEMENTATION");
        assertEquals("IMPLEMENTATION", u.getExpectedStage());
        KaoheException e = assertThrows(KaoheException.class, () -> u.setExpectedStage("ASSESSMENT"));
        assertEquals("progress rules overlap: school S-1 is expected both in IMPLEMENTATION and in ASSESSMENT", e.getMessage());
    }
}
