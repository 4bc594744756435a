package io.kaohe.zhejiang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import io.kaohe.internal.coverage.Covers;
import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.model.Grade;
import io.kaohe.model.Reason;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.internal.params.ParameterSet;

/** Properties of ZJ-03's team bounds over generated schools: the 5%-of-staff bound and the conflict below 60 staff. */
class SchoolPropertiesTest {
    private static final Engine ENGINE = Kaohe.pack("zhejiang");
    private static final ParameterSet PARAMS = PackEngine.info(ENGINE).parameters().at(PackEngine.info(ENGINE).parameters().latestChange());
    private static final BigDecimal SHARE = PARAMS.number("school.team-staff-share-max");
    private static final int MIN = PARAMS.integer("school.team-size-min");
    private static final String CAP_RULE = "ZJ-03 团队人数上限 team of at most 5% of staff";
    private static final String FLOOR_RULE = "ZJ-03 团队人数下限 team of at least 3";
    private static final String CONFLICT_RULE = "ZJ-03 人数上下限冲突 team bounds conflict";

    private static QuickTheory qt(int examples) { return QuickTheory.qt().withFixedSeed(20211029L).withExamples(examples); }

    private static SchoolVerdict assess(int staff, int team) {
        // staff ≥ 50 run their own class, smaller schools join a class of 60: ZJ-02 is met either way
        return ENGINE.assessSchools(List.of(ZjDossiers.school("S-P", staff, team, staff < 50, 60))).get(0);
    }

    private static List<Reason> reasons(SchoolVerdict v, String rule) {
        return v.reasons().stream().filter(r -> r.rule().equals(rule)).toList();
    }

    /** The largest team 5% of the staff allows: ⌊share × staff⌋. */
    private static int cap(int staff) { return SHARE.multiply(BigDecimal.valueOf(staff)).intValue(); }

    /** At the 5% bound passes, one more member fails, for every school big enough to have both bounds. */
    @Test
    @Covers({"ZJ-03"})
    void fivePercentOfStaffBound() {
        int smallest = BigDecimal.valueOf(MIN).divide(SHARE).intValueExact(); // 60: below it the bounds conflict
        qt(300).forAll(integers().between(smallest, 2000), integers().between(-2, 1)).checkAssert((staff, delta) -> {
            int team = Math.max(MIN, cap(staff) + delta);
            SchoolVerdict v = assess(staff, team);
            boolean within = BigDecimal.valueOf(team).compareTo(SHARE.multiply(BigDecimal.valueOf(staff))) <= 0;
            assertEquals(within, reasons(v, CAP_RULE).get(0).met(), team + " of " + staff);
            assertEquals(within ? Grade.PASS : Grade.FAIL, v.grade(), team + " of " + staff);
            assertEquals(List.of(), reasons(v, CONFLICT_RULE), "no conflict from " + smallest + " staff");
        });
    }

    @Test
    @Covers({"ZJ-03"})
    void atLeastThreeWhereTheBoundsAgree() {
        qt(200).forAll(integers().between(60, 2000), integers().between(0, 5)).checkAssert((staff, team) -> {
            if (team > cap(staff)) return;
            SchoolVerdict v = assess(staff, team);
            assertEquals(team >= MIN, reasons(v, FLOOR_RULE).get(0).met(), team + " of " + staff);
            assertEquals(team >= MIN ? Grade.PASS : Grade.FAIL, v.grade());
        });
    }

    /**
     * Under 60 staff no team size meets both bounds: every such school gets the conflict finding, neither
     * bound is applied, and the team size does not change the grade or the unmet list.
     */
    @Test
    @Covers({"ZJ-03"})
    void underSixtyStaffTheConflictIsReportedAndDecidesNothing() {
        qt(300).forAll(integers().between(0, 59), integers().between(1, 8)).checkAssert((staff, team) -> {
            SchoolVerdict v = assess(staff, team);
            List<Reason> conflict = reasons(v, CONFLICT_RULE);
            assertEquals(1, conflict.size(), staff + " staff");
            assertFalse(conflict.get(0).met());
            assertEquals("school", conflict.get(0).decision());
            assertEquals(List.of(), reasons(v, FLOOR_RULE));
            assertEquals(List.of(), reasons(v, CAP_RULE));
            assertEquals(Grade.PASS, v.grade(), "team of " + team + " in " + staff + " staff");
            assertTrue(v.unmet().isEmpty(), v.unmet().toString());
            assertEquals(null, v.total(), "no points form");
        });
    }
}
