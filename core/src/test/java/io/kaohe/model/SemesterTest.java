package io.kaohe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SemesterTest {
    @Test
    void parseAndPrint() {
        assertEquals(new Semester(2021, 1), Semester.parse("2021-2022-1"));
        assertEquals("2021-2022-2", Semester.parse("2021-2022-2").toString());
    }

    @Test
    void badTextIsRejected() {
        for (String bad : new String[] {"2021-2023-1", "2021-2022-3", "2021-2022", "21-22-1", "", "2021/2022/1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Semester.parse(bad), bad);
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Semester.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new Semester(2021, 0));
    }

    @Test
    void fromDateAtTheBoundaries() {
        assertEquals("2021-2022-1", Semester.of(LocalDate.of(2021, 9, 1)).toString());
        assertEquals("2021-2022-1", Semester.of(LocalDate.of(2022, 1, 31)).toString());
        assertEquals("2021-2022-2", Semester.of(LocalDate.of(2022, 2, 1)).toString());
        assertEquals("2021-2022-2", Semester.of(LocalDate.of(2022, 8, 31)).toString());
        assertEquals("2020-2021-2", Semester.of(LocalDate.of(2021, 3, 10)).toString());
        assertEquals("2019-2020-1", Semester.of(LocalDate.of(2020, 1, 1)).toString());
    }

    @Test
    void startEndNextAndOrderAgree() {
        Semester s = new Semester(2019, 1);
        for (int i = 0; i < 12; i++) {
            Semester n = s.next();
            assertEquals(s.end().plusDays(1), n.start(), s + " → " + n);
            assertEquals(s, Semester.of(s.start()));
            assertEquals(s, Semester.of(s.end()));
            assertTrue(s.compareTo(n) < 0);
            s = n;
        }
    }
}
