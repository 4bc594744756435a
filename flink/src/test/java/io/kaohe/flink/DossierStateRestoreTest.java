package io.kaohe.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.Test;

import io.kaohe.Json;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * A savepoint of the job as it was before its state became one dossier a teacher (a list state "fragments" of the
 * fragments as sent) restored into today's {@link DossierState}: the teacher's next event is assessed on everything
 * held plus the event, as if the job had never stopped. Before, the old fragments were not read and the teacher was
 * assessed on the new event alone.
 */
class DossierStateRestoreTest {
    /** The old job's state, as far as a savepoint holds it: the fragments of each teacher. */
    static final class OldState extends KeyedProcessFunction<String, Event, String> {
        private transient ListState<String> fragments;

        @Override
        public void open(OpenContext context) {
            fragments = getRuntimeContext().getListState(new ListStateDescriptor<>("fragments", Types.STRING));
        }

        @Override
        public void processElement(Event e, Context ctx, Collector<String> out) throws Exception { fragments.add(e.dossier); }
    }

    @Test
    void anOlderSavepointsFragmentsAreReadOnTheNextEvent(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String line = TestCohorts.generate(dir, "shandong", 5, 3L).stream()
                .filter(l -> { try { return Kaohe.pack("shandong").validate(Json.read(l, TeacherDossier.class)).isEmpty(); }
                               catch (RuntimeException bad) { return false; } })
                .findFirst().orElseThrow();
        List<String> events = TestCohorts.events(line);
        OperatorSubtaskState savepoint;
        try (var old = harness(new OldState())) {
            old.open();
            for (String e : events.subList(0, events.size() - 1)) old.processElement(event(e), 0);
            savepoint = old.snapshot(1, 1);
        }
        OutputTag<String> rejects = new OutputTag<>("rejects", Types.STRING);
        try (var now = harness(new DossierState("shandong", rejects))) {
            now.initializeState(savepoint);
            now.open();
            now.processElement(event(events.get(events.size() - 1)), 0);
            List<String> verdicts = now.extractOutputValues();
            assertEquals(1, verdicts.size(), "the first event after the restore writes a verdict");
            TeacherDossier whole = Json.read(line, TeacherDossier.class);
            assertEquals(KaoheJson.line(Kaohe.pack("shandong").assess(whole)), KaoheJson.line(Json.read(verdicts.get(0), TeacherVerdict.class)),
                    "assessed on every fragment held and the new one: the whole dossier");
        }
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, Event, String> harness(KeyedProcessFunction<String, Event, String> f)
            throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(f), e -> e.teacherId, Types.STRING);
    }

    private static Event event(String json) {
        EventJson e = Json.read(json, EventJson.class);
        Event out = new Event();
        out.eventId = e.eventId();
        out.teacherId = e.dossier().teacher().id();
        out.dossier = KaoheJson.MAPPER.readTree(json).get("dossier").toString(); // as sent: personal data in full
        return out;
    }
}
