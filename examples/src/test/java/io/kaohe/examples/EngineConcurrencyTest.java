package io.kaohe.examples;

import io.kaohe.shandong.ShandongSchool;
import io.kaohe.shandong.ShandongTeachers;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.engine.Packs;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * One engine shared by 8 threads over the same 100,000 dossiers gives, byte for byte once sorted, what one
 * thread gives; and a hot reload in the middle of a run never mixes rules inside one assessment: every
 * verdict is exactly the old-rules or the new-rules verdict of its dossier, as its policyVersion says.
 */
class EngineConcurrencyTest {
    /** The number; {@code -Dkaohe.concurrency.dossiers=N} for a quicker local run. */
    private static final int DOSSIERS = Integer.getInteger("kaohe.concurrency.dossiers", 100_000);
    private static final int RELOAD_DOSSIERS = 10_000;
    private static final int THREADS = 8;

    /** Small dossiers: the sample generator's teachers cut to their first records and scores, fixed seed. */
    static List<TeacherDossier> dossiers(int n) {
        ShandongTeachers gen = new ShandongTeachers(new Random(100_000L));
        List<TeacherDossier> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ShandongSchool s = ShandongSchool.COUNTY_SCHOOLS.get(i % ShandongSchool.COUNTY_SCHOOLS.size());
            TeacherDossier d = gen.dossier(s, String.format("T-%06d", i), i % 10 == 0, gen.profile());
            out.add(new TeacherDossier(d.teacher(), d.records().subList(0, Math.min(4, d.records().size())),
                    d.scores().subList(0, Math.min(2, d.scores().size()))));
        }
        return out;
    }

    @Test
    void eightThreadsGiveTheOneThreadBytes() throws Exception {
        Engine engine = Kaohe.pack("shandong");
        List<TeacherDossier> dossiers = dossiers(DOSSIERS);
        long t0 = System.nanoTime();
        List<String> one = new ArrayList<>(DOSSIERS);
        for (TeacherDossier d : dossiers) one.add(KaoheJson.line(engine.assess(d)));
        long t1 = System.nanoTime();
        List<String> eight = parallel(dossiers, d -> KaoheJson.line(engine.assess(d)));
        long t2 = System.nanoTime();
        System.out.printf("concurrency: %d dossiers, 1 thread %d ms, %d threads %d ms%n", DOSSIERS, (t1 - t0) / 1_000_000, THREADS,
                (t2 - t1) / 1_000_000);
        assertEquals(DOSSIERS, eight.size(), "no verdict lost");
        assertArrayEquals(sortedBytes(one), sortedBytes(eight));
    }

    @Test
    void aReloadMidRunNeverMixesRules(@TempDir Path dir) throws Exception {
        Path same = Files.createDirectories(dir.resolve("same"));
        Path stricter = Files.createDirectories(dir.resolve("stricter/parameters"));
        String yaml = new String(Cli.class.getResourceAsStream("/io/kaohe/shandong/parameters/teacher.yaml").readAllBytes(),
                StandardCharsets.UTF_8);
        String edited = yaml.replace("{value: 25, reference: \"肥教函〔2021〕2号 三(二)：25 学时在线学习\"}",
                "{value: 40, reference: \"test: a higher online minimum\"}");
        assertNotEquals(yaml, edited, "the edit applies");
        Files.writeString(stricter.resolve("teacher.yaml"), edited);

        PackEngine engine = Packs.pack("shandong", same);
        PackEngine newRules = Packs.pack("shandong", dir.resolve("stricter"));
        String oldVersion = engine.policyVersion();
        String newVersion = newRules.policyVersion();
        assertNotEquals(oldVersion, newVersion);

        List<TeacherDossier> dossiers = dossiers(RELOAD_DOSSIERS);
        AtomicInteger done = new AtomicInteger();
        java.util.concurrent.CountDownLatch reloaded = new java.util.concurrent.CountDownLatch(1);
        Thread reloader = new Thread(() -> {
            while (done.get() < RELOAD_DOSSIERS / 4) Thread.onSpinWait();
            engine.reload(dir.resolve("stricter"));
            reloaded.countDown();
        });
        reloader.start();
        // the reload compiles while the first half runs; the second half waits for it, so both sides are certain
        List<String> got = parallel(dossiers, d -> {
            if (Integer.parseInt(d.teacher().id().substring(2)) >= RELOAD_DOSSIERS / 2) await(reloaded);
            String v = KaoheJson.line(engine.assess(d));
            done.incrementAndGet();
            return v;
        });
        reloader.join();
        assertEquals(newVersion, engine.policyVersion(), "the reload took effect");

        int before = 0, after = 0, differ = 0;
        for (int i = 0; i < dossiers.size(); i++) {
            TeacherVerdict v = KaoheJson.read(got.get(i), TeacherVerdict.class);
            TeacherDossier d = dossiers.get(i);
            if (v.policyVersion().equals(oldVersion)) {
                before++;
                assertEquals(KaoheJson.line(Kaohe.pack("shandong").assess(d)).replace(Kaohe.pack("shandong").policyVersion(), oldVersion),
                        got.get(i), "an old-rules verdict is wholly the old rules'");
            } else {
                after++;
                String expected = KaoheJson.line(newRules.assess(d));
                assertEquals(expected, got.get(i), "a new-rules verdict is wholly the new rules'");
                if (!expected.equals(KaoheJson.line(Kaohe.pack("shandong").assess(d)).replace(Kaohe.pack("shandong").policyVersion(), newVersion))) differ++;
            }
        }
        System.out.printf("reload mid-run: %d verdicts on the old rules, %d on the new, %d of those differ in substance%n", before, after, differ);
        assertTrue(before > 0 && after > 0, "the reload happened mid-run: " + before + " old, " + after + " new");
        assertTrue(differ > 0, "the new threshold changes some verdicts, so a mix would show");
    }

    /** Verdicts in dossier order, computed by {@link #THREADS} threads taking dossiers from a shared counter. */
    private static List<String> parallel(List<TeacherDossier> dossiers, java.util.function.Function<TeacherDossier, String> assess)
            throws Exception {
        String[] out = new String[dossiers.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                work.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) out[i] = assess.apply(dossiers.get(i));
                }));
            }
            for (Future<?> f : work) f.get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        return List.of(out);
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sortedBytes(List<String> lines) {
        return String.join("\n", lines.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8);
    }
}
