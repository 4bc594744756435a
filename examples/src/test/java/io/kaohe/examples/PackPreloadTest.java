package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Kaohe;
import io.kaohe.UnknownPackException;

/**
 * {@link PackPreload}: the pack's engine built on a second thread while the command line starts is the engine the
 * command would have built, and whatever fails there is reported as without the preload: the same message, exit
 * status and stack (the command loads the pack again on its own thread), or the very {@link Error} thrown there.
 */
class PackPreloadTest {
    @TempDir
    Path dir;

    @AfterEach
    void forget() { PackPreload.reset(); }

    @Test
    void theCommandLineNamesThePackOnlyOfACommandLoadingShippedRules() {
        assertEquals("shandong", PackPreload.pack("assess", "--pack", "shandong", "--in", "a.jsonl", "--out", "v.jsonl"));
        assertEquals("hunan", PackPreload.pack("--debug", "schools", "--in", "a.jsonl", "--pack=hunan"));
        assertEquals("zhejiang", PackPreload.pack("progress", "--pack", "zhejiang", "--as-of", "2024-01-01"));
        assertNull(PackPreload.pack("assess", "--pack", "shandong", "--rules-dir", "rules"), "edited rules: compiled by the command");
        assertNull(PackPreload.pack("assess", "--pack", "shandong", "--rules-dir=rules"));
        assertNull(PackPreload.pack("assess", "--pack", "shandong", "--help"));
        assertNull(PackPreload.pack("assess", "@args.txt"), "an argument file: picocli reads it");
        assertNull(PackPreload.pack("demo", "--pack", "shandong"));
        assertNull(PackPreload.pack("--version"));
        assertNull(PackPreload.pack("assess", "--in", "a.jsonl"));
        assertNull(PackPreload.pack("assess", "--pack"));
        assertNull(PackPreload.pack());
    }

    /**
     * The command waits for the second thread's load and takes its engine: it fails when the preload does not start the
     * load (nothing runs on the second thread), or when the command does not wait for it (it finishes while the load is
     * held back).
     */
    @org.junit.jupiter.api.Timeout(120)
    @Test
    void theCommandWaitsForTheEngineBuiltOnTheSecondThread() throws Exception {
        Path in = Cli.sample(Samples.TEACHERS, dir);
        String[] args = {"assess", "--pack", "shandong", "--in", in.toString(), "--out", dir.resolve("v1.jsonl").toString()};
        Cli.Result plain = Cli.run((Object[]) args);
        java.util.concurrent.atomic.AtomicReference<Thread> loadedOn = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        PackPreload.start("shandong", () -> {
            loadedOn.set(Thread.currentThread());
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            Kaohe.pack("shandong");
        }, io.kaohe.internal.json.LineParser::teachers);
        args[args.length - 1] = dir.resolve("v2.jsonl").toString();
        java.util.concurrent.ExecutorService command = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<Cli.Result> run = command.submit(() -> Cli.run((Object[]) args));
            // held back, the load keeps the command waiting (3 s: far longer than the command's own work on the sample)
            assertThrows(java.util.concurrent.TimeoutException.class, () -> run.get(3, TimeUnit.SECONDS), "the command waits for the load");
            release.countDown();
            Cli.Result preloaded = run.get();
            assertEquals("kaohe-pack-preload", loadedOn.get().getName());
            assertEquals(plain.toString(), preloaded.toString());
        } finally {
            release.countDown();
            command.shutdown();
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("v1.jsonl")), Files.readAllBytes(dir.resolve("v2.jsonl")));
    }

    /** The engine built before the command asks: the second thread makes the reader too, and the command does not again. */
    @org.junit.jupiter.api.Timeout(60)
    @Test
    void theSecondThreadMakesTheReaderOnceTheEngineIsBuilt() throws Exception {
        java.util.concurrent.CountDownLatch made = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger times = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Thread> ranOn = new java.util.concurrent.atomic.AtomicReference<>();
        PackPreload.start("shandong", () -> Kaohe.pack("shandong"), () -> {
            times.incrementAndGet();
            ranOn.set(Thread.currentThread());
            made.countDown();
        });
        made.await(); // nobody asked for it yet
        assertSame(Kaohe.pack("shandong"), PackPreload.shipped("shandong"));
        assertEquals("kaohe-pack-preload", ranOn.get().getName());
        assertEquals(1, times.get());
    }

    /** The reader failed on the second thread: the command makes it again on its own thread (a failure there is its own). */
    @org.junit.jupiter.api.Timeout(60)
    @Test
    void aReaderThatFailedOnTheSecondThreadIsMadeAgainOnTheCommandsThread() throws Exception {
        java.util.concurrent.CountDownLatch failing = new java.util.concurrent.CountDownLatch(1);
        List<Thread> ranOn = new java.util.concurrent.CopyOnWriteArrayList<>();
        PackPreload.start("shandong", () -> {}, () -> {
            ranOn.add(Thread.currentThread());
            if (ranOn.size() == 1) {
                failing.countDown();
                throw new IllegalStateException("on the second thread");
            }
        });
        failing.await();
        assertSame(Kaohe.pack("shandong"), PackPreload.shipped("shandong"));
        assertEquals(List.of("kaohe-pack-preload", Thread.currentThread().getName()), ranOn.stream().map(Thread::getName).toList());
        PackPreload.reset();
        ExceptionInInitializerError boom = new ExceptionInInitializerError("a class failed to initialise");
        java.util.concurrent.CountDownLatch thrown = new java.util.concurrent.CountDownLatch(1);
        PackPreload.start("shandong", () -> {}, () -> {
            thrown.countDown();
            throw boom;
        });
        thrown.await();
        assertSame(boom, assertThrows(ExceptionInInitializerError.class, () -> PackPreload.shipped("shandong")));
    }

    @Test
    void aFailureOnTheSecondThreadIsThrownAgainFromTheCommandsOwnThread() {
        PackPreload.start("nosuch", () -> Kaohe.pack("nosuch"), () -> {});
        UnknownPackException e = assertThrows(UnknownPackException.class, () -> PackPreload.shipped("nosuch"));
        List<String> frames = Arrays.stream(e.getStackTrace()).map(f -> f.getClassName() + "." + f.getMethodName()).toList();
        assertTrue(frames.contains(PackPreload.class.getName() + ".shipped"), "thrown on this thread: " + frames);
        assertTrue(frames.stream().noneMatch(f -> f.contains("Started")), "not the second thread's: " + frames);
    }

    @Test
    void anErrorOnTheSecondThreadIsRethrownAsItWasThrown() {
        ExceptionInInitializerError boom = new ExceptionInInitializerError("a class failed to initialise");
        PackPreload.start("shandong", () -> { throw boom; }, () -> {});
        assertSame(boom, assertThrows(ExceptionInInitializerError.class, () -> PackPreload.shipped("shandong")));
    }

    @org.junit.jupiter.api.Timeout(60) // joining before the reader is made would wait on the latch for ever: fail instead
    @Test
    void theCommandsThreadMakesItsReaderBeforeItWaits() {
        java.util.concurrent.CountDownLatch loading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Thread> ranOn = new java.util.concurrent.atomic.AtomicReference<>();
        PackPreload.start("shandong", () -> {
            try {
                loading.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            Kaohe.pack("shandong");
        }, () -> {
            ranOn.set(Thread.currentThread());
            loading.countDown(); // the load ends only after this ran: shipped() ran it before waiting
        });
        assertSame(Kaohe.pack("shandong"), PackPreload.shipped("shandong"));
        assertSame(Thread.currentThread(), ranOn.get());
    }

    @Test
    void anotherPackThanThePreloadedOneIsLoadedAsBefore() {
        PackPreload.start("shandong", () -> { throw new IllegalStateException("not this one"); }, () -> {});
        assertSame(Kaohe.pack("hunan"), PackPreload.shipped("hunan"));
    }

    /** The real start-up (main, a JVM of its own): stderr, exit status and outputs as the in-process command line's. */
    @Test
    void mainReportsAndWritesExactlyAsTheCommandLineWithoutThePreload() throws Exception {
        Path in = Cli.sample(Samples.TEACHERS, dir);
        Path missing = dir.resolve("missing.jsonl");
        List<String[]> runs = List.of(
                new String[] {"assess", "--pack", "shandong", "--in", in.toString(), "--out", "OUT", "--lang", "en"},
                new String[] {"assess", "--pack", "nosuch", "--in", in.toString(), "--out", "OUT", "--lang", "en"},
                new String[] {"assess", "--pack", "shandong", "--in", missing.toString(), "--out", "OUT", "--lang", "en"});
        int n = 0;
        for (String[] run : runs) {
            n++;
            Path mainOut = dir.resolve("main" + n + ".jsonl");
            Path cliOut = dir.resolve("cli" + n + ".jsonl");
            String[] viaMain = run.clone();
            viaMain[6] = mainOut.toString();
            String[] inProcess = run.clone();
            inProcess[6] = cliOut.toString();
            Cli.Result expected = Cli.run((Object[]) inProcess);
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.language=en", "-Duser.country=US", "-cp", System.getProperty("java.class.path"), KaoheCli.class.getName()));
            cmd.addAll(List.of(viaMain));
            Process p = new ProcessBuilder(cmd).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            String what = String.join(" ", run);
            assertEquals(expected.exit(), p.exitValue(), what + "\n" + err);
            assertEquals(expected.out(), out, what);
            assertEquals(expected.err().replace(cliOut.toString(), "OUT"), err.replace(mainOut.toString(), "OUT"), what);
            assertEquals(Files.exists(cliOut), Files.exists(mainOut), what);
            if (Files.exists(cliOut)) assertArrayEquals(Files.readAllBytes(cliOut), Files.readAllBytes(mainOut), what);
        }
        assertTrue(Files.size(dir.resolve("main1.jsonl")) > 0, "the first run writes verdicts");
    }
}
