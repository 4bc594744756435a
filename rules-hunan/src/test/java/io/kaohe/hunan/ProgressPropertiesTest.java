package io.kaohe.hunan;

import static io.kaohe.hunan.ProgressTest.ENGINE;
import static io.kaohe.hunan.ProgressTest.add;
import static io.kaohe.hunan.ProgressTest.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.coverage.Covers;
import io.kaohe.model.Cohort;
import io.kaohe.model.School;
import io.kaohe.model.Stage;
import io.kaohe.model.TeacherDossier;

/** HN-03's 2022 target at its boundary (QuickTheories, fixed seed). */
class ProgressPropertiesTest {
    /** Just below 75% of the county's teachers passed by 2022-12-31 misses the target, at 75% meets it. */
    @Test
    @Covers({"HN-03"})
    void the2022TargetBoundary() {
        org.quicktheories.QuickTheory.qt().withFixedSeed(75L).withExamples(30)
                .forAll(org.quicktheories.generators.SourceDSL.integers().between(1, 24),
                        org.quicktheories.generators.SourceDSL.integers().between(-1, 1))
                .checkAssert((n, delta) -> {
                    int atBound = (int) Math.ceil(n * 0.75);
                    int passed = Math.max(0, Math.min(n, atBound + delta));
                    List<TeacherDossier> t = new ArrayList<>();
                    add(t, "S-02", Stage.JUNIOR, passed, n - passed, 0);
                    Cohort c = new Cohort("湘阴县", List.of(new School("S-02", "城关中学", "湘阴县", null, n, List.of(Stage.JUNIOR), null,
                            "BATCH_1")), t, null);
                    boolean met = BigDecimal.valueOf(passed).compareTo(new BigDecimal("0.75").multiply(BigDecimal.valueOf(n))) >= 0;
                    assertEquals(met, target(ENGINE.progress(c, LocalDate.of(2023, 1, 1)), "2022").met(), passed + "/" + n);
                });
    }
}
