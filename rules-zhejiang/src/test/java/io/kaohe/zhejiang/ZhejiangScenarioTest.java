package io.kaohe.zhejiang;

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
 * Runs the policy-author scenario files in {@code src/main/resources/io/kaohe/zhejiang/scenarios} (teacher and school
 * cases) against the shipped Zhejiang pack: one dynamic test per case, named "file › case".
 */
class ZhejiangScenarioTest {
    /** Teacher and school clauses decided per dossier; each must be exercised by a scenario. */
    static final List<String> DOSSIER_CLAUSES = List.of("ZJ-01", "ZJ-02", "ZJ-03", "ZJ-04", "ZJ-05", "ZJ-08");

    /** The pack's scenario files as shipped in its jar (listed in pack.yaml). */
    static List<Scenario> scenarios() { return Kaohe.scenarios("zhejiang", null); }

    @TestFactory
    Stream<DynamicTest> everyScenarioCase() {
        Engine engine = Kaohe.pack("zhejiang");
        return scenarios().stream().map(s -> DynamicTest.dynamicTest(s.title(), () -> {
            ScenarioResult r = Scenarios.run(engine, s);
            if (!r.passed()) fail("scenario " + s.title() + " differs:\n  - " + String.join("\n  - ", r.differences()));
        }));
    }

    @Test
    void thereAreEnoughTeacherAndSchoolCases() {
        List<Scenario> all = scenarios();
        assertTrue(all.size() >= 20, "at least 20 scenario cases, found " + all.size());
        assertTrue(all.stream().filter(Scenario::isSchool).count() >= 8, "school cases");
        assertTrue(all.stream().filter(s -> !s.isSchool()).count() >= 8, "teacher cases");
    }

    @Test
    void everyScenarioNamesOnlyKnownClauses() {
        Set<String> known = PackEngine.info(Kaohe.pack("zhejiang")).clauses().ids();
        List<String> bad = new ArrayList<>();
        for (Scenario s : scenarios()) {
            if (s.clauses().isEmpty()) bad.add(s.title() + ": lists no clauses");
            s.clauses().stream().filter(c -> !known.contains(c)).forEach(c -> bad.add(s.title() + ": unknown clause " + c));
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyDossierClauseIsExercised() {
        Set<String> exercised = scenarios().stream().flatMap(s -> s.clauses().stream()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(List.of(), DOSSIER_CLAUSES.stream().filter(c -> !exercised.contains(c)).toList());
    }
}
