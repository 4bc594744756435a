package io.kaohe.internal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;


class NamesTest {
    private static final List<String> KEYS = List.of("description", "unit", "clause", "fromSource", "note", "values");

    @Test
    void nearestKnownName() {
        assertEquals("description", Names.nearest("descripton", KEYS));
        assertEquals("values", Names.nearest("value", KEYS));
        assertEquals("clause", Names.nearest("clauses", KEYS));
        assertEquals("A1", Names.nearest("A14", List.of("A1", "A13", "B1")), "ties go to the smaller name");
    }

    @Test
    void nothingCloseGivesNone() {
        assertNull(Names.nearest("zzzzzzzz", KEYS));
        assertNull(Names.nearest("x", List.of()));
        assertEquals("", Names.suggestion("zzzzzzzz", KEYS));
    }

    @Test
    void suggestionIsBilingual() {
        String s = Names.suggestion("amout", List.of("amount", "date", "kind"));
        assertTrue(s.contains("did you mean 'amount'") && s.contains("是否应为 'amount'"), s);
    }

    @Test
    void distanceIsLevenshtein() {
        assertEquals(0, Names.distance("abc", "abc"));
        assertEquals(3, Names.distance("", "abc"));
        assertEquals(1, Names.distance("amout", "amount"));
        assertEquals(2, Names.distance("ab", "ba"));
        assertEquals(3, Names.distance("kitten", "sitting"));
    }
}
