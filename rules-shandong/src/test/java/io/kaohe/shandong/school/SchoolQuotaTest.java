package io.kaohe.shandong.school;

import static io.kaohe.shandong.school.SchoolDossiers.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.model.Grade;
import io.kaohe.model.Reason;
import io.kaohe.model.SchoolVerdict;

/** The cap on excellent schools (附件1 说明：优秀等次控制在总数30%以内), by example. */
class SchoolQuotaTest {
    static final Engine ENGINE = Kaohe.pack("shandong");

    static List<Grade> grades(String... totals) {
        BigDecimal[] t = new BigDecimal[totals.length];
        for (int i = 0; i < t.length; i++) t[i] = bd(totals[i]);
        return ENGINE.assessSchools(SchoolDossiers.withTotals(t)).stream().map(SchoolVerdict::grade).toList();
    }

    @Test
    void topThreeOfTenAreExcellent() {
        // ⌊30% × 10⌋ = 3
        assertEquals(List.of(Grade.EXCELLENT, Grade.EXCELLENT, Grade.EXCELLENT, Grade.PASS, Grade.PASS, Grade.PASS,
                        Grade.PASS, Grade.PASS, Grade.PASS, Grade.FAIL),
                grades("100", "99", "98", "97", "96", "95", "90", "85", "80", "79.5"));
    }

    @Test
    void aTieStraddlingTheCutOffIsLeftOutAsAWhole() {
        // quota 3: 100 is 1st; the three 95s would make 4 → none of them
        assertEquals(List.of(Grade.EXCELLENT, Grade.PASS, Grade.PASS, Grade.PASS, Grade.PASS, Grade.PASS, Grade.PASS,
                        Grade.PASS, Grade.PASS, Grade.FAIL),
                grades("100", "95", "95", "95", "92", "90", "88", "85", "80", "70"));
    }

    @Test
    void aTieWithinTheQuotaIsExcellentTogether() {
        assertEquals(List.of(Grade.EXCELLENT, Grade.EXCELLENT, Grade.EXCELLENT, Grade.PASS, Grade.PASS, Grade.PASS,
                        Grade.PASS, Grade.PASS, Grade.PASS, Grade.PASS),
                grades("95", "95", "95", "94", "93", "92", "91", "90", "85", "80"));
    }

    @Test
    void theScoreLineComesFirst() {
        // quota 3, but only one school reaches 90
        assertEquals(List.of(Grade.EXCELLENT, Grade.PASS, Grade.PASS, Grade.PASS, Grade.PASS, Grade.PASS, Grade.PASS,
                        Grade.PASS, Grade.PASS, Grade.PASS),
                grades("90", "89.9", "89", "88", "87", "86", "85", "84", "83", "82"));
    }

    @Test
    void fewerThanFourSchoolsHaveNoExcellentPlace() {
        assertEquals(List.of(Grade.PASS, Grade.PASS, Grade.PASS), grades("100", "100", "100"));
        assertEquals(List.of(Grade.EXCELLENT, Grade.PASS, Grade.PASS, Grade.PASS), grades("100", "99", "98", "97"));
    }

    @Test
    void theQuotaReasonExplainsRankQuotaAndTotal() {
        List<SchoolVerdict> vs = ENGINE.assessSchools(SchoolDossiers.withTotals(bd(100), bd(95), bd(95), bd(95), bd(92),
                bd(90), bd(88), bd(85), bd(80), bd(70)));
        Reason in = quota(vs.get(0));
        assertTrue(in.met());
        assertEquals("SD-08", in.clause());
        assertEquals(Map.of("total", bd(100), "rank", bd(1), "tied", bd(1), "quota", bd(3)),
                Map.of("total", in.values().get("total"), "rank", in.values().get("rank"), "tied", in.values().get("tied"),
                        "quota", in.values().get("quota")));
        Reason out = quota(vs.get(1));
        assertFalse(out.met());
        assertEquals(bd(2), out.values().get("rank"));
        assertEquals(bd(3), out.values().get("tied"));
        assertEquals(bd(4), out.values().get("part"), "schools with this total or more");
        assertTrue(out.message().contains("同分学校同等对待"), out.message());
        assertTrue(out.messageEn().contains("never split"), out.messageEn());
        // a school below the excellent line is not ranked for the cap at all
        assertTrue(vs.get(6).reasons().stream().noneMatch(r -> r.decision().equals("quota")));
        Reason line = vs.get(6).reasons().stream().filter(r -> r.decision().equals("excellence")).findFirst().orElseThrow();
        assertFalse(line.met());
    }

    static Reason quota(SchoolVerdict v) {
        return v.reasons().stream().filter(r -> r.decision().equals("quota")).findFirst().orElseThrow();
    }
}
