package io.kaohe.liaoning.school;

import static io.kaohe.liaoning.school.LnSchools.ON_TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.model.FormItem;
import io.kaohe.model.Grade;
import io.kaohe.model.Reason;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.InvalidInputException;

/** The school requirements LN-04 … LN-07 by example: PASS when all are met, FAIL naming each one unmet. */
class SchoolRequirementsTest {
    static final Engine ENGINE = Kaohe.pack("liaoning");

    static SchoolVerdict assess(SchoolDossier d) { return ENGINE.assessSchools(List.of(d)).get(0); }

    static Reason reason(SchoolVerdict v, String clause) {
        return v.reasons().stream().filter(r -> r.clause().equals(clause)).findFirst().orElseThrow();
    }

    @Test
    void aSchoolMeetingEveryRequirementPasses() {
        SchoolVerdict v = assess(LnSchools.meetsAll("S-01"));
        assertEquals(Grade.PASS, v.grade());
        assertEquals(List.of(), v.unmet());
        assertEquals(new BigDecimal("4"), v.total(), "the total counts the requirements met, of 4");
        assertEquals(List.of("plans", "passRate", "excellentCases", "trainingFunds"), v.items().stream().map(FormItem::item).toList());
        assertTrue(v.items().stream().allMatch(i -> i.source().equals("COMPUTED") && i.points().equals(i.max())));
    }

    @Test
    void eachUnmetRequirementFailsTheSchoolAndIsNamed() {
        SchoolDossier ok = LnSchools.meetsAll("S-01");
        assertEquals(List.of("LN-04"), assess(LnSchools.withPlans(ok, LnSchools.plans(ON_TIME, null, ON_TIME))).unmet());
        assertEquals(List.of("LN-05"), assess(LnSchools.withCohort(ok, LnSchools.cohort(40, 39, 2))).unmet());
        assertEquals(List.of("LN-06"), assess(LnSchools.withCohort(ok, LnSchools.cohort(40, 40, 1))).unmet());
        assertEquals(List.of("LN-07"), assess(LnSchools.withFunds(ok, LnSchools.funds("200000", "9999.99"))).unmet());
        SchoolVerdict all = assess(new SchoolDossier(ok.school(), null, List.of(), LnSchools.cohort(40, 30, 0), null, null, null));
        assertEquals(Grade.FAIL, all.grade());
        assertEquals(List.of("LN-04", "LN-05", "LN-06", "LN-07"), all.unmet());
        assertEquals(new BigDecimal("0"), all.total());
    }

    @Test
    void plansAreDueOnThirtyAugustTheDayItselfInTime() {
        SchoolDossier ok = LnSchools.meetsAll("S-01");
        LocalDate due = LocalDate.of(2023, 8, 30);
        assertEquals(Grade.PASS, assess(LnSchools.withPlans(ok, LnSchools.plans(due, due, due))).grade());
        SchoolVerdict late = assess(LnSchools.withPlans(ok, LnSchools.plans(due, due.plusDays(1), null)));
        assertEquals(List.of("LN-04"), late.unmet());
        Reason r = reason(late, "LN-04");
        assertTrue(r.message().contains("未备案 考核方案"), r.message());
        assertTrue(r.message().contains("逾期备案 校本研修方案 2023-08-31"), r.message());
    }

    @Test
    void failingTeachersAreCountedForOneToOneHelp() {
        Reason r = reason(assess(LnSchools.withCohort(LnSchools.meetsAll("S-01"), LnSchools.cohort(40, 37, 2))), "LN-05");
        assertTrue(r.message().contains("3 名未合格教师须一对一帮扶"), r.message());
        assertTrue(r.message().contains("37/40"), r.message());
    }

    @Test
    void excellentCasesSayHowTheyRound() {
        Reason r = reason(assess(LnSchools.withCohort(LnSchools.meetsAll("S-01"), LnSchools.cohort(34, 34, 1))), "LN-06");
        assertEquals(false, r.met());
        assertTrue(r.message().contains("⌈3% × 34⌉ = 2 件（向上取整）"), r.message());
        assertEquals(new BigDecimal("2"), r.values().get("required"));
    }

    @Test
    void fundsNotReportedDoNotMeetLn07() {
        Reason r = reason(assess(LnSchools.withFunds(LnSchools.meetsAll("S-01"), null)), "LN-07");
        assertEquals(false, r.met());
        assertTrue(r.message().contains("未报告经费"), r.message());
        assertEquals(List.of("LN-07"), assess(LnSchools.withFunds(LnSchools.meetsAll("S-01"), LnSchools.funds("0", "0"))).unmet());
    }

    @Test
    void badPlansAndFundsAreInputErrorsNamingTheField() {
        SchoolDossier typo = LnSchools.withPlans(LnSchools.meetsAll("S-01"),
                java.util.Map.of("developmentPlan", ON_TIME, "reserchPlan", ON_TIME, "assessmentPlan", ON_TIME));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.assessSchools(List.of(typo)));
        assertEquals("[0].plans.reserchPlan", e.errors().get(0).path());
        assertTrue(e.errors().get(0).message().contains("did you mean 'researchPlan'"), e.getMessage());
        SchoolDossier over = LnSchools.withFunds(LnSchools.meetsAll("S-02"), LnSchools.funds("1000", "-5"));
        e = assertThrows(InvalidInputException.class, () -> ENGINE.assessSchools(List.of(over)));
        assertEquals("[0].funds.trainingSpend", e.errors().get(0).path());
    }
}
