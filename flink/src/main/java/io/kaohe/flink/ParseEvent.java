package io.kaohe.flink;

import java.util.Iterator;

import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import io.kaohe.FieldError;
import io.kaohe.InvalidInputException;
import io.kaohe.Json;
import io.kaohe.model.Reject;
import io.kaohe.model.TeacherDossier;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.json.LineParser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * Reads an event line ({@link EventJson}): the envelope here, the dossier fragment strictly with core's reader. A bad
 * event is a reject naming the field, to the side output. One operator for both, so that it runs at the source's
 * parallelism and forwards each partition's events in order. The fragment is kept as it was sent (personal data in clear, as the dossier
 * needs it to be assessed again; core's JSON writer would mask it).
 */
public final class ParseEvent extends ProcessFunction<Line, Event> {
    private static final long serialVersionUID = 1L;
    private final OutputTag<String> rejects;

    public ParseEvent(OutputTag<String> rejects) { this.rejects = rejects; }

    @Override
    public void processElement(Line line, Context ctx, Collector<Event> out) {
        Event e = read(line);
        if (e.reject == null) out.collect(e);
        else ctx.output(rejects, e.reject);
    }

    static Event read(Line line) {
        Event e = new Event();
        e.line = line.number;
        if (line.error != null) return rejected(e, "$: " + line.error);
        if (line.text == null || line.text.isBlank()) return rejected(e, "$: empty line (one JSON object per line)");
        JsonNode tree;
        // read as assess reads a line: numbers exact (as doubles, 49.9999999999999999999 was 50 and 1e-2147483649 was 0),
        // a key twice refused (the tree kept the last one), a number no decimal holds a reject naming its field
        try (JsonParser parser = KaoheJson.MAPPER.createParser(line.text)) {
            try {
                tree = KaoheJson.MAPPER.readTree(parser);
            } catch (JacksonException x) {
                return rejected(e, KaoheJson.describe(x, parser).toString());
            } catch (NumberFormatException x) {
                return rejected(e, KaoheJson.describe(LineParser.numberError(parser, x), parser).toString());
            }
        }
        if (tree == null || !tree.isObject()) return rejected(e, "$: expected a JSON object");
        for (Iterator<String> names = tree.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("eventId") && !name.equals("dossier")) return rejected(e, name + ": unknown field (eventId, dossier)");
        }
        JsonNode dossier = tree.path("dossier");
        e.teacherId = dossier.path("teacher").path("id").isString() ? dossier.path("teacher").path("id").asString() : null;
        if (!tree.path("eventId").isString() || tree.path("eventId").asString().isBlank()) {
            return rejected(e, "eventId: required, text (the sender's ID of the event)");
        }
        e.eventId = tree.path("eventId").asString();
        if (!dossier.isObject()) return rejected(e, "dossier: required, an object (interchange v1 teacher dossier)");
        String fragment = dossier.toString();
        TeacherDossier read;
        try {
            read = Json.read(fragment, TeacherDossier.class);
        } catch (InvalidInputException x) {
            return rejected(e, FieldError.join(x.errors(), "dossier."));
        }
        if (e.teacherId == null) return rejected(e, "dossier.teacher.id: required");
        // a verdict is as of the dossier's latest entry; an event cannot move that date by fiat
        if (read.asOf() != null) return rejected(e, "dossier.asOf: not allowed in an event");
        e.dossier = fragment;
        return e;
    }

    private static Event rejected(Event e, String error) {
        e.reject = Json.write(new Reject(e.line, e.teacherId, null, error));
        return e;
    }
}
