package io.kaohe.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaohe.json.KaoheJson;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.Reject;
import io.kaohe.model.TeacherDossier;
import io.kaohe.privacy.Mask;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A cohort document read teacher by teacher: a teacher whose JSON does not bind (a wrong type, an unknown
 * field or value) is a reject naming {@code teachers[i].field}, and the others are assessed, as a bad line of
 * a JSON Lines file is. The engine sees only the teachers that bind; {@link #merge} puts its rejects back
 * under the teachers' positions in the file.
 *
 * @param index position in the file of each teacher of {@code cohort}
 */
record CohortFile(Cohort cohort, int[] index, List<Reject> unreadable) {
    private static final Pattern TEACHER = Pattern.compile("teachers\\[(\\d+)\\]");

    /**
     * Reads a cohort document from a parser standing on its opening brace, streaming: each element of
     * {@code teachers} is bound (or rejected) as soon as it is read, so neither the document's text nor its tree
     * is ever held whole; what lies outside {@code teachers} must bind (it is the cohort itself).
     */
    static CohortFile read(JsonParser p) {
        ObjectNode root = KaoheJson.MAPPER.createObjectNode();
        List<TeacherDossier> good = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        List<Reject> unreadable = new ArrayList<>();
        boolean listed = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("teachers") && value == JsonToken.START_ARRAY && !listed) {
                listed = true;
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) teacher(i, p.readValueAsTree(), good, index, unreadable);
            } else {
                root.set(name, p.readValueAsTree());
            }
        }
        if (p.nextToken() != null) throw new tools.jackson.core.exc.StreamReadException(p, "content after the end of the cohort document");
        if (root.has("teachers") && !root.get("teachers").isNull()) {
            // not a list: the whole cohort binds or fails naming "teachers"
            Cohort whole = KaoheJson.MAPPER.treeToValue(root, Cohort.class);
            return new CohortFile(whole, java.util.stream.IntStream.range(0, whole.teachers().size()).toArray(), List.of());
        }
        root.remove("teachers");
        Cohort base = KaoheJson.MAPPER.treeToValue(root, Cohort.class);
        Cohort cohort = new Cohort(base.county(), base.schools(), good, base.seed(), base.plans());
        return new CohortFile(cohort, index.stream().mapToInt(Integer::intValue).toArray(), unreadable);
    }

    /** Binds teacher {@code i}, or makes it a reject naming {@code teachers[i].field}. */
    private static void teacher(int i, JsonNode t, List<TeacherDossier> good, List<Integer> index, List<Reject> unreadable) {
        try {
            if (!t.isObject()) throw new IllegalArgumentException("$: expected a teacher dossier (a JSON object), was " + t.getNodeType());
            good.add(KaoheJson.MAPPER.treeToValue(t, TeacherDossier.class));
            index.add(i);
        } catch (JacksonException e) {
            unreadable.add(reject(i, t, KaoheJson.describe(e).toString()));
        } catch (IllegalArgumentException e) {
            unreadable.add(reject(i, t, e.getMessage()));
        }
    }

    private static Reject reject(int i, JsonNode t, String error) {
        JsonNode id = t.at("/teacher/id");
        String at = "teachers[" + i + "]";
        String msg = error.startsWith("$: ") ? at + ": " + error.substring(3) : at + "." + error;
        return new Reject(i + 1, id.isString() ? Mask.scrub(id.asString()) : null, null, Mask.scrub(msg));
    }

    /** The engine's report with its rejects renumbered to the file's positions and the unreadable teachers added, by line. */
    ProgressReport merge(ProgressReport r) {
        List<Reject> all = new ArrayList<>(unreadable);
        for (Reject j : r.rejects()) {
            Matcher m = TEACHER.matcher(j.error());
            StringBuilder sb = new StringBuilder();
            while (m.find()) m.appendReplacement(sb, "teachers[" + index[Integer.parseInt(m.group(1))] + "]");
            m.appendTail(sb);
            all.add(new Reject(index[(int) j.line() - 1] + 1, j.teacherId(), j.schoolId(), sb.toString()));
        }
        all.sort(Comparator.comparingLong(Reject::line));
        return new ProgressReport(r.pack(), r.policyVersion(), r.asOf(), r.county(), r.total(), r.batches(), r.schools(),
                r.deadlines(), r.recheck(), r.reasons(), all);
    }
}
