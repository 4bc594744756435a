package io.kaohe.flink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
import io.kaohe.InvalidInputException;
import io.kaohe.Json;
import io.kaohe.Kaohe;
import io.kaohe.KaoheException;
import io.kaohe.internal.json.KaoheJson;
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
 * The engine is looked up in {@link #open} by pack name and never serialized; the state holds the teacher's merged
 * dossier as interchange v1 JSON (unmasked: the next assessment reads it), which a savepoint keeps readable by any
 * later Kaohe version. One dossier, not the list of fragments: each event reads and writes it once, where re-reading
 * and re-merging every fragment made a teacher's n-th event cost n parses and n sorts.
 */
public final class DossierState extends KeyedProcessFunction<String, Event, String> {
    private static final long serialVersionUID = 1L;

    private final String pack;
    private final OutputTag<String> rejects;
    private transient Engine engine;
    /** The merged dossier as input JSON ({@link KaoheJson#inputLine}: every other writer masks the personal data the next assessment reads). */
    private transient ValueState<String> dossier;
    /**
     * What savepoints taken before the state was one dossier hold: the fragments as sent. Read once, on the teacher's
     * next event, merged as they were then, and cleared when the merged dossier is written: none of it is lost.
     */
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
        dossier = getRuntimeContext().getState(new ValueStateDescriptor<>("dossier", Types.STRING));
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
        String held = dossier.value();
        TeacherDossier merged = merge(held != null ? KaoheJson.read(held, TeacherDossier.class) : fromFragments(), fragment);
        TeacherVerdict v;
        try {
            v = engine.assess(merged); // validates the merged dossier first
        } catch (InvalidInputException x) {
            // valid alone, not with what is held (paths of the merged dossier)
            reject(ctx, e, "with the dossier held: " + FieldError.join(x.errors(), ""));
            return;
        } catch (KaoheException x) {
            reject(ctx, e, "$: " + x.getMessage());
            return;
        }
        dossier.update(KaoheJson.inputLine(merged));
        fragments.clear();
        applied.put(e.eventId, e.line);
        String now = outcomeOf(v);
        if (!now.equals(outcome.value())) {
            outcome.update(now);
            out.collect(Json.write(v));
        }
    }

    /** The dossier of an older savepoint's fragments, or null (none: a new teacher). */
    private TeacherDossier fromFragments() throws Exception {
        TeacherDossier held = null;
        Iterable<String> old = fragments.get();
        if (old != null) for (String f : old) held = merge(held, Json.read(f, TeacherDossier.class));
        return held;
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
     * fields over the held ones. Merging the held merged dossier with an event gives what merging every fragment in
     * turn gave: both are the same entries in the same total order.
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
        return new TeacherDossier(event.teacher(), sorted(records, StudyRecord::date), sorted(scores, RubricScore::assessedOn), null, parts);
    }

    /** By date, then by JSON, each entry written out once (not once per comparison). */
    private static <T> List<T> sorted(List<T> entries, Function<T, LocalDate> date) {
        Map<T, String> json = new IdentityHashMap<>();
        for (T t : entries) json.put(t, Json.write(t));
        List<T> out = new ArrayList<>(entries);
        out.sort(Comparator.comparing(date, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(json::get));
        return out;
    }
}
