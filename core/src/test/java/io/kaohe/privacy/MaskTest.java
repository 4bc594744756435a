package io.kaohe.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MaskTest {
    private static final String ID = "110101199003078515";

    @Test
    void nationalIdKeepsFirstAndLastFour() {
        assertEquals("1101**********8515", Mask.nationalId(ID));
        assertEquals("3709**********001X", Mask.nationalId("37098219800101001X"));
        assertEquals("*****", Mask.nationalId("12345"), "anything else is all stars");
        assertNull(Mask.nationalId(null));
    }

    @Test
    void phoneHidesTheMiddle() {
        assertEquals("138****5678", Mask.phone("13812345678"));
        assertEquals("053****1234", Mask.phone("05381231234"));
        assertEquals("053*1234", Mask.phone("05381234"));
        assertEquals("******", Mask.phone("123456"));
        assertNull(Mask.phone(null));
    }

    @Test
    void scrubMasksIdsAndMobilesInsideText() {
        assertEquals("id 1101**********8515 bad", Mask.scrub("id " + ID + " bad"));
        assertEquals("x3709**********001x.", Mask.scrub("x37098219800101001x."));
        assertEquals("call 138****5678 now", Mask.scrub("call 13812345678 now"));
        assertEquals("'1101**********8515'", Mask.scrub("'" + ID + "'"));
        assertNull(Mask.scrub(null));
    }

    @Test
    void scrubLeavesOtherNumbersAlone() {
        assertEquals("amount 100000, line 17, 2022-03-01", Mask.scrub("amount 100000, line 17, 2022-03-01"));
        String longer = "1" + ID; // 19 digits: not an ID
        assertEquals(longer, Mask.scrub(longer));
        assertEquals("12812345678", Mask.scrub("12812345678"), "not a mainland mobile prefix");
    }

    @Test
    void scrubbedTextNeverContainsTheId() {
        for (String s : new String[] {ID, ID + " and " + ID, "[" + ID + "]", "\"nationalId\":\"" + ID + "\""}) {
            assertFalse(Mask.scrub(s).contains(ID), s);
        }
    }
}
