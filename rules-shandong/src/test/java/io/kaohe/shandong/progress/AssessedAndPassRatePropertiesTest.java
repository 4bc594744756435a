package io.kaohe.shandong.progress;

import static io.kaohe.shandong.progress.AssessedAndPassRateTest.ENGINE;
import static io.kaohe.shandong.progress.AssessedAndPassRateTest.row;
import static io.kaohe.shandong.progress.AssessedAndPassRateTest.school;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import io.kaohe.internal.coverage.Covers;
import io.kaohe.model.FormItem;
import io.kaohe.model.ProgressStatus;
import io.kaohe.model.SchoolDossier;
import io.kaohe.shandong.school.SchoolDossiers;

/** Properties of SD-06 / SD-17 completion (every teacher assessed) and SD-13's micro-ability pass rate (fixed seeds). */
class AssessedAndPassRatePropertiesTest {
    /** After the deadline: COMPLETE exactly when no teacher is left unassessed, however many failed. */
    @Test
    @Covers({"SD-06", "SD-17"})
    void completeIffEveryTeacherAssessed() {
        QuickTheory.qt().withFixedSeed(20221231L).withExamples(25)
                .forAll(integers().between(0, 4), integers().between(0, 3), integers().between(0, 2))
                .assuming((p, f, i) -> p + f + i > 0)
                .checkAssert((p, f, i) -> assertEquals(i == 0 ? ProgressStatus.COMPLETE : ProgressStatus.OVERDUE, row(school(p, f, i)).status(),
                        p + " passed, " + f + " failed, " + i + " incomplete"));
    }

    /** The pass-rate item depends on the micro-ability count alone: just below 95% no points, at 95% all 15. */
    @Test
    @Covers({"SD-13"})
    void passRateBoundaryOnTheMicroAbilityCount() {
        QuickTheory.qt().withFixedSeed(95L).withExamples(60)
                .forAll(integers().between(1, 120), integers().between(-2, 2), integers().between(0, 100))
                .checkAssert((n, delta, passedPercent) -> {
                    int atBound = (int) Math.ceil(n * 0.95);
                    int micro = Math.max(0, Math.min(n, atBound + delta));
                    int passed = micro * passedPercent / 100;
                    SchoolDossier d = SchoolDossiers.withCounts(SchoolDossiers.full("S-A"), n, n, n, passed, 0, n, micro);
                    BigDecimal points = ENGINE.assessSchools(List.of(d)).get(0).items().stream()
                            .filter(i -> i.item().equals("passRate")).map(FormItem::points).findFirst().orElseThrow();
                    boolean earned = BigDecimal.valueOf(micro).compareTo(new BigDecimal("0.95").multiply(BigDecimal.valueOf(n))) >= 0;
                    assertEquals(earned, points.signum() > 0, micro + "/" + n + " (passed " + passed + ")");
                });
    }
}
