package io.kaohe.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kaohe.json.KaoheJson;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.Reject;
import io.kaohe.model.TeacherDossier;
import io.kaohe.privacy.Mask;
import io.kaohe.validate.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A cohort document read teacher by teacher: a teacher whose JSON does not bind (a wrong type, an unknown
 * field or value) is a reject naming {@code teachers[i].field}, and the others are assessed, as a bad line of
 * a JSON Lines file is. The engine gets every teacher at its position in the file, an unreadable one as
 * {@code null}, so its rejects already name the file's positions; {@link #merge} puts back the reason each
 * unreadable teacher was not read, by position (data, never by rewriting rendered text).
 *
 * @param unreadable the teachers that did not bind, by their position in the file
 */
record CohortFile(Cohort cohort, Map<Long, Reject> unreadable) {

    /** A cohort whose teachers all bound. */
    static CohortFile of(Cohort cohort) { return new CohortFile(cohort, Map.of()); }

    /** A cohort field outside {@code teachers} that does not bind, with the tree it was read from (to name the value). */
    static final class Unbound extends RuntimeException {
        final transient JacksonException cause;
        final transient JsonNode tree;

        Unbound(JacksonException cause, JsonNode tree) {
            super(cause);
            this.cause = cause;
            this.tree = tree;
        }
    }

    /**
     * Reads a cohort document from a parser standing on its opening brace, streaming: each element of
     * {@code teachers} is bound (or made a reject) as soon as it is read, so neither the document's text nor its
     * tree is ever held whole; what lies outside {@code teachers} must bind (it is the cohort itself).
     */
    static CohortFile read(JsonParser p) {
        ObjectNode root = KaoheJson.MAPPER.createObjectNode();
        List<TeacherDossier> all = new ArrayList<>();
        Map<Long, Reject> unreadable = new TreeMap<>();
        boolean listed = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("teachers") && value == JsonToken.START_ARRAY && !listed) {
                listed = true;
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) all.add(teacher(i, p.readValueAsTree(), unreadable));
            } else {
                root.set(name, p.readValueAsTree());
            }
        }
        if (p.nextToken() != null) throw new tools.jackson.core.exc.StreamReadException(p, "content after the end of the cohort document");
        try {
            if (root.has("teachers") && !root.get("teachers").isNull()) {
                // not a list: the whole cohort binds or fails naming "teachers"
                return of(KaoheJson.MAPPER.treeToValue(root, Cohort.class));
            }
            root.remove("teachers");
            Cohort base = KaoheJson.MAPPER.treeToValue(root, Cohort.class);
            return new CohortFile(new Cohort(base.county(), base.schools(), all, base.seed(), base.plans()), unreadable);
        } catch (JacksonException e) {
            throw new Unbound(e, root);
        }
    }

    /** Teacher {@code i} bound, or null with its reject (naming {@code teachers[i].field}) in {@code unreadable}. */
    private static TeacherDossier teacher(int i, JsonNode t, Map<Long, Reject> unreadable) {
        if (!t.isObject()) {
            unreadable.put(i + 1L, reject(i, t, new FieldError("$", "expected a teacher dossier (a JSON object), was " + t.getNodeType())));
            return null;
        }
        try {
            return KaoheJson.MAPPER.treeToValue(t, TeacherDossier.class);
        } catch (JacksonException e) {
            unreadable.put(i + 1L, reject(i, t, KaoheJson.describe(e, t)));
            return null;   // null where unreadable: the engine rejects it at the same position
        }
    }

    private static Reject reject(int i, JsonNode t, FieldError error) {
        JsonNode id = t.at("/teacher/id");
        String at = "teachers[" + i + "]";
        String msg = "$".equals(error.path()) ? at + ": " + error.message() : at + "." + error;
        return new Reject(i + 1, id.isString() ? Mask.scrub(id.asString()) : null, null, Mask.scrub(msg));
    }

    /** The engine's report, each unreadable teacher's reject saying why it was not read. */
    ProgressReport merge(ProgressReport r) {
        List<Reject> all = new ArrayList<>();
        for (Reject j : r.rejects()) all.add(unreadable.getOrDefault(j.line(), j));
        all.sort(Comparator.comparingLong(Reject::line));
        return new ProgressReport(r.pack(), r.policyVersion(), r.asOf(), r.county(), r.total(), r.batches(), r.schools(),
                r.deadlines(), r.recheck(), r.reasons(), all);
    }
}
