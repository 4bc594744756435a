package io.kaohe.shandong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.ReloadListener;
import io.kaohe.RulesWatcher;
import io.kaohe.model.Grade;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * Hot reload under load: assessments run on several threads while the rules directory is edited. A broken
 * edit is refused without interrupting or changing any result; a good edit is live within a bounded time;
 * closing the watcher leaves no thread behind. Waits are on the listener's events (with a timeout), never
 * fixed sleeps.
 */
class HotReloadTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static String shipped(String file) throws IOException {
        try (InputStream in = HotReloadTest.class.getClassLoader().getResourceAsStream("io/kaohe/shandong/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ReloadListener.Event next(BlockingQueue<ReloadListener.Event> events) throws InterruptedException {
        ReloadListener.Event e = events.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(e, "a reload event within " + TIMEOUT);
        return e;
    }

    @Test
    void brokenEditIsRefusedUnderLoadAndAGoodEditGoesLive(@TempDir Path dir, @TempDir Path office) throws Exception {
        // the office's own scenarios: hold under the shipped minimum (2) and the edited one (3)
        Files.writeString(office.resolve("research.yaml"), """
                teacher: {id: T-OFFICE, schoolId: S-1, stage: PRIMARY}
                cases:
                  - name: one research activity is never enough
                    clauses: [SD-03]
                    dossier:
                      records:
                        - {kind: ONLINE_COURSE, amount: 25, unit: HOUR, date: "2021-09-10"}
                        - {kind: SCHOOL_PRACTICE, amount: 25, unit: HOUR, date: "2021-11-20"}
                        - {kind: RESEARCH_ACTIVITY, amount: 1, unit: COUNT, date: "2021-10-15"}
                    expect: {grade: INCOMPLETE, reasons: [{clause: SD-03, met: false}]}
                """);
        BlockingQueue<ReloadListener.Event> events = new LinkedBlockingQueue<>();
        RulesWatcher.Options options = new RulesWatcher.Options(Duration.ofMillis(50), Duration.ofMillis(200), office);
        TeacherDossier two = Dossiers.complete("T-TWO").build(); // 2 research activities in its one study semester
        String threadName = "kaohe-rules-watcher-shandong";
        try (RulesWatcher watcher = Kaohe.watch("shandong", dir, options, events::add)) {
            Engine engine = watcher.engine();
            TeacherVerdict before = engine.assess(two);
            assertEquals(Grade.PASS, before.grade());
            String version = engine.policyVersion();

            // load: 4 threads assess until told to stop; every verdict must be the one of the rules in use
            AtomicBoolean stop = new AtomicBoolean();
            ConcurrentLinkedQueue<Object> seen = new ConcurrentLinkedQueue<>();
            CountDownLatch done = new CountDownLatch(4);
            for (int i = 0; i < 4; i++) {
                Thread t = new Thread(() -> {
                    try {
                        while (!stop.get()) seen.add(engine.assess(two));
                    } catch (Throwable e) {
                        seen.add(e);
                    } finally {
                        done.countDown();
                    }
                });
                t.start();
            }

            // a broken DRL: refused with file:line problems; nothing changes for the running assessments
            String drl = shipped("teacher-grading.drl");
            Files.writeString(dir.resolve("teacher-grading.drl"), drl.replaceFirst("(?m)^then$", "then\n    check.require(kcontext, ;"));
            ReloadListener.Event refused = next(events);
            assertFalse(refused.applied());
            assertEquals(version, refused.policyVersion());
            assertFalse(refused.problems().isEmpty());
            assertTrue(refused.problems().stream().allMatch(p -> p.file().equals("teacher-grading.drl") && p.line() > 0),
                    refused.problems().toString());
            assertEquals(version, engine.policyVersion());
            stop.set(true);
            assertTrue(done.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            assertFalse(seen.isEmpty());
            for (Object o : seen) assertEquals(before, o, "every verdict under load is the old rules' verdict");

            // the good edit: research minimum 2 → 3, the broken file removed; live within the timeout
            Files.delete(dir.resolve("teacher-grading.drl"));
            Files.createDirectories(dir.resolve("parameters"));
            String params = shipped("parameters/teacher.yaml");
            String edited = params.replaceFirst("(teacher\\.research-activities-per-semester-min:(?:\\n\\s+.*)*?\\n\\s+2020-01-01: \\{value: )2", "$13");
            assertFalse(edited.equals(params), "the shipped minimum was found");
            Files.writeString(dir.resolve("parameters/teacher.yaml"), edited);
            ReloadListener.Event applied = next(events);
            assertTrue(applied.applied(), applied.problems().toString());
            assertFalse(version.equals(engine.policyVersion()));
            TeacherVerdict after = engine.assess(two);
            assertEquals(Grade.INCOMPLETE, after.grade());
            assertEquals(List.of("SD-03"), after.unmet());
            assertEquals("parameters/teacher.yaml", after.overrides().get(0).file(), "the verdict names the file that decided it");
            assertEquals(64, after.overrides().get(0).sha256().length());
        }
        // closed: the watcher's thread ends (polled, bounded)
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(threadName) && t.isAlive())) {
            assertTrue(System.nanoTime() < deadline, "the watcher thread is still alive after close");
            Thread.onSpinWait();
        }
    }

    @Test
    void aFailingScenarioKeepsTheOldRules(@TempDir Path dir) throws Exception {
        // the shipped scenarios pin the minimum of 2: an unannounced change to 3 is refused, naming the cases
        BlockingQueue<ReloadListener.Event> events = new LinkedBlockingQueue<>();
        RulesWatcher.Options options = new RulesWatcher.Options(Duration.ofMillis(50), Duration.ofMillis(200), null);
        try (RulesWatcher watcher = Kaohe.watch("shandong", dir, options, events::add)) {
            String version = watcher.engine().policyVersion();
            Files.createDirectories(dir.resolve("parameters"));
            Files.writeString(dir.resolve("parameters/teacher.yaml"), shipped("parameters/teacher.yaml")
                    .replaceFirst("(teacher\\.research-activities-per-semester-min:(?:\\n\\s+.*)*?\\n\\s+2020-01-01: \\{value: )2", "$13"));
            ReloadListener.Event refused = next(events);
            assertFalse(refused.applied());
            assertTrue(refused.problems().stream().anyMatch(p -> p.file().equals("sd-03-research.yaml") && p.line() > 0
                    && p.message().contains("2 activities in the one study semester pass")), refused.problems().toString());
            assertEquals(version, watcher.engine().policyVersion());
            assertEquals(Grade.PASS, watcher.engine().assess(Dossiers.complete("T-X").build()).grade());
        }
    }
}
