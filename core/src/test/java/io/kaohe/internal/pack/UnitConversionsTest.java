package io.kaohe.internal.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.kaohe.RulesException;
import io.kaohe.model.RecordKind;
import io.kaohe.model.Unit;

class UnitConversionsTest {
    private static final String HEAD = "name: p\nkbase: p\nrules: []\nparameters: []\nclauses: c.yaml\ncatalog: m.yaml\n";

    @Test
    void hoursAreSummedInMinutesExactlyWhenMinutesAreListedFirst() {
        PackDescriptor d = PackDescriptor.load("io/p/pack.yaml", HEAD
                + "units:\n  ONLINE_COURSE: [MINUTE, HOUR]\n  SCHOOL_PRACTICE: [CREDIT]\nconversions:\n  HOUR: {MINUTE: 60}\n");
        UnitConversions c = d.conversions();
        assertEquals(Unit.MINUTE, c.base(RecordKind.ONLINE_COURSE));
        assertEquals(0, new BigDecimal("900").compareTo(c.toBase(RecordKind.ONLINE_COURSE, Unit.HOUR, new BigDecimal("15"))));
        assertEquals(0, new BigDecimal("899.4").compareTo(c.toBase(RecordKind.ONLINE_COURSE, Unit.HOUR, new BigDecimal("14.99"))));
        assertEquals(new BigDecimal("37"), c.toBase(RecordKind.ONLINE_COURSE, Unit.MINUTE, new BigDecimal("37")));
        assertEquals(new BigDecimal("3"), c.toBase(RecordKind.SCHOOL_PRACTICE, Unit.CREDIT, new BigDecimal("3")));
    }

    @Test
    void aPackWithoutConversionsSumsAsGiven() {
        PackDescriptor d = PackDescriptor.load("io/p/pack.yaml", HEAD + "units:\n  ONLINE_COURSE: [HOUR]\n");
        assertEquals(new BigDecimal("2.5"), d.conversions().toBase(RecordKind.ONLINE_COURSE, Unit.HOUR, new BigDecimal("2.5")));
    }

    @Test
    void aSecondUnitWithoutAFactorToTheFirstDoesNotLoad() {
        RulesException e = assertThrows(RulesException.class, () -> PackDescriptor.load("io/p/pack.yaml",
                HEAD + "units:\n  ONLINE_COURSE: [HOUR, MINUTE]\nconversions:\n  HOUR: {MINUTE: 60}\n"));
        assertTrue(e.getMessage().contains("MINUTE → HOUR"), e.getMessage());
    }

    @Test
    void aFactorMustBePositive() {
        RulesException e = assertThrows(RulesException.class, () -> PackDescriptor.load("io/p/pack.yaml",
                HEAD + "units:\n  ONLINE_COURSE: [MINUTE, HOUR]\nconversions:\n  HOUR: {MINUTE: 0}\n"));
        assertTrue(e.getMessage().contains("conversions.HOUR.MINUTE"), e.getMessage());
    }
}
