package io.kaohe.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class NationalIdsTest {
    /** What is wrong with a number in English, as rejects say it. */
    private static Optional<String> problem(String id) {
        return NationalIds.fault(id).map(f -> io.kaohe.internal.i18n.Messages.text(f.key(), f.args().toArray()));
    }

    @Test
    void validIdsPass() {
        assertEquals(Optional.empty(), problem("110101199003078515"));
        // check character X (sum % 11 == 2), upper or lower case
        String x = NationalIds.withCheckDigit("11010519491231002");
        assertEquals('X', x.charAt(17));
        assertEquals(Optional.empty(), problem(x));
        assertEquals(Optional.empty(), problem(x.substring(0, 17) + "x"));
    }

    @Test
    void wrongCheckDigitIsNamed() {
        Optional<String> p = problem("110101199003078516");
        assertTrue(p.isPresent());
        assertTrue(p.get().contains("check digit"), p.get());
        assertFalse(p.get().contains("11010119900307851"), "the message never repeats the number");
    }

    @Test
    void everyWrongCheckCharacterIsCaught() {
        String first17 = "37098219800101001";
        String good = NationalIds.withCheckDigit(first17);
        for (char c : "0123456789X".toCharArray()) {
            assertEquals(c == good.charAt(17), problem(first17 + c).isEmpty(), "check " + c);
        }
    }

    @Test
    void lengthDigitsAndBirthDate() {
        assertTrue(problem("11010119900307851").get().contains("18 characters (was 17)"));
        assertTrue(problem("1101011990030785155").get().contains("was 19"));
        assertTrue(problem("11010119900A078515").get().contains("digits"));
        String feb30 = NationalIds.withCheckDigit("11010119900230851");
        assertTrue(problem(feb30).get().contains("birth date"), feb30);
    }
}
