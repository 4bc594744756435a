package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.Packs;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.rules.ReasonCache;
import io.kaohe.model.Reason;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.spi.CohortGenerator;

/**
 * Reasons made once (issue 17, {@link ReasonCache}) change no byte: each pack's generated cohort gives, verdict by
 * verdict, the JSON its rules give without the cache, from two threads at once, and again after a reload (a new
 * KieBase, a new table).
 */
class ReasonCacheCohortTest {
    private static final int TEACHERS = Integer.getInteger("kaohe.reasonCache.teachers", 1500);

    @ParameterizedTest
    @ValueSource(strings = {"shandong", "hunan", "liaoning", "zhejiang"})
    void theCacheChangesNoByte(String pack, @TempDir Path empty) throws Exception {
        CohortGenerator g = Packs.generator(pack).orElseThrow();
        CohortGenerator.Teachers gen = g.start(17);
        boolean was = ReasonCache.enabled();
        Engine off;
        try {
            ReasonCache.enable(false);
            off = Kaohe.pack(pack, empty);   // the same rules, compiled now: a KieBase without the cache
        } finally {
            ReasonCache.enable(was);
        }
        List<TeacherDossier> dossiers = new ArrayList<>();
        List<byte[]> expected = new ArrayList<>();
        for (int i = 1; i <= TEACHERS; i++) {
            TeacherDossier d = gen.next(g.idPrefix() + i);
            if (!off.validate(d).isEmpty()) continue;
            dossiers.add(d);
            expected.add(KaoheJson.bytes(off.assess(d)));
        }
        assertTrue(dossiers.size() > TEACHERS / 2, "most generated dossiers are valid: " + dossiers.size());

        ReasonCache.enable(true);
        try {
            Engine on = Kaohe.pack(pack, empty);
            Set<Reason> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
            int[] reasons = {0};
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> both = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    boolean reverse = t == 1;
                    both.add(pool.submit(() -> {
                        for (int round = 0; round < 2; round++) {   // the second round writes shared reasons from their bytes
                            for (int k = 0; k < dossiers.size(); k++) {
                                int i = reverse ? dossiers.size() - 1 - k : k;
                                TeacherVerdict v = on.assess(dossiers.get(i));
                                check(expected.get(i), v, pack, i);
                                if (!reverse && round == 0) {
                                    synchronized (distinct) {
                                        distinct.addAll(v.reasons());
                                        reasons[0] += v.reasons().size();
                                    }
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : both) f.get();
            } finally {
                pool.shutdown();
            }
            // the check is not vacuous: most reasons are shared instances
            assertTrue(distinct.size() * 2 < reasons[0], pack + ": " + distinct.size() + " instances for " + reasons[0] + " reasons");

            Engine reloaded = Kaohe.pack(pack, empty);   // a reload: a new KieBase, its own table
            for (int i = dossiers.size() - 1; i >= 0; i--) check(expected.get(i), reloaded.assess(dossiers.get(i)), pack, i);
        } finally {
            ReasonCache.enable(was);
        }
    }

    private static void check(byte[] expected, TeacherVerdict v, String pack, int i) {
        assertArrayEquals(expected, KaoheJson.bytes(v), () -> pack + " #" + i + ": " + KaoheJson.line(v));
        assertArrayEquals(expected, KaoheJson.line(v).getBytes(StandardCharsets.UTF_8), () -> pack + " #" + i);
    }
}
