package io.kaohe.shandong.progress;

import static io.kaohe.shandong.progress.Cohorts.Kind.PASS;
import static io.kaohe.shandong.progress.Cohorts.Kind.TWO_ABILITIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.coverage.Covers;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.ProgressStatus;
import io.kaohe.model.Reason;
import io.kaohe.model.RubricScore;
import io.kaohe.model.TeacherDossier;

/**
 * SD-17 "全面完成考核" is measured on its own day (2022-12-31): a teacher assessed after it does not make the
 * deadline met in a later report, though the report shows the teacher as assessed now.
 */
class DeadlineOnItsDayTest {
    static final Engine ENGINE = Kaohe.pack("shandong");
    static final LocalDate DUE = PackEngine.info(ENGINE).parameters().at(LocalDate.of(2022, 1, 1)).date("progress.deadline.assessment");

    /** 19 teachers assessed on 2022-06-01, the last one ({@code fails}: failed, still assessed) on {@code last}. */
    static ProgressReport report(LocalDate last, boolean fails, LocalDate asOf) {
        List<TeacherDossier> t = new ArrayList<>(Cohorts.teachers("S-A", 19, PASS));
        TeacherDossier d = Cohorts.teacher("S-A-LAST", "S-A", fails ? TWO_ABILITIES : PASS);
        t.add(new TeacherDossier(d.teacher(), d.records(),
                d.scores().stream().map(s -> RubricScore.of(s.ability(), s.level(), last)).toList()));
        return ENGINE.progress(Cohorts.cohort(List.of(Cohorts.school("S-A", "2021-2022")), t, 7L), asOf);
    }

    static Reason deadline(ProgressReport r) {
        return r.reasons().stream().filter(x -> x.rule().startsWith("SD-17 全面完成考核截止")).findFirst().orElseThrow();
    }

    @Test
    void aTeacherAssessedAfterTheDeadlineDoesNotMeetIt() {
        ProgressReport r = report(LocalDate.of(2023, 1, 10), false, LocalDate.of(2023, 3, 1));
        Reason d = deadline(r);
        assertEquals(false, d.met(), d.message());
        assertEquals("SD-17", d.clause());
        assertTrue(d.message().contains("截至当日有 1/20 名教师未完成考核，未按期完成"), d.message());
        assertEquals(List.of(20, ProgressStatus.COMPLETE), List.of(r.total().passed(), r.total().status()), "assessed now");
    }

    /** Just before, on and after the deadline's day; a failed last assessment still counts as assessed. */
    @Test
    void justBeforeOnAndAfterTheDeadline() {
        for (boolean fails : List.of(false, true)) {
            for (LocalDate last : List.of(DUE.minusDays(1), DUE)) {
                Reason d = deadline(report(last, fails, DUE.plusMonths(3)));
                assertTrue(d.met() && d.message().contains("已按期完成"), last + " " + fails + ": " + d.message());
            }
            assertEquals(false, deadline(report(DUE.plusDays(1), fails, DUE.plusMonths(3))).met());
        }
        Reason onTheDay = deadline(report(DUE.plusDays(1), false, DUE));
        assertTrue(onTheDay.met() && onTheDay.message().contains("尚余 0 天"), onTheDay.message());
    }

    /** Met exactly when the last teacher was assessed on or before 2022-12-31, whatever the report's later date. */
    @Test
    @Covers({"SD-17"})
    void measuredOnItsOwnDay() {
        QuickTheory.qt().withFixedSeed(20221231L).withExamples(20)
                .forAll(integers().between(-3, 3), integers().between(1, 300), booleans().all())
                .checkAssert((k, after, fails) -> assertEquals(k <= 0,
                        deadline(report(DUE.plusDays(k), fails, DUE.plusDays(after))).met(),
                        "last assessed " + k + " days from the deadline, report " + after + " days after it"));
    }
}
