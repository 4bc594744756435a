package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Kaohe;
import io.kaohe.ReloadListener;
import io.kaohe.RulesWatcher;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * Issue 15 item 4, as a service and an officer live it: a service started on an edit that fails its scenarios comes
 * up on the shipped rules, says why (listener and status), and switches once the officer fixes the scenarios with
 * {@code kaohe test --update --yes}; a threshold copied in together with its scenarios is one change.
 */
class WatchStartTest {
    private static final long TIMEOUT_S = 120;
    /** 27 online hours: enough under the shipped 25, not under 30. */
    private static final String TEACHER = """
            {"teacher":{"id":"T-27","schoolId":"S-01","stage":"PRIMARY"},"records":[
             {"kind":"ONLINE_COURSE","amount":27,"unit":"HOUR","date":"2021-10-10"},
             {"kind":"SCHOOL_PRACTICE","amount":25,"unit":"HOUR","date":"2021-11-20"},
             {"kind":"RESEARCH_ACTIVITY","amount":2,"unit":"COUNT","date":"2021-10-15"},
             {"kind":"PEER_REVIEW","amount":1,"unit":"COUNT","date":"2021-12-10"}],
             "scores":[{"ability":"A1","level":"PASS","assessedOn":"2021-12-20"},{"ability":"B2","level":"PASS","assessedOn":"2021-12-20"},
             {"ability":"C4","level":"PASS","assessedOn":"2021-12-20"}]}""".replace("\n", "");

    private static TeacherVerdict assess(RulesWatcher w) {
        return w.engine().assess(KaoheJson.read(TEACHER, TeacherDossier.class));
    }

    /** The service runs the shipped rules (the edit refused): their version, their verdict; its status. */
    private static RulesWatcher.Status upOnTheShippedRules(RulesWatcher service) {
        assertEquals(Kaohe.pack("shandong").policyVersion(), service.engine().policyVersion());
        assertEquals("PASS", assess(service).grade().name());
        RulesWatcher.Status s = service.status();
        assertEquals(RulesWatcher.Source.SHIPPED, s.source());
        return s;
    }

    @Test
    void aServiceComesUpOnTheShippedRulesAndSwitchesWhenTheEditIsFixed(@TempDir Path rules) throws Exception {
        TestUpdateTest.raiseOnlineHours(rules); // 25 → 30, the shipped scenarios not updated: they fail
        BlockingQueue<ReloadListener.Event> events = new LinkedBlockingQueue<>();
        var options = new RulesWatcher.Options(Duration.ofMillis(100), Duration.ofMillis(500), null);
        try (RulesWatcher service = Kaohe.watch("shandong", rules, options, events::add)) {
            // up, on the shipped rules, saying why
            RulesWatcher.Status s = upOnTheShippedRules(service);
            assertFalse(s.upToDate());
            assertTrue(s.problems().stream().anyMatch(p -> p.file().equals("sd-01-02-hours.yaml") && p.line() > 0), s.toString());
            ReloadListener.Event refused = events.poll(TIMEOUT_S, TimeUnit.SECONDS);
            assertNotNull(refused);
            assertFalse(refused.applied());
            assertEquals(s.problems(), refused.problems());

            // the officer fixes the scenarios; the service takes the directory whole once it is quiet
            Cli.Result update = Cli.run("test", "--pack", "shandong", "--rules-dir", rules, "--update", "--yes");
            assertEquals(0, update.exit(), update::toString);
            ReloadListener.Event applied = events.poll(TIMEOUT_S, TimeUnit.SECONDS);
            assertNotNull(applied, "switched within " + TIMEOUT_S + " s");
            assertTrue(applied.applied(), applied.problems().toString());
            RulesWatcher.Status now = service.status();
            assertEquals(RulesWatcher.Source.RULES_DIR, now.source());
            assertTrue(now.upToDate(), now.toString());
            assertEquals(applied.policyVersion(), now.policyVersion());
            assertTrue(now.activatedAt().isAfter(s.activatedAt()) || now.activatedAt().equals(s.activatedAt()));
            TeacherVerdict v = assess(service);
            assertEquals("INCOMPLETE", v.grade().name());
            assertEquals(java.util.List.of("SD-02"), v.unmet());
        }
    }

    /**
     * A condition the executable model evaluates while it builds the rules, and that throws: the build fails as a
     * rules problem at the rule's line (before, a raw NumberFormatException), so a service comes up on the shipped
     * rules and says where.
     */
    @Test
    void aConditionThatThrowsWhenBuiltNeverReplacesWorkingRules(@TempDir Path rules) throws Exception {
        String pattern = "    $t : TeacherFacts()\nthen\n    java.math.BigDecimal per";
        String drl = CheckCommandTest.shipped(CheckCommandTest.DRL);
        assertTrue(drl.contains(pattern));
        String edited = drl.replace(pattern, pattern.replace("\nthen", "\n    eval( Integer.parseInt(\"boom\") > 0 )\nthen"));
        Files.writeString(rules.resolve(CheckCommandTest.DRL), edited);
        int line = CheckCommandTest.lineOf(edited, "rule \"SD-03 ");
        BlockingQueue<ReloadListener.Event> events = new LinkedBlockingQueue<>();
        var options = new RulesWatcher.Options(Duration.ofMillis(100), Duration.ofMillis(500), null);
        try (RulesWatcher service = Kaohe.watch("shandong", rules, options, events::add)) {
            RulesWatcher.Status s = upOnTheShippedRules(service);
            assertTrue(s.problems().stream().anyMatch(p -> p.file().equals(CheckCommandTest.DRL) && p.line() == line
                    && p.message().contains("fails when the rules are built: NumberFormatException")), s.toString());
        }
    }

    @Test
    void aThresholdAndItsScenariosCopiedInTogetherAreOneChange(@TempDir Path work) throws Exception {
        Path staging = Files.createDirectories(work.resolve("staging"));
        Path live = Files.createDirectories(work.resolve("live"));
        TestUpdateTest.raiseOnlineHours(staging);
        assertEquals(0, Cli.run("test", "--pack", "shandong", "--rules-dir", staging, "--update", "--yes").exit());

        BlockingQueue<ReloadListener.Event> events = new LinkedBlockingQueue<>();
        var options = new RulesWatcher.Options(Duration.ofMillis(100), Duration.ofMillis(1500), null);
        try (RulesWatcher service = Kaohe.watch("shandong", live, options, events::add)) {
            assertTrue(service.status().upToDate(), "an empty directory: the shipped rules, and nothing to report");
            String before = service.engine().policyVersion();
            // the parameter first, the scenarios a moment later: neither alone is checked
            Files.createDirectories(live.resolve("parameters"));
            Files.copy(staging.resolve("parameters/teacher.yaml"), live.resolve("parameters/teacher.yaml"), StandardCopyOption.REPLACE_EXISTING);
            Thread.sleep(300);
            assertTrue(service.status().pending(), "a change is seen and waits for quiet");
            Files.createDirectories(live.resolve("scenarios"));
            try (var files = Files.list(staging.resolve("scenarios"))) {
                for (Path f : files.toList()) Files.copy(f, live.resolve("scenarios").resolve(f.getFileName()));
            }
            ReloadListener.Event e = events.poll(TIMEOUT_S, TimeUnit.SECONDS);
            assertNotNull(e);
            assertTrue(e.applied(), "one change, accepted whole: " + e.problems());
            assertNull(events.poll(2, TimeUnit.SECONDS), "no other reload");
            assertFalse(before.equals(service.engine().policyVersion()));
            assertEquals("INCOMPLETE", assess(service).grade().name());
        }
    }
}
