package io.kaohe.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.Generate;

import io.kaohe.internal.coverage.Covers;
import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.Grade;
import io.kaohe.model.Level;
import io.kaohe.model.Outcome;
import io.kaohe.model.Reason;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Stage;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.internal.params.ParameterSet;

/**
 * Properties of the Hunan teacher rules over generated dossiers (QuickTheories, fixed seed, bounded
 * examples). Thresholds are read from the pack's parameters, never restated.
 */
class TeacherPropertiesTest {
    private static final Engine ENGINE = Kaohe.pack("hunan");
    private static final ParameterSet PARAMS = PackEngine.info(ENGINE).parameters().at(LocalDate.of(2023, 12, 31));
    private static final BigDecimal TOTAL_MIN = PARAMS.number("teacher.total-hours-min");
    private static final int PASSED_MIN = PARAMS.integer("teacher.passed-points-min");
    private static final int EXCELLENT_MIN = PARAMS.integer("teacher.excellent-points-min");

    private static final String HOURS_RULE = "HN-01 网络课程与校本实践学时 100 hours";
    private static final String POINTS_RULE = "HN-02 通过能力评价点 evaluation points passed";
    private static final String UNFIT_RULE = "HN-02 不适用的评价点不计入 points not for the teacher's stage";

    private static QuickTheory qt(int examples) { return QuickTheory.qt().withFixedSeed(20221014L).withExamples(examples); }

    private static int tenths(BigDecimal hours) { return hours.movePointRight(1).intValueExact(); }

    private static TeacherVerdict assess(TeacherSpec s) { return ENGINE.assess(s.dossier("T-PROP")); }

    private static Reason reason(TeacherVerdict v, String rule) {
        List<Reason> r = v.reasons().stream().filter(x -> x.rule().equals(rule)).toList();
        assertEquals(1, r.size(), "one reason of rule " + rule + " in " + v.reasons());
        return r.get(0);
    }

    static List<List<Level>> passed(int n) {
        List<List<Level>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(List.of(Level.PASS));
        return out;
    }

    // ---- HN-01: the 100-hour boundary ------------------------------------------------------------------

    /**
     * Online + practice = 100 h + delta (in tenths), split any way between the two (0–100% online):
     * just below fails, at the bound passes, whatever the split; records outside the cycle never count.
     */
    @Test
    @Covers({"HN-01"})
    void hundredHourBoundaryWhateverTheSplit() {
        int min = tenths(TOTAL_MIN);
        qt(400).forAll(integers().between(-30, 30), integers().between(0, 100), integers().between(0, 2))
                .checkAssert((delta, onlinePercent, outside) -> {
                    int total = min + delta;
                    int online = total * onlinePercent / 100;
                    TeacherVerdict v = assess(new TeacherSpec(Stage.JUNIOR, online, total - online, outside, passed(PASSED_MIN)));
                    Reason r = reason(v, HOURS_RULE);
                    assertEquals(delta >= 0, r.met(), "online " + TeacherSpec.hours(online) + " + practice "
                            + TeacherSpec.hours(total - online) + " with " + outside + " records outside the cycle");
                    assertEquals(BigDecimal.valueOf(outside), r.values().get("outside"), "the reason counts the records left out");
                    assertEquals(delta >= 0 ? Grade.PASS : Grade.INCOMPLETE, v.grade());
                });
    }

    /** More hours of either kind never turn a met HN-01 unmet (and never lower any grade: see below). */
    @Test
    @Covers({"HN-01"})
    void hoursAreMonotonic() {
        qt(200).forAll(integers().between(0, 1200), integers().between(0, 1200), integers().between(1, 300), integers().between(0, 1))
                .checkAssert((online, practice, more, kind) -> {
                    TeacherSpec s = new TeacherSpec(Stage.PRIMARY, online, practice, 0, passed(PASSED_MIN));
                    TeacherSpec t = kind == 0 ? s.withOnline(more) : s.withPractice(more);
                    if (reason(assess(s), HOURS_RULE).met()) assertTrue(reason(assess(t), HOURS_RULE).met());
                });
    }

    // ---- HN-02 / HN-05: points and the latest attempt -----------------------------------------------------

    @Test
    @Covers({"HN-02"})
    void passedPointsBoundary() {
        qt(100).forAll(integers().between(0, 5), integers().between(0, 2)).checkAssert((passed, failed) -> {
            List<List<Level>> points = new ArrayList<>(passed(passed));
            for (int i = 0; i < failed && points.size() < 5; i++) points.add(List.of(Level.FAIL));
            TeacherVerdict v = assess(new TeacherSpec(Stage.SENIOR, 600, 600, 0, points));
            assertEquals(passed >= PASSED_MIN, reason(v, POINTS_RULE).met(), passed + " passed");
            assertEquals(passed >= PASSED_MIN ? Grade.PASS : Grade.FAIL, v.grade(), passed + " passed, " + failed + " failed");
        });
    }

    /**
     * HN-05: only the latest attempt of each point counts, however many attempts there were and in
     * whatever order they are listed: the verdict is that of the same teacher with the latest attempts
     * only, and every re-assessed point has one HN-05 reason showing each attempt's date.
     */
    @Test
    @Covers({"HN-02", "HN-05"})
    void latestAttemptCounts() {
        qt(250).forAll(Generate.oneOf(TeacherSpec.any(), TeacherSpec.nearPass()), integers().between(0, 1_000_000))
                .checkAssert((spec, seed) -> {
                    TeacherDossier d = spec.dossier("T-LATEST");
                    List<RubricScore> shuffled = new ArrayList<>(d.scores());
                    Collections.shuffle(shuffled, new Random(seed));
                    TeacherVerdict all = ENGINE.assess(new TeacherDossier(d.teacher(), d.records(), shuffled, d.asOf()));
                    TeacherVerdict latest = assess(spec.latestOnly());
                    assertEquals(latest.grade(), all.grade(), spec.toString());
                    assertEquals(latest.unmet(), all.unmet());
                    long lastPassed = spec.points().stream().filter(a -> a.get(a.size() - 1).passed()).count();
                    assertEquals(lastPassed >= PASSED_MIN, reason(all, POINTS_RULE).met(), spec.toString());
                    List<Reason> retaken = all.reasons().stream().filter(r -> r.clause().equals("HN-05")).toList();
                    assertEquals(spec.points().stream().filter(a -> a.size() > 1).count(), retaken.size());
                    for (Reason r : retaken) {
                        int attempts = ((BigDecimal) r.values().get("attempts")).intValueExact();
                        for (int n = 0; n < attempts; n++) {
                            assertTrue(r.message().contains(TeacherSpec.FIRST.plusMonths(n).toString()), r.message());
                        }
                        assertTrue(r.met(), "HN-05 records how a point was counted; HN-02 decides");
                    }
                });
    }

    /** A failed 2022 attempt followed by any number of further attempts: the point passes iff the last one does. */
    @Test
    @Covers({"HN-05"})
    void failedIn2022AndReassessedUntilPassing() {
        qt(100).forAll(integers().between(1, 9)).checkAssert(fails -> {
            List<Level> attempts = new ArrayList<>(Collections.nCopies(fails, Level.FAIL));
            List<List<Level>> points = new ArrayList<>(passed(PASSED_MIN - 1));
            points.add(attempts);
            assertEquals(Grade.FAIL, assess(new TeacherSpec(Stage.PRIMARY, 500, 500, 0, points)).grade(), fails + " failed attempts");
            List<Level> thenPassed = new ArrayList<>(attempts);
            thenPassed.add(Level.PASS);
            points.set(points.size() - 1, thenPassed);
            assertEquals(Grade.PASS, assess(new TeacherSpec(Stage.PRIMARY, 500, 500, 0, points)).grade(), "passed at attempt " + (fails + 1));
        });
    }

    // ---- kindergarten ----------------------------------------------------------------------------------

    /**
     * A kindergarten teacher: only kindergarten points count, and a point not for kindergartens fails nobody
     * (it simply does not count): the grade depends on the kindergarten points passed alone.
     */
    @Test
    @Covers({"HN-02"})
    void kindergartenTeachersCountKindergartenPointsOnly() {
        List<String> all = new ArrayList<>(TeacherSpec.KINDERGARTEN);
        all.addAll(TeacherSpec.SCHOOL_ONLY);
        qt(150).forAll(Generate.pick(all), Generate.pick(all), Generate.pick(all), Generate.pick(all)).checkAssert((a, b, c, e) -> {
            Set<String> codes = new TreeSet<>(List.of(a, b, c, e));
            List<RubricScore> scores = codes.stream().map(code -> RubricScore.of(code, Level.PASS, TeacherSpec.FIRST)).toList();
            TeacherDossier base = new TeacherSpec(Stage.PRESCHOOL, 500, 500, 0, List.of()).dossier("T-KG");
            TeacherVerdict v = ENGINE.assess(new TeacherDossier(base.teacher(), base.records(), scores, base.asOf()));
            boolean allKindergarten = codes.stream().noneMatch(TeacherSpec.SCHOOL_ONLY::contains);
            long kindergarten = codes.stream().filter(x -> !TeacherSpec.SCHOOL_ONLY.contains(x)).count();
            assertEquals(allKindergarten ? 0 : 1, v.reasons().stream().filter(x -> x.rule().equals(UNFIT_RULE)).count(),
                    "the points left out are stated when there are any: " + codes);
            assertTrue(v.reasons().stream().filter(x -> x.rule().equals(UNFIT_RULE)).allMatch(Reason::met), "a statement, never unmet");
            assertEquals(kindergarten >= PASSED_MIN, reason(v, POINTS_RULE).met(), "only kindergarten points count: " + codes);
            assertEquals(kindergarten >= PASSED_MIN, v.grade().passed(), "an extra point fails nobody: " + codes);
        });
    }

    // ---- monotonicity and one grade ---------------------------------------------------------------------

    /** More hours, or another point passed (a kindergarten point for a kindergarten teacher), never lowers the grade. */
    @Test
    @Covers({"HN-01", "HN-02"})
    void doingMoreNeverLowersTheGrade() {
        qt(250).forAll(Generate.oneOf(TeacherSpec.any(), TeacherSpec.nearPass()), integers().between(0, 3), integers().between(1, 400))
                .checkAssert((spec, what, amount) -> {
                    TeacherSpec more = switch (what) {
                        case 0 -> spec.withOnline(amount);
                        case 1 -> spec.withPractice(amount);
                        case 2 -> spec.withPoint(Level.PASS);
                        default -> spec.withPoint(Level.EXCELLENT);
                    };
                    Grade before = assess(spec).grade();
                    Grade after = assess(more).grade();
                    assertTrue(after.compareTo(before) >= 0, before + " → " + after + " after change " + what + " of " + spec);
                });
    }

    @Test
    @Covers({"HN-02", "HN-07"})
    void exactlyOneGradeConsistentWithReasonsAndOutcomes() {
        Set<String> clauses = PackEngine.info(ENGINE).clauses().ids();
        qt(300).forAll(Generate.oneOf(TeacherSpec.any(), TeacherSpec.nearPass())).checkAssert(spec -> {
            TeacherVerdict v = assess(spec);
            boolean eligibilityUnmet = v.reasons().stream().anyMatch(r -> r.decision().equals("eligibility") && !r.met());
            boolean gradingUnmet = v.reasons().stream().anyMatch(r -> r.decision().equals("grading") && !r.met());
            boolean excellent = v.reasons().stream().filter(r -> r.decision().equals("excellence")).allMatch(Reason::met);
            assertEquals(eligibilityUnmet, v.grade() == Grade.INCOMPLETE);
            assertEquals(!eligibilityUnmet && gradingUnmet, v.grade() == Grade.FAIL);
            assertEquals(!eligibilityUnmet && !gradingUnmet && excellent, v.grade() == Grade.EXCELLENT);
            assertEquals(v.unmet().isEmpty(), v.grade().passed());
            v.reasons().forEach(r -> assertTrue(clauses.contains(r.clause()), r.clause()));
            List<String> flags = v.outcomes().stream().map(Outcome::flag).toList();
            assertTrue(v.outcomes().stream().allMatch(o -> o.clause().equals("HN-07")));
            assertTrue(flags.contains("CONTINUING_EDUCATION_HOURS"), "hours count whatever the grade");
            assertEquals(v.grade().passed(), flags.contains("TITLE_AND_REGISTRATION_REQUIREMENT_MET"));
            assertEquals(v.grade() == Grade.EXCELLENT, flags.contains("SENIOR_TITLE_BONUS"));
            long excellentLast = spec.points().stream().limit(spec.codes().size())
                    .filter(a -> a.get(a.size() - 1) == Level.EXCELLENT).count();
            if (v.grade() == Grade.EXCELLENT) assertTrue(excellentLast >= EXCELLENT_MIN, spec.toString());
        });
    }

    @Test
    @Covers({})
    void sameDossierSameBytes() {
        qt(100).forAll(TeacherSpec.any()).checkAssert(spec -> {
            TeacherDossier d = spec.dossier("T-SAME");
            assertEquals(KaoheJson.line(ENGINE.assess(d)), KaoheJson.line(ENGINE.assess(d)));
        });
    }
}
