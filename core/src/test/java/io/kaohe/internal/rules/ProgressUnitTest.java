package io.kaohe.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.KaoheException;

class ProgressUnitTest {
    static ProgressUnit unit(LocalDate asOf) {
        return new ProgressUnit(ProgressUnit.SCHOOL, "S-1", asOf, LocalDate.of(2021, 9, 1), LocalDate.of(2022, 12, 31), 10, 4);
    }

    @Test
    void twoStatusRulesFiringIsAPackError() {
        ProgressUnit u = unit(LocalDate.of(2022, 1, 1));
        u.setStatus(io.kaohe.model.ProgressStatus.IN_PROGRESS);
        KaoheException e = assertThrows(KaoheException.class, () -> u.setStatus(io.kaohe.model.ProgressStatus.OVERDUE));
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

    /** Kinds and statuses are enums; their text in reasons and JSON is what it was as strings. */
    @Test
    void kindsAndStatusesKeepTheirText() {
        assertEquals(List.of("school", "batch", "total"), java.util.Arrays.stream(UnitKind.values()).map(String::valueOf).toList());
        var row = new io.kaohe.model.SchoolProgress("S-1", null, null, 1, 1, 1, null, 0, 1, null, 1, null, 1, null, 0, 0,
                io.kaohe.model.ProgressStatus.NOT_STARTED);
        assertTrue(io.kaohe.internal.json.KaoheJson.line(row).contains("\"status\":\"NOT_STARTED\""), io.kaohe.internal.json.KaoheJson.line(row));
    }
}
