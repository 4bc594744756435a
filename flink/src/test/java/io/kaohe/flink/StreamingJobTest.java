package io.kaohe.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.kaohe.Engine;
import io.kaohe.Json;
import io.kaohe.Kaohe;
import io.kaohe.model.DossierParts;
import io.kaohe.model.RubricScore;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * The streaming job on a local cluster (parallelism 2), fed from a test source: each teacher's dossier of a cohort
 * from {@code kaohe generate} cut into events (one per record, score or pack field), shuffled so that many arrive after later-dated ones
 * (late), some sent twice (duplicates), some bad. Expected: after each event, {@link Engine#assess} on the dossier
 * accumulated so far (in arrival order, duplicates and bad events left out) — and a verdict emitted exactly when its
 * outcome differs from the last one emitted for that teacher.
 */
class StreamingJobTest {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = TestCohorts.cluster();

    @TempDir
    Path dir;

    @EachPack
    void emitsTheVerdictOfTheAccumulatedDossierWhenTheOutcomeChanges(String pack) throws Exception {
        Engine engine = Kaohe.pack(pack);
        Random random = new Random(7);
        List<String> events = new ArrayList<>();
        int teachers = 0;
        for (String line : TestCohorts.generate(dir, pack, 60, 11L)) {
            if (teachers == 40 || !valid(engine, line)) continue;
            List<String> own = TestCohorts.events(line);
            Collections.shuffle(own, random);
            events.addAll(own);
            teachers++;
        }
        int late = countLate(events);
        // duplicates: one event in eight sent again later; bad: an unreadable line, an event with a negative amount
        List<String> sent = new ArrayList<>(events);
        for (int i = 0; i < events.size(); i += 8) sent.add(Math.min(sent.size(), i + 5 + random.nextInt(20)), events.get(i));
        sent.add(sent.size() / 3, "{\"eventId\": \"E-broken\", \"dossier\": {");
        String first = events.stream().filter(l -> l.contains("\"amount\":")).findFirst().orElseThrow();
        sent.add(sent.size() / 2, first.replace("\"eventId\":\"", "\"eventId\":\"bad-").replaceFirst("\"amount\":[0-9.]+", "\"amount\":-3"));
        assertTrue(late > 10, "late events: " + late);
        assertTrue(sent.size() - events.size() > 10, "duplicates and bad events");

        Expected expected = expect(engine, sent);
        assertTrue(expected.rejects.size() >= 2, "bad events expected: " + expected.rejects);

        StreamExecutionEnvironment env = TestCohorts.env(RuntimeExecutionMode.STREAMING);
        List<Line> input = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) input.add(new Line(i + 1, sent.get(i), null));
        AssessJob.Outputs out = AssessJob.streaming(env.fromData(input).setParallelism(1), pack);
        Map<String, List<String>> emitted = new TreeMap<>();
        List<String> rejects = new ArrayList<>();
        try (var it = out.verdicts().map(v -> "V" + v).union(out.rejects().map(r -> "R" + r)).executeAndCollect()) {
            it.forEachRemaining(t -> {
                if (t.charAt(0) == 'R') rejects.add(t.substring(1));
                else emitted.computeIfAbsent(Json.read(t.substring(1), TeacherVerdict.class).teacherId(), k -> new ArrayList<>()).add(t.substring(1));
            });
        }
        assertEquals(expected.rejects, rejects.stream().map(r -> Json.read(r, io.kaohe.model.Reject.class).line()).sorted().toList(),
                "rejected events " + rejects);
        assertEquals(expected.verdicts.keySet(), emitted.keySet(), "teachers with verdicts");
        for (var e : expected.verdicts.entrySet()) {
            // per teacher, in order; on a difference, say which verdict (the texts are long)
            List<String> want = e.getValue(), got = emitted.get(e.getKey());
            for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
                if (!want.get(i).equals(got.get(i))) {
                    fail(e.getKey() + ": verdict " + (i + 1) + " of " + want.size() + " differs: " + difference(want.get(i), got.get(i)));
                }
            }
            assertEquals(want.size(), got.size(), e.getKey() + ": verdicts emitted " + outcomes(got) + ", expected " + outcomes(want));
        }
        int total = emitted.values().stream().mapToInt(List::size).sum();
        assertTrue(total < events.size(), "a verdict only when the outcome changes: " + total + " of " + events.size());
    }

    /** Where two long texts part: a short window of each. */
    static String difference(String want, String got) {
        int at = 0;
        while (at < Math.min(want.length(), got.length()) && want.charAt(at) == got.charAt(at)) at++;
        int from = Math.max(0, at - 120);
        return "expected …" + want.substring(from, Math.min(want.length(), at + 120)) + "… but was …"
                + got.substring(from, Math.min(got.length(), at + 120)) + "…";
    }

    private static List<String> outcomes(List<String> verdicts) {
        return verdicts.stream().map(v -> Json.read(v, TeacherVerdict.class)).map(v -> v.grade() + "" + v.unmet()).toList();
    }

    /** The oracle: each teacher's dossier built in arrival order, assessed after every event applied. */
    private record Expected(Map<String, List<String>> verdicts, List<Long> rejects) {}

    private static Expected expect(Engine engine, List<String> sent) {
        Map<String, TeacherDossier> held = new HashMap<>();
        Map<String, String> outcome = new HashMap<>();
        Set<String> applied = new HashSet<>();
        Map<String, List<String>> verdicts = new TreeMap<>();
        List<Long> rejects = new ArrayList<>();
        long n = 0;
        for (String line : sent) {
            n++;
            EventJson e;
            try {
                e = Json.read(line, EventJson.class);
            } catch (RuntimeException bad) {
                rejects.add(n);
                continue;
            }
            if (applied.contains(e.eventId())) continue;
            TeacherDossier add = e.dossier();
            String id = add.teacher().id();
            TeacherDossier had = held.get(id);
            List<StudyRecord> records = new ArrayList<>(had == null ? List.of() : had.records());
            records.addAll(add.records());
            List<RubricScore> scores = new ArrayList<>(had == null ? List.of() : had.scores());
            scores.addAll(add.scores());
            Map<String, Object> parts = new TreeMap<>(had == null ? Map.of() : had.parts().asMap());
            parts.putAll(add.parts().asMap());
            TeacherDossier now = new TeacherDossier(add.teacher(), records, scores, null, DossierParts.of(parts));
            if (!engine.validate(add).isEmpty() || !engine.validate(now).isEmpty()) {
                rejects.add(n);
                continue;
            }
            applied.add(e.eventId());
            held.put(id, now);
            TeacherVerdict v = engine.assess(now);
            String o = v.policyVersion() + v.eligible() + v.grade() + v.unmet() + v.outcomes();
            if (!o.equals(outcome.put(id, o))) verdicts.computeIfAbsent(id, k -> new ArrayList<>()).add(Json.write(v));
        }
        return new Expected(verdicts, rejects);
    }

    private static boolean valid(Engine engine, String line) {
        try {
            return engine.validate(Json.read(line, TeacherDossier.class)).isEmpty();
        } catch (RuntimeException bad) {
            return false;
        }
    }

    /** Events dated before an earlier event of the same teacher: what arrives late. */
    private static int countLate(List<String> events) {
        Map<String, LocalDate> latest = new HashMap<>();
        int late = 0;
        for (String line : events) {
            TeacherDossier d = Json.read(line, EventJson.class).dossier();
            LocalDate date = d.referenceDate().orElse(null);
            if (date == null) continue;
            LocalDate before = latest.merge(d.teacher().id(), date, (a, b) -> a.isAfter(b) ? a : b);
            if (before.isAfter(date)) late++;
        }
        return late;
    }
}
