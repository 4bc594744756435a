package io.kaohe.flink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import io.kaohe.Engine;
import io.kaohe.FieldError;
import io.kaohe.Json;
import io.kaohe.Kaohe;
import io.kaohe.KaoheException;
import io.kaohe.model.DossierParts;
import io.kaohe.model.Reject;
import io.kaohe.model.RubricScore;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/**
 * A teacher's dossier in keyed state, built from the events about them; after each event, the teacher is assessed on
 * the whole dossier and a verdict is emitted when the outcome (eligible, grade, unmet clauses, consequences, rules
 * revision) differs from the last one emitted.
 * <ul>
 *   <li>A late event (its entries dated before entries already held) is folded in where its dates put it: the
 *       dossier is kept in date order, so it, and its verdict, are the same whatever order the events came in.
 *       Nothing is dropped for being late: more study never lowers a verdict, and a record that arrives late is
 *       still the teacher's record.</li>
 *   <li>An event whose ID was already applied (a sender's or Kafka's redelivery) changes nothing and emits
 *       nothing; it is counted ({@code duplicateEvents}).</li>
 *   <li>An event that would make the dossier invalid is rejected, naming the field, and not kept: the dossier
 *       stays the last valid one.</li>
 * </ul>
 * The engine is looked up in {@link #open} by pack name and never serialized; the state holds the events' dossier
 * fragments as sent (interchange v1 JSON), which a savepoint keeps readable by any later Kaohe version.
 */
public final class DossierState extends KeyedProcessFunction<String, Event, String> {
    private static final long serialVersionUID = 1L;

    private final String pack;
    private final OutputTag<String> rejects;
    private transient Engine engine;
    /** The fragments applied, as sent: Json.write would mask the personal data the next assessment reads. */
    private transient ListState<String> fragments;
    private transient ValueState<String> outcome;
    private transient MapState<String, Long> applied;
    private transient Counter duplicates;

    public DossierState(String pack, OutputTag<String> rejects) {
        this.pack = pack;
        this.rejects = rejects;
    }

    @Override
    public void open(OpenContext context) {
        engine = Kaohe.pack(pack);
        fragments = getRuntimeContext().getListState(new ListStateDescriptor<>("fragments", Types.STRING));
        outcome = getRuntimeContext().getState(new ValueStateDescriptor<>("outcome", Types.STRING));
        applied = getRuntimeContext().getMapState(new MapStateDescriptor<>("applied", Types.STRING, Types.LONG));
        duplicates = getRuntimeContext().getMetricGroup().counter("duplicateEvents");
    }

    @Override
    public void processElement(Event e, Context ctx, Collector<String> out) throws Exception {
        if (applied.contains(e.eventId)) {
            duplicates.inc();
            return;
        }
        TeacherDossier fragment = Json.read(e.dossier, TeacherDossier.class);
        // the event's own errors first, named by its own paths (dossier.records[0].amount)
        List<FieldError> errors = engine.validate(fragment);
        if (!errors.isEmpty()) {
            reject(ctx, e, FieldError.join(errors, "dossier."));
            return;
        }
        TeacherDossier held = null;
        for (String f : fragments.get()) held = merge(held, Json.read(f, TeacherDossier.class));
        TeacherDossier merged = merge(held, fragment);
        errors = engine.validate(merged);
        if (!errors.isEmpty()) {
            // valid alone, not with what is held (paths of the merged dossier)
            reject(ctx, e, "with the dossier held: " + FieldError.join(errors, ""));
            return;
        }
        TeacherVerdict v;
        try {
            v = engine.assess(merged);
        } catch (KaoheException x) {
            reject(ctx, e, "$: " + x.getMessage());
            return;
        }
        fragments.add(e.dossier);
        applied.put(e.eventId, e.line);
        String now = outcomeOf(v);
        if (!now.equals(outcome.value())) {
            outcome.update(now);
            out.collect(Json.write(v));
        }
    }

    private void reject(Context ctx, Event e, String error) {
        ctx.output(rejects, Json.write(new Reject(e.line, e.teacherId, null, error)));
    }

    /** What a change of emits a verdict: not the reasons' texts (hours grow with every record), the decision. */
    static String outcomeOf(TeacherVerdict v) {
        return v.policyVersion() + "|" + v.eligible() + "|" + v.grade() + "|" + v.unmet() + "|" + Json.write(v.outcomes());
    }

    /**
     * The dossier with the event's entries added: the event's teacher (the latest profile sent), the records and
     * scores of both in date order (ties by their JSON, so the order never depends on arrival), the event's pack
     * fields over the held ones.
     */
    static TeacherDossier merge(TeacherDossier held, TeacherDossier event) {
        List<StudyRecord> records = new ArrayList<>(event.records());
        List<RubricScore> scores = new ArrayList<>(event.scores());
        DossierParts parts = event.parts();
        if (held != null) {
            records.addAll(held.records());
            scores.addAll(held.scores());
            parts = held.parts();
            for (Map.Entry<String, Object> p : event.parts().asMap().entrySet()) parts = parts.with(p.getKey(), p.getValue());
        }
        records.sort(Comparator.comparing(StudyRecord::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Json::write));
        scores.sort(Comparator.comparing(RubricScore::assessedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Json::write));
        return new TeacherDossier(event.teacher(), records, scores, null, parts);
    }
}
