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

import io.kaohe.internal.coverage.Covers;
import io.kaohe.model.Cohort;
import io.kaohe.model.School;
import io.kaohe.model.Stage;
import io.kaohe.model.TeacherDossier;

/** HN-03's 2022 target and the HN-06 / HN-01 deadlines at their boundaries (QuickTheories, fixed seed). */
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

    /** 2023's target is every teacher (二 “2023 年完成全县教师总数 25%” after 75%): one teacher short misses it, all meet it. */
    @Test
    @Covers({"HN-03"})
    void the2023TargetBoundary() {
        org.quicktheories.QuickTheory.qt().withFixedSeed(100L).withExamples(30)
                .forAll(org.quicktheories.generators.SourceDSL.integers().between(1, 24),
                        org.quicktheories.generators.SourceDSL.integers().between(0, 1))
                .checkAssert((n, shortBy) -> {
                    int passed = n - shortBy;
                    List<TeacherDossier> t = new ArrayList<>();
                    add(t, "S-02", Stage.JUNIOR, passed, n - passed, 0);
                    Cohort c = new Cohort("湘阴县", List.of(new School("S-02", "城关中学", "湘阴县", null, n, List.of(Stage.JUNIOR), null,
                            "BATCH_1")), t, null);
                    assertEquals(shortBy == 0, target(ENGINE.progress(c, LocalDate.of(2024, 1, 1)), "2023").met(), passed + "/" + n);
                });
    }

    /**
     * A deadline is met when the last teacher passed on or before its day, whatever the report's date after it:
     * the last pass k days from the deadline (k from -3 to 3), reports 1 to 400 days after it.
     */
    @Test
    @Covers({"HN-06", "HN-01"})
    void aDeadlineIsMeasuredOnItsOwnDay() {
        org.quicktheories.QuickTheory.qt().withFixedSeed(331L).withExamples(30)
                .forAll(org.quicktheories.generators.SourceDSL.integers().between(-3, 3),
                        org.quicktheories.generators.SourceDSL.integers().between(1, 400),
                        org.quicktheories.generators.SourceDSL.booleans().all())
                .checkAssert((k, after, cycle) -> {
                    String name = cycle ? "progress.deadline.assessment" : "progress.deadline.completion";
                    LocalDate due = ProgressTest.PARAMS.date(name);
                    io.kaohe.model.Reason r = ProgressTest.deadline(ENGINE.progress(ProgressTest.lastPassesOn(due.plusDays(k)),
                            due.plusDays(after)), cycle ? "HN-01 周期结束" : "HN-06 全面完成测评");
                    assertEquals(k <= 0, r.met(), name + " last pass " + k + " days from it, report " + after + " days after: " + r.message());
                });
    }
}
