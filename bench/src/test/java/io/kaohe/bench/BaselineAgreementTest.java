package io.kaohe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.model.Grade;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * Each pack's hand-written baseline decides exactly as its Drools pack: same grade, same unmet clauses, for every
 * valid dossier of a generated cohort. CI checks 2,000 dossiers a pack; bench/README.md runs it on 100,000 with
 * {@code -Dbench.agreement.teachers=100000}.
 */
class BaselineAgreementTest {
    static final int TEACHERS = Integer.getInteger("bench.agreement.teachers", 2_000);

    @ParameterizedTest
    @ValueSource(strings = {"shandong", "hunan", "liaoning", "zhejiang"})
    void baselineGivesTheSameGradesAndUnmetClausesAsThePack(String pack, @TempDir Path dir) throws IOException {
        Engine kaohe = Kaohe.pack(pack);
        Baseline<?> baseline = new BaselineEngine(kaohe).baseline();
        List<TeacherDossier> dossiers = Cohorts.valid(kaohe, Cohorts.generate(pack, TEACHERS, 2026, dir.resolve("c.jsonl")));
        assertTrue(dossiers.size() > TEACHERS * 0.98, "most generated lines are valid: " + dossiers.size());
        Map<String, String> mismatches = new ConcurrentHashMap<>();
        Map<Grade, Long> grades = dossiers.parallelStream().map(d -> {
            TeacherVerdict v = kaohe.assess(d);
            Baseline.Result b = baseline.evaluate(d);
            if (v.grade() != b.grade() || !v.unmet().equals(b.unmet())) {
                mismatches.put(d.teacher().id(), "pack " + v.grade() + " " + v.unmet() + ", baseline " + b.grade() + " " + b.unmet());
            }
            return v.grade();
        }).collect(Collectors.groupingBy(g -> g, () -> new EnumMap<>(Grade.class), Collectors.counting()));
        assertEquals(Map.of(), mismatches.entrySet().stream().limit(10).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                mismatches.size() + " of " + dossiers.size() + " " + pack + " dossiers disagree");
        // the cohort exercises every grade, so agreement is not agreement on one easy case
        for (Grade g : Grade.values()) assertTrue(grades.getOrDefault(g, 0L) > 0, "some " + g + " in " + grades);
    }
}
