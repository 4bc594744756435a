package io.kaohe.shandong.progress;

import static io.kaohe.shandong.progress.Cohorts.Kind.PASS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.RecheckSample;
import io.kaohe.model.School;
import io.kaohe.model.TeacherDossier;

/** SD-15: the district re-checks at least 10% of the schools, drawn reproducibly. */
class RecheckSampleTest {
    static final Engine ENGINE = Kaohe.pack("shandong");
    static final LocalDate AS_OF = LocalDate.of(2022, 12, 1);

    static Cohort cohort(int schools, Long seed) {
        List<School> s = new ArrayList<>();
        List<TeacherDossier> t = new ArrayList<>();
        for (int i = 0; i < schools; i++) {
            String id = String.format("S-%03d", i);
            s.add(Cohorts.school(id, i % 2 == 0 ? "2020-2021" : "2021-2022"));
            t.add(Cohorts.teacher(id + "-T1", id, PASS));
        }
        return Cohorts.cohort(s, t, seed);
    }

    @Test
    void atLeastTenPercentReproducibleForASeed() {
        qt().withExamples(40).forAll(integers().between(1, 45), longs().all()).checkAssert((n, seed) -> {
            RecheckSample a = ENGINE.progress(cohort(n, seed), AS_OF).recheck();
            assertEquals(seed, a.seed(), "the report states the seed");
            assertEquals("SD-15", a.clause());
            assertTrue(a.size() * 10 >= n, a.size() + " of " + n);
            assertTrue(a.size() * 10 < n + 10, "⌈10%⌉, not more: " + a.size() + " of " + n);
            assertEquals(a.size(), a.schoolIds().size());
            assertEquals(a.size(), a.schoolIds().stream().distinct().count());
            assertEquals(a, ENGINE.progress(cohort(n, seed), AS_OF).recheck(), "same seed, same draw");
        });
    }

    @Test
    void theOrderOfSchoolsDoesNotMatterAndASubsetIsDrawnFromItself() {
        qt().withExamples(30).forAll(integers().between(2, 40), longs().all()).checkAssert((n, seed) -> {
            Cohort c = cohort(n, seed);
            List<School> shuffled = new ArrayList<>(c.schools());
            Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
            RecheckSample a = ENGINE.progress(c, AS_OF).recheck();
            assertEquals(a, ENGINE.progress(new Cohort(c.county(), shuffled, c.teachers(), seed), AS_OF).recheck());
            // a subset: the first half of the shuffled schools, with their teachers
            List<School> half = shuffled.subList(0, n / 2 == 0 ? 1 : n / 2);
            List<String> ids = half.stream().map(School::id).toList();
            List<TeacherDossier> teachers = c.teachers().stream().filter(t -> ids.contains(t.teacher().schoolId())).toList();
            Cohort sub = new Cohort(c.county(), half, teachers, seed);
            RecheckSample s = ENGINE.progress(sub, AS_OF).recheck();
            assertTrue(ids.containsAll(s.schoolIds()), "drawn from the subset only");
            assertTrue(s.size() * 10 >= half.size());
            assertEquals(s, ENGINE.progress(sub, AS_OF).recheck());
        });
    }

    @Test
    void withoutASeedTheParameterSeedIsUsedAndStated() {
        ProgressReport r = ENGINE.progress(cohort(12, null), AS_OF);
        assertEquals(20221115L, r.recheck().seed());
        assertEquals(2, r.recheck().size(), "⌈10% × 12⌉ = 2");
        assertEquals(0, new BigDecimal("0.1").compareTo(r.recheck().minShare()));
        var reason = r.reasons().stream().filter(x -> x.clause().equals("SD-15")).findFirst().orElseThrow();
        assertTrue(reason.met());
        assertEquals(new BigDecimal(20221115), reason.values().get("seed"));
        assertTrue(reason.message().contains("20221115"), reason.message());
    }

    @Test
    void differentSeedsDrawDifferentSchoolsSometimes() {
        // a guard against a draw that ignores its seed
        var draws = new java.util.HashSet<List<String>>();
        for (long seed = 0; seed < 20; seed++) draws.add(ENGINE.progress(cohort(30, seed), AS_OF).recheck().schoolIds());
        assertTrue(draws.size() > 1);
    }
}
