package io.kaohe.liaoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * Runs the policy-author scenario files in {@code src/main/resources/io/kaohe/liaoning/scenarios} against the shipped
 * Liaoning pack: one dynamic test per case, named "file › case".
 */
class LiaoningScenarioTest {
    /** The teacher clauses the pack decides with rules; each must be exercised by a scenario. */
    static final Set<String> TEACHER_CLAUSES = Set.of("LN-01", "LN-02", "LN-03", "LN-08", "LN-06");

    /** The pack's scenario files as shipped in its jar (listed in pack.yaml). */
    static List<Scenario> scenarios() { return Kaohe.scenarios("liaoning", null); }

    @TestFactory
    Stream<DynamicTest> everyScenarioCase() {
        Engine engine = Kaohe.pack("liaoning");
        return scenarios().stream().map(s -> DynamicTest.dynamicTest(s.title(), () -> {
            ScenarioResult r = Scenarios.run(engine, s);
            if (!r.passed()) fail("scenario " + s.title() + " differs:\n  - " + String.join("\n  - ", r.differences()));
        }));
    }

    @Test
    void atLeastTwentyCasesOverSeveralFiles() {
        List<Scenario> all = scenarios();
        assertTrue(all.size() >= 20, "at least 20 scenario cases, found " + all.size());
        assertTrue(all.stream().map(Scenario::file).distinct().count() >= 4, "scenarios spread over several files");
    }

    @Test
    void everyTeacherClauseIsExercisedAndOnlyKnownClausesAreNamed() {
        Set<String> known = PackEngine.info(Kaohe.pack("liaoning")).clauses().ids();
        Set<String> named = scenarios().stream().flatMap(s -> s.clauses().stream()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(known.containsAll(named), "unknown clauses in scenarios: " + named);
        assertTrue(named.containsAll(TEACHER_CLAUSES), "teacher clauses no scenario exercises: " + TEACHER_CLAUSES);
        Set<String> teacherRuleClauses = PackEngine.info(Kaohe.pack("liaoning")).rules().stream()
                .filter(r -> r.file().startsWith("teacher-")).map(r -> r.clause()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(TEACHER_CLAUSES), teacherRuleClauses, "a new teacher rule needs its clause here and a scenario");
    }
}
