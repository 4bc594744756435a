package io.kaohe.liaoning.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import io.kaohe.internal.coverage.Covers;
import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.model.Grade;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.internal.params.ParameterSet;

/** Boundaries of the school requirements and the one grade of a school, over generated schools. */
class SchoolPropertiesTest {
    static final Engine ENGINE = Kaohe.pack("liaoning");
    static final ParameterSet PARAMS = PackEngine.info(ENGINE).parameters().at(PackEngine.info(ENGINE).parameters().latestChange());
    static final BigDecimal CASES_SHARE = PARAMS.number("school.excellent-cases-share-min");
    static final BigDecimal FUNDS_SHARE = PARAMS.number("school.training-funds-share-min");
    static final LocalDate PLANS_DUE = PARAMS.date("progress.deadline.plans");

    static QuickTheory qt(int examples) { return QuickTheory.qt().withFixedSeed(20230830L).withExamples(examples); }

    static SchoolVerdict assess(SchoolDossier d) { return ENGINE.assessSchools(List.of(d)).get(0); }

    /** "不低于3%" in whole cases: ⌈3% × teachers⌉ cases meet LN-06, one fewer does not. */
    @Test
    @Covers({"LN-06"})
    void excellentCasesRoundUp() {
        qt(300).forAll(integers().between(1, 2000), integers().between(0, 1)).checkAssert((teachers, fewer) -> {
            int required = CASES_SHARE.multiply(BigDecimal.valueOf(teachers)).setScale(0, RoundingMode.CEILING).intValueExact();
            int works = required - fewer;
            SchoolVerdict v = assess(LnSchools.withCohort(LnSchools.meetsAll("S-01"), LnSchools.cohort(teachers, teachers, works)));
            assertEquals(fewer == 0, !v.unmet().contains("LN-06"), works + " cases for " + teachers + " teachers");
            assertEquals(fewer == 0 ? Grade.PASS : Grade.FAIL, v.grade());
        });
    }

    /** 5% of the public funds, to the fen: exactly 5% meets LN-07, 0.01 yuan less does not. */
    @Test
    @Covers({"LN-07"})
    void trainingFundsBoundary() {
        qt(200).forAll(integers().between(1, 5_000_000), integers().between(0, 1)).checkAssert((yuan, below) -> {
            BigDecimal funds = BigDecimal.valueOf(yuan);
            // 5% of whole yuan is a whole number of fen, so "a fen less" is just below the bound
            BigDecimal spend = funds.multiply(FUNDS_SHARE).subtract(new BigDecimal("0.01").multiply(BigDecimal.valueOf(below)));
            SchoolVerdict v = assess(LnSchools.withFunds(LnSchools.meetsAll("S-01"), new io.kaohe.liaoning.Funds(funds, spend)));
            assertEquals(below == 0, !v.unmet().contains("LN-07"), spend + " of " + funds);
        });
    }

    /** 100% pass rate: every teacher passed meets LN-05, one fewer does not. */
    @Test
    @Covers({"LN-05"})
    void passRateMustBeAll() {
        qt(200).forAll(integers().between(1, 300), integers().between(0, 3)).checkAssert((teachers, open) -> {
            int passed = Math.max(0, teachers - open);
            SchoolVerdict v = assess(LnSchools.withCohort(LnSchools.meetsAll("S-01"), LnSchools.cohort(teachers, passed, teachers)));
            assertEquals(passed == teachers, !v.unmet().contains("LN-05"), passed + "/" + teachers);
        });
    }

    /** One grade per school: PASS exactly when no requirement is unmet; the total counts the ones met. */
    @Test
    @Covers({"LN-04", "LN-05", "LN-06", "LN-07"})
    void passExactlyWhenEveryRequirementIsMet() {
        qt(300).forAll(integers().between(0, 15), integers().between(-3, 3), integers().between(0, 3), integers().between(0, 1))
                .checkAssert((mask, planShift, open, lowFunds) -> {
                    SchoolDossier d = LnSchools.meetsAll("S-01");
                    LocalDate filed = PLANS_DUE.plusDays(planShift);
                    if ((mask & 1) != 0) d = LnSchools.withPlans(d, LnSchools.plans(filed, PLANS_DUE, PLANS_DUE));
                    if ((mask & 2) != 0) d = LnSchools.withCohort(d, LnSchools.cohort(40, 40 - open, 2));
                    if ((mask & 4) != 0) d = LnSchools.withCohort(d, LnSchools.cohort(40, d.cohort().passed(), 1));
                    if ((mask & 8) != 0 && lowFunds == 1) d = LnSchools.withFunds(d, LnSchools.funds("100000", "4999.99"));
                    SchoolVerdict v = assess(d);
                    assertEquals(v.unmet().isEmpty() ? Grade.PASS : Grade.FAIL, v.grade());
                    assertEquals(BigDecimal.valueOf(4 - v.unmet().size()), v.total());
                    int expectedUnmet = ((mask & 1) != 0 && planShift > 0 ? 1 : 0) + ((mask & 2) != 0 && open > 0 ? 1 : 0)
                            + ((mask & 4) != 0 ? 1 : 0) + ((mask & 8) != 0 && lowFunds == 1 ? 1 : 0);
                    assertEquals(expectedUnmet, v.unmet().size(), v.unmet().toString());
                });
    }
}
