package io.kaohe.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.kaohe.Json;
import io.kaohe.model.TeacherDossier;

/**
 * An event's envelope is read as exactly as {@code kaohe assess} reads a line: a number keeps every digit it was
 * written with (so validation sees what was sent), a key twice is refused, and a number no decimal can hold is a reject.
 */
class ParseEventTest {
    private static final String DOSSIER = "{\"teacher\":{\"id\":\"T-1\",\"name\":\"甲\",\"schoolId\":\"S-1\",\"stage\":\"PRIMARY\","
            + "\"subject\":\"数学\",\"roles\":[\"TEACHER\"]},\"records\":[{\"kind\":\"ONLINE_COURSE\",\"amount\":AMOUNT,"
            + "\"unit\":\"HOUR\",\"date\":\"2021-10-10\"}]}";

    private static Event read(String amount) {
        return ParseEvent.read(new Line(1, "{\"eventId\":\"e1\",\"dossier\":" + DOSSIER.replace("AMOUNT", amount) + "}", null));
    }

    /** 49.9999999999999999999 read as a double is 50: the teacher would pass in the stream and be refused by assess. */
    @Test
    void aNumberKeepsEveryDigit() {
        Event e = read("49.9999999999999999999");
        assertNull(e.reject, e.reject);
        TeacherDossier d = Json.read(e.dossier, TeacherDossier.class);
        assertEquals(new java.math.BigDecimal("49.9999999999999999999"), d.records().get(0).amount());
    }

    @Test
    void aKeyTwiceIsRefused() {
        Event e = ParseEvent.read(new Line(1, "{\"eventId\":\"e1\",\"dossier\":" + DOSSIER.replace("AMOUNT", "5")
                .replace("\"unit\":\"HOUR\"", "\"unit\":\"HOUR\",\"unit\":\"MINUTE\"") + "}", null));
        assertNotNull(e.reject, "a key twice in the dossier");
        assertTrue(e.reject.contains("unit"), e.reject);
        Event twice = ParseEvent.read(new Line(2, "{\"eventId\":\"e1\",\"eventId\":\"e2\",\"dossier\":" + DOSSIER.replace("AMOUNT", "5") + "}", null));
        assertNotNull(twice.reject, "eventId twice");
    }

    @Test
    void aNumberPastAnyDecimalIsAReject() {
        for (String n : new String[] {"1e2147483648", "1e-2147483649", "-1e2147483648"}) {
            Event e = read(n);
            assertNotNull(e.reject, n);
            assertTrue(e.reject.contains("amount"), e.reject);
        }
    }
}
