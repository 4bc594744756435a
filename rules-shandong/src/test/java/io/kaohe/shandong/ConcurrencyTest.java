package io.kaohe.shandong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.json.KaoheJson;
import io.kaohe.model.Grade;
import io.kaohe.model.TeacherDossier;

/**
 * The engine contract: one shared KieBase, a fresh stateless session per call. Eight threads assessing
 * the same 2,000 dossiers, each in its own order, must give exactly the single-threaded verdicts.
 */
class ConcurrencyTest {
    private static final int DOSSIERS = 2_000;
    private static final int THREADS = 8;

    @Test
    void eightThreadsGiveTheSingleThreadedVerdicts() throws Exception {
        Engine engine = Kaohe.pack("shandong");
        Random random = new Random(8_2022L);
        List<TeacherDossier> dossiers = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) dossiers.add(TeacherSpec.random(random).dossier(String.format("T-%04d", i)));

        List<String> expected = dossiers.stream().map(d -> KaoheJson.line(engine.assess(d))).toList();
        Set<Grade> grades = EnumSet.noneOf(Grade.class);
        expected.forEach(j -> grades.add(KaoheJson.read(j, io.kaohe.model.TeacherVerdict.class).grade()));
        assertEquals(EnumSet.allOf(Grade.class), grades, "the data exercises every grade");

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
