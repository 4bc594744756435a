package io.kaohe.zhejiang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import io.kaohe.internal.coverage.Covers;
import io.kaohe.model.Cohort;
import io.kaohe.model.Level;
import io.kaohe.model.Reason;
import io.kaohe.model.TeacherDossier;

/** ZJ-09's phase 1 target, measured at its own date (QuickTheories, fixed seed). */
class ProgressPropertiesTest {
    static final LocalDate TARGET = LocalDate.of(2021, 8, 15);

    /**
     * n teachers, each passing a few days before or after 2021-08-15 (or not at all), in a report of any later
     * date: the target is met exactly when the passes dated on or before 2021-08-15 are at least 25% of n.
     */
    @Test
    @Covers({"ZJ-09"})
    void thePhaseOneTargetCountsOnlyPassesDatedByItsDate() {
        QuickTheory.qt().withFixedSeed(20210815L).withExamples(25)
                .forAll(integers().between(1, 8), integers().between(0, 255), integers().between(1, 700))
                .checkAssert((n, pattern, reportDays) -> {
                    List<TeacherDossier> t = new ArrayList<>();
                    int byTarget = 0;
                    for (int i = 0; i < n; i++) {
                        int offset = ((pattern >> i) & 1) == 0 ? -(i % 3) : 1 + (i % 3);   // on or before, or after the date
                        if (offset <= 0) byTarget++;
                        t.add(ZjDossiers.completeOn("S-1-T" + i, "S-1", TARGET.plusDays(offset), Level.PASS));
                    }
                    Cohort c = new Cohort("测试区", List.of(ProgressTest.school("S-1", "PHASE_1")), t, null);
                    LocalDate asOf = TARGET.plusDays(reportDays);
                    Reason p1 = ProgressTest.ENGINE.progress(c, asOf).reasons().stream()
                            .filter(x -> x.rule().equals("ZJ-09 第一期目标 phase 1 target")).findFirst().orElseThrow();
                    boolean met = BigDecimal.valueOf(byTarget).compareTo(new BigDecimal("0.25").multiply(BigDecimal.valueOf(n))) >= 0;
                    assertEquals(met, p1.met(), byTarget + "/" + n + " by the date, report as of " + asOf);
                    assertEquals(byTarget, ((Number) p1.values().get("part")).intValue());
                });
    }
}
