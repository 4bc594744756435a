package io.kaohe.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class NationalIdsTest {
    @Test
    void validIdsPass() {
        assertEquals(Optional.empty(), NationalIds.problem("110101199003078515"));
        // check character X (sum % 11 == 2), upper or lower case
        String x = NationalIds.withCheckDigit("11010519491231002");
        assertEquals('X', x.charAt(17));
        assertEquals(Optional.empty(), NationalIds.problem(x));
        assertEquals(Optional.empty(), NationalIds.problem(x.substring(0, 17) + "x"));
    }

    @Test
    void wrongCheckDigitIsNamed() {
        Optional<String> p = NationalIds.problem("110101199003078516");
        assertTrue(p.isPresent());
        assertTrue(p.get().contains("check digit"), p.get());
        assertFalse(p.get().contains("11010119900307851"), "the message never repeats the number");
    }

    @Test
    void everyWrongCheckCharacterIsCaught() {
        String first17 = "37098219800101001";
        String good = NationalIds.withCheckDigit(first17);
        for (char c : "0123456789X".toCharArray()) {
            assertEquals(c == good.charAt(17), NationalIds.problem(first17 + c).isEmpty(), "check " + c);
        }
    }

    @Test
    void lengthDigitsAndBirthDate() {
        assertTrue(NationalIds.problem("11010119900307851").get().contains("18 characters (was 17)"));
        assertTrue(NationalIds.problem("1101011990030785155").get().contains("was 19"));
        assertTrue(NationalIds.problem("11010119900A078515").get().contains("digits"));
        String feb30 = NationalIds.withCheckDigit("11010119900230851");
        assertTrue(NationalIds.problem(feb30).get().contains("birth date"), feb30);
    }
}
