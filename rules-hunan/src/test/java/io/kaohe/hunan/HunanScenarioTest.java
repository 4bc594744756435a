package io.kaohe.hunan;

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
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.model.Stage;
import io.kaohe.Scenario;
import io.kaohe.internal.scenario.Scenarios;
import io.kaohe.ScenarioResult;

/**
 * Runs the policy-author scenario files in {@code src/main/resources/io/kaohe/hunan/scenarios} against the shipped
 * Hunan pack: one dynamic test per case, named "file › case".
 */
class HunanScenarioTest {
    /** The teacher clauses the pack implements with rules; each must be exercised by a scenario. */
    static final List<String> TEACHER_CLAUSES = List.of("HN-01", "HN-02", "HN-05", "HN-07");

    /** The pack's scenario files as shipped in its jar (listed in pack.yaml). */
    static List<Scenario> scenarios() { return Kaohe.scenarios("hunan", null); }

    @TestFactory
    Stream<DynamicTest> everyScenarioCase() {
        Engine engine = Kaohe.pack("hunan");
        return scenarios().stream().map(s -> DynamicTest.dynamicTest(s.title(), () -> {
            ScenarioResult r = Scenarios.run(engine, s);
            if (!r.passed()) {
                fail("scenario " + s.file() + " › " + s.name() + " differs:\n  - " + String.join("\n  - ", r.differences()));
            }
        }));
    }

    @Test
    void enoughScenariosIncludingTheReassessmentStoryAndAKindergartenTeacher() {
        List<Scenario> all = scenarios();
        assertTrue(all.size() >= 20, "at least 20 scenario cases, found " + all.size());
        assertTrue(all.stream().anyMatch(s -> s.dossier().teacher().stage() == Stage.PRESCHOOL), "a kindergarten teacher");
        assertTrue(all.stream().anyMatch(s -> s.clauses().contains("HN-05")
                && s.dossier().scores().stream().anyMatch(x -> x.attemptNumber() > 1)), "a re-assessment");
    }

    @Test
    void everyScenarioNamesOnlyKnownClauses() {
        Set<String> known = PackEngine.info(Kaohe.pack("hunan")).clauses().ids();
        List<String> bad = new ArrayList<>();
        for (Scenario s : scenarios()) {
            if (s.clauses().isEmpty()) bad.add(s.title() + ": lists no clauses");
            for (String c : s.clauses()) if (!known.contains(c)) bad.add(s.title() + ": unknown clause " + c);
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyTeacherRuleClauseIsExercisedByAScenario() {
        Set<String> exercised = scenarios().stream().flatMap(s -> s.clauses().stream()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(List.of(), TEACHER_CLAUSES.stream().filter(c -> !exercised.contains(c)).toList());
        Set<String> teacherRuleClauses = PackEngine.info(Kaohe.pack("hunan")).rules().stream()
                .filter(r -> r.file().startsWith("teacher-")).map(r -> r.clause()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(TEACHER_CLAUSES), teacherRuleClauses);
    }
}
