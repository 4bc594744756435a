package io.kaohe.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.fixture.FixturePackTest;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.TeacherDossier;

/**
 * The engine contract: one shared KieBase, a fresh stateless session per call. Eight threads assessing
 * the same 2,000 dossiers, each in its own order, must give exactly the single-threaded verdicts. Moved from
 * rules-shandong (issue 16): it tests the engine, so it runs on core's fixture pack, whose own fact is built per call.
 */
class ConcurrencyTest {
    private static final int DOSSIERS = 2_000;
    private static final int THREADS = 8;

    @Test
    void eightThreadsGiveTheSingleThreadedVerdicts() throws Exception {
        Engine engine = FixturePackTest.ENGINE;
        Random random = new Random(8_2022L);
        List<TeacherDossier> dossiers = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            dossiers.add(KaoheJson.read(FixturePackTest.LINE.replace("T-1", String.format("T-%04d", i))
                    .formatted(random.nextInt(5)), TeacherDossier.class));
        }

        List<String> expected = dossiers.stream().map(d -> KaoheJson.line(engine.assess(d))).toList();
        Set<String> unmet = new TreeSet<>();
        expected.forEach(j -> unmet.add(KaoheJson.read(j, io.kaohe.model.TeacherVerdict.class).unmet().toString()));
        assertEquals(Set.of("[]", "[PL-01]"), unmet, "the data exercises the rule met and unmet");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String[]>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < DOSSIERS; i++) order.add(i);
                    Collections.shuffle(order, new Random(seed)); // threads interleave different dossiers
                    String[] out = new String[DOSSIERS];
                    start.await();
                    for (int i : order) out[i] = KaoheJson.line(engine.assess(dossiers.get(i)));
                    return out;
                }));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                String[] got = results.get(t).get(120, TimeUnit.SECONDS);
                for (int i = 0; i < DOSSIERS; i++) {
                    assertEquals(expected.get(i), got[i], "thread " + t + ", dossier " + i);
                }
            }
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
