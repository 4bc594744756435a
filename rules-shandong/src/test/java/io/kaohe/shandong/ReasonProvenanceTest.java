package io.kaohe.shandong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.diff.PolicyDiff;
import io.kaohe.ReloadListener;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.RulesWatcher;
import io.kaohe.model.Grade;
import io.kaohe.model.ParameterUse;
import io.kaohe.model.Reason;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * Each reason lists every parameter its rule read, with provenance; and an edited pack's rule metadata
 * ({@code @zh}, {@code @decision}) is its own, whether built directly or hot-reloaded after the shipped pack ran.
 */
class ReasonProvenanceTest {
    private static final String SD03 = "rule \"SD-03 每学期校本教研活动 research activities each semester\"\n    @clause(\"SD-03\") @decision(\"eligibility\")";
    private static final String SD02 = "@zh(\"在线学习 {actual} 学时 {op} {min} 学时\")";

    private static String shipped(String file) throws IOException {
        try (InputStream in = ReasonProvenanceTest.class.getClassLoader().getResourceAsStream("io/kaohe/shandong/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** SD-03 a grading requirement (unmet: FAIL, no longer INCOMPLETE), SD-02's online message reworded. */
    private static String edited() throws IOException {
        String drl = shipped("teacher-eligibility.drl");
        assertTrue(drl.contains(SD03) && drl.contains(SD02), "the shipped metadata was found");
        return drl.replace(SD03, SD03.replace("eligibility", "grading")).replace(SD02, "@zh(\"在线学时 {actual}（要求 {min}）\")");
    }

    private static Reason reason(TeacherVerdict v, String rule) {
        return v.reasons().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow(() -> new AssertionError(rule));
    }

    private static final String ONLINE = "SD-02 在线学习学时 online study hours";
    /** complete but for research: one activity, under the minimum of 2 */
    private static final TeacherDossier ONE_ACTIVITY = Dossiers.teacher("T-ONE").online(25).practice(25).research(1).peerReview(1)
            .abilities(io.kaohe.model.Level.PASS, "A1", "B2", "C4").build();

    private static void assertShipped(TeacherVerdict v) {
        assertEquals(Grade.INCOMPLETE, v.grade());
        assertEquals("在线学习 25 学时 ≥ 25 学时", reason(v, ONLINE).message());
    }

    private static void assertEdited(TeacherVerdict v) {
        assertEquals(Grade.FAIL, v.grade(), "SD-03 is a grading requirement in the edited pack");
        assertEquals(List.of("SD-03"), v.unmet());
        assertEquals("在线学时 25（要求 25）", reason(v, ONLINE).message());
    }

    @Test
    void theShareOfPracticeListsTheTotalItIsAShareOf() {
        TeacherVerdict v = Kaohe.pack("shandong").assess(Dossiers.complete("T-1").build());
        Reason share = reason(v, "SD-01 实践学时占比 practice share of hours");
        assertEquals(Map.of("teacher.practice-share-min", new BigDecimal("0.5")), share.params(), "params as before");
        assertEquals(List.of(
                new ParameterUse("teacher.total-hours-min", new BigDecimal("50"), "HOUR", LocalDate.of(2020, 1, 1), "SD-01",
                        "肥教函〔2021〕2号 一：不少于 50 学时", true),
                new ParameterUse("teacher.practice-share-min", new BigDecimal("0.5"), "SHARE", LocalDate.of(2020, 1, 1), "SD-01",
                        "肥教函〔2021〕2号 一：实践应用学时不少于 50%", true)),
                share.parameters());
        // SD-03 compares with research-semesters-min (not from the source) and counts semesters by the per-semester minimum
        Reason research = reason(v, "SD-03 每学期校本教研活动 research activities each semester");
        assertEquals(List.of("teacher.research-activities-per-semester-min", "teacher.research-semesters-min"),
                research.parameters().stream().map(ParameterUse::name).toList());
        assertFalse(research.parameters().get(1).fromSource());
    }

    @Test
    void anEditedPackBuiltAfterTheShippedOneHasItsOwnMessagesAndDecisions(@TempDir Path dir) throws IOException {
        Engine shipped = Kaohe.pack("shandong");
        assertShipped(shipped.assess(ONE_ACTIVITY));
        Files.writeString(dir.resolve("teacher-eligibility.drl"), edited());
        Engine edited = Kaohe.pack("shandong", dir);
        assertEdited(edited.assess(ONE_ACTIVITY));
        assertShipped(shipped.assess(ONE_ACTIVITY)); // and the shipped pack keeps its own
        assertEdited(Kaohe.pack("shandong", dir).assess(ONE_ACTIVITY));
        // kaohe diff: the edited decision is a change of grade, the same unmet clause
        PolicyDiff.Report diff = PolicyDiff.diff(shipped, edited,
                new ByteArrayInputStream((KaoheJson.line(ONE_ACTIVITY) + "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, diff.changes().size(), diff.toString());
        assertEquals("INCOMPLETE→FAIL", diff.changes().get(0).kind());
        assertEquals(List.of("SD-03"), diff.changes().get(0).unmetAfter());
    }

    @Test
    void aHotReloadAfterTheShippedPackRanAppliesTheEditedMetadata(@TempDir Path dir, @TempDir Path office) throws Exception {
        assertShipped(Kaohe.pack("shandong").assess(ONE_ACTIVITY));
        // the office's scenario holds under both versions: a complete teacher passes
        Files.writeString(office.resolve("complete.yaml"), """
                teacher: {id: T-OFFICE, schoolId: S-1, stage: PRIMARY}
                cases:
                  - name: a complete teacher passes
                    clauses: [SD-02]
                    dossier:
                      records:
                        - {kind: ONLINE_COURSE, amount: 25, unit: HOUR, date: "2021-09-10"}
                        - {kind: SCHOOL_PRACTICE, amount: 25, unit: HOUR, date: "2021-11-20"}
                        - {kind: RESEARCH_ACTIVITY, amount: 2, unit: COUNT, date: "2021-10-15"}
                        - {kind: PEER_REVIEW, amount: 1, unit: COUNT, date: "2021-12-19"}
                      scores:
                        - {ability: A1, level: PASS, assessedOn: "2021-12-20"}
                        - {ability: B2, level: PASS, assessedOn: "2021-12-20"}
                        - {ability: C4, level: PASS, assessedOn: "2021-12-20"}
                    expect: {grade: PASS}
                """);
        BlockingQueue<ReloadListener.Event> events = new LinkedBlockingQueue<>();
        RulesWatcher.Options options = new RulesWatcher.Options(Duration.ofMillis(50), Duration.ofMillis(200), office);
        try (RulesWatcher watcher = Kaohe.watch("shandong", dir, options, events::add)) {
            Engine engine = watcher.engine();
            assertShipped(engine.assess(ONE_ACTIVITY));
            Files.writeString(dir.resolve("teacher-eligibility.drl"), edited());
            ReloadListener.Event e = events.poll(120, TimeUnit.SECONDS);
            assertNotNull(e, "a reload event");
            assertTrue(e.applied(), e.problems().toString());
            assertEdited(engine.assess(ONE_ACTIVITY));
        }
    }
}
