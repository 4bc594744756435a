package io.kaohe.shandong.school;

import static io.kaohe.shandong.school.SchoolDossiers.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import io.kaohe.internal.coverage.Covers;
import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.model.Grade;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;

/**
 * Properties of the school grade (SD-08): the 80-point line, the 30% cap on excellent schools, one
 * grade per school, monotonicity, and the SD-11 share bounds.
 */
class SchoolGradePropertiesTest {
    static final Engine ENGINE = Kaohe.pack("shandong");
    static final BigDecimal PASS_LINE = bd(80);
    static final BigDecimal EXCELLENT_LINE = bd(90);

    /** Totals 59.0 … 100.0 in steps of 0.1 (the computed items earned, assessor points varying). */
    static Gen<BigDecimal> tenths(int from, int to) {
        return integers().between(from * 10, to * 10).map(i -> BigDecimal.valueOf(i, 1));
    }

    /** Totals on a coarse grid (half points from 85) so that ties are frequent. */
    static Gen<BigDecimal> coarse() {
        return integers().between(170, 200).map(i -> BigDecimal.valueOf(i * 5L, 1));
    }

    static List<SchoolVerdict> assess(List<BigDecimal> totals) {
        return ENGINE.assessSchools(SchoolDossiers.withTotals(totals.toArray(BigDecimal[]::new)));
    }

    @Test
    @Covers({"SD-08"})
    void passLineAt80() {
        qt().withExamples(150).forAll(tenths(59, 100)).checkAssert(t -> {
            SchoolVerdict v = assess(List.of(t)).get(0);
            assertEquals(0, t.compareTo(v.total()), "total");
            assertEquals(t.compareTo(PASS_LINE) >= 0 ? Grade.PASS : Grade.FAIL, v.grade(), "total " + t);
            assertEquals(t.compareTo(PASS_LINE) < 0, v.unmet().contains("SD-08") && v.grade() == Grade.FAIL);
        });
    }

    @Test
    @Covers({"SD-08"})
    void justBelowThePassLineFailsAtItPasses() {
        for (String t : List.of("79", "79.9", "79.99", "79.999")) {
            assertEquals(Grade.FAIL, assess(List.of(bd(t))).get(0).grade(), t);
        }
        assertEquals(Grade.PASS, assess(List.of(bd(80))).get(0).grade());
        assertEquals(Grade.PASS, assess(List.of(bd("80.0"))).get(0).grade());
    }

    @Test
    @Covers({"SD-08"})
    void excellentSchoolsNeverExceed30PercentAndTiesAreNeverSplit() {
        qt().withExamples(120).forAll(lists().of(coarse()).ofSizeBetween(1, 24)).checkAssert(totals -> {
            List<SchoolVerdict> vs = assess(totals);
            int n = totals.size();
            long quota = (long) Math.floor(0.3 * n + 1e-9);
            long excellent = vs.stream().filter(v -> v.grade() == Grade.EXCELLENT).count();
            assertTrue(excellent <= quota, excellent + " excellent of " + n + " > " + quota);
            for (int i = 0; i < n; i++) {
                SchoolVerdict v = vs.get(i);
                assertEquals(String.format("S-%03d", i), v.schoolId(), "one verdict per school, in order");
                BigDecimal t = totals.get(i);
                long atOrAbove = totals.stream().filter(o -> o.compareTo(t) >= 0).count();
                boolean candidate = t.compareTo(EXCELLENT_LINE) >= 0;
                // EXCELLENT exactly when a candidate and the schools at or above its total fit the cap
                assertEquals(candidate && atOrAbove <= quota, v.grade() == Grade.EXCELLENT,
                        "total " + t + ", " + atOrAbove + " at or above, quota " + quota);
                for (int j = 0; j < n; j++) {
                    if (totals.get(j).compareTo(t) == 0) assertEquals(v.grade(), vs.get(j).grade(), "equal totals, equal grades");
                }
            }
        });
    }

    @Test
    @Covers({"SD-08"})
    void exactlyOneGradePerSchool() {
        qt().withExamples(60).forAll(lists().of(tenths(59, 100)).ofSizeBetween(1, 15)).checkAssert(totals -> {
            List<SchoolVerdict> vs = assess(totals);
            assertEquals(totals.size(), vs.size());
            for (SchoolVerdict v : vs) {
                Grade g = v.grade();
                assertTrue(g == Grade.FAIL || g == Grade.PASS || g == Grade.EXCELLENT, "schools are never INCOMPLETE");
                // the grade follows from the reasons: FAIL ⇔ pass line unmet
                boolean lineMet = v.reasons().stream().filter(r -> r.decision().equals("grading")).allMatch(r -> r.met());
                assertEquals(!lineMet, g == Grade.FAIL);
                assertEquals(1, v.reasons().stream().filter(r -> r.decision().equals("grading")).count());
            }
        });
    }

    @Test
    @Covers({"SD-08"})
    void raisingOneSchoolsTotalNeverLowersItsGrade() {
        qt().withExamples(80)
                .forAll(lists().of(coarse()).ofSizeBetween(1, 15), integers().between(0, 14), integers().between(1, 30))
                .checkAssert((totals, pick, halfPoints) -> {
                    int i = pick % totals.size();
                    List<BigDecimal> raised = new ArrayList<>(totals);
                    raised.set(i, totals.get(i).add(BigDecimal.valueOf(halfPoints * 5L, 1)).min(bd(100)));
                    Grade before = assess(totals).get(i).grade();
                    Grade after = assess(raised).get(i).grade();
                    assertTrue(after.compareTo(before) >= 0, before + " → " + after + " for " + totals + " raised at " + i);
                });
    }

    @Test
    @Covers({"SD-11"})
    void environmentMixBoundsAreExact() {
        qt().withExamples(200).forAll(integers().between(0, 60), integers().between(0, 60), integers().between(0, 60))
                .checkAssert((mm, hy, sm) -> {
                    int all = mm + hy + sm;
                    // integer oracle: mm ≤ 50%, hy ≥ 30%, sm ≥ 20% of all choices (and some choice made)
                    boolean expected = all > 0 && 10 * mm <= 5 * all && 10 * hy >= 3 * all && 10 * sm >= 2 * all;
                    SchoolDossier d = SchoolDossiers.withChoices(SchoolDossiers.full("S-1"), mm, hy, sm);
                    BigDecimal points = SchoolFormItemsTest.points(d, "environmentMix");
                    assertEquals(expected ? bd(5) : BigDecimal.ZERO, points, mm + "/" + hy + "/" + sm);
                });
    }
}
