package io.kaohe.shandong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.Scenario;
import io.kaohe.ScenarioResult;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.scenario.Scenarios;

/**
 * Runs the policy-author scenario files in {@code src/main/resources/io/kaohe/shandong/scenarios} (the starter set staff
 * copy) against the shipped Shandong pack: one dynamic test per case, named "file › case".
 */
class ShandongScenarioTest {
    /** The teacher clauses the pack implements with rules; each must be exercised by a scenario. */
    static final List<String> TEACHER_CLAUSES = List.of("SD-01", "SD-02", "SD-03", "SD-04", "SD-07", "SD-13", "SD-05");

    /** The pack's scenario files as shipped in its jar (listed in pack.yaml). */
    static List<Scenario> scenarios() { return Kaohe.scenarios("shandong", null); }

    @TestFactory
    Stream<DynamicTest> everyScenarioCase() {
        Engine engine = Kaohe.pack("shandong");
        return scenarios().stream().map(s -> DynamicTest.dynamicTest(s.title(), () -> {
            ScenarioResult r = Scenarios.run(engine, s);
            if (!r.passed()) {
                fail("scenario " + s.file() + " › " + s.name() + " differs:\n  - "
                        + String.join("\n  - ", r.differences()));
            }
        }));
    }

    @Test
    void thereAreEnoughScenariosInSeveralFiles() {
        List<Scenario> all = scenarios();
        assertTrue(all.size() >= 30, "at least 30 scenario cases, found " + all.size());
        assertTrue(all.stream().map(Scenario::file).distinct().count() >= 5, "scenarios spread over several files");
    }

    @Test
    void everyScenarioNamesOnlyKnownClauses() {
        Set<String> known = PackEngine.info(Kaohe.pack("shandong")).clauses().ids();
        List<String> bad = new ArrayList<>();
        for (Scenario s : scenarios()) {
            if (s.clauses().isEmpty()) bad.add(s.title() + ": lists no clauses");
            for (String c : s.clauses()) {
                if (!known.contains(c)) bad.add(s.title() + ": unknown clause " + c);
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyImplementedTeacherClauseIsExercised() {
        Set<String> exercised = scenarios().stream().flatMap(s -> s.clauses().stream()).collect(Collectors.toCollection(TreeSet::new));
        List<String> missing = TEACHER_CLAUSES.stream().filter(c -> !exercised.contains(c)).toList();
        assertEquals(List.of(), missing, "teacher clauses no scenario exercises");
    }

    @Test
    void everyTeacherRuleClauseIsInTheImplementedList() {
        // a new teacher rule (in a teacher-*.drl file) must be added to TEACHER_CLAUSES and to a scenario
        Set<String> teacherRuleClauses = PackEngine.info(Kaohe.pack("shandong")).rules().stream()
                .filter(r -> r.file().startsWith("teacher-"))
                .map(r -> r.clause()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(TEACHER_CLAUSES), teacherRuleClauses);
    }
}
