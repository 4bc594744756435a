package io.kaohe.internal.json;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import io.kaohe.CohortFormatException;
import io.kaohe.CohortReader;
import io.kaohe.ProgressInput;
import io.kaohe.model.Cohort;
import io.kaohe.model.Reject;
import io.kaohe.model.School;
import io.kaohe.model.TeacherDossier;
import io.kaohe.internal.privacy.Mask;
import io.kaohe.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A cohort document streamed ({@link io.kaohe.Cohorts#read}): the fields before {@code teachers} are bound when the
 * list starts, each teacher as it is walked, the fields after it once it ends. Only one teacher's tree is held at a
 * time, unless the schools come after the teachers (then the teachers are held until the schools are known).
 */
public final class CohortParser implements CohortReader {
    private static final String TEACHERS = "teachers";

    private final JsonParser parser;
    /** The document's fields outside {@code teachers}, as read so far. */
    private final ObjectNode root = KaoheJson.MAPPER.createObjectNode();
    /** Teachers read before the schools were known (schools given after the teachers); else empty. */
    private final Deque<ProgressInput.Entry> held = new ArrayDeque<>();
    /** Whether the parser stands inside the teachers list, still to be walked. */
    private boolean streaming;
    private boolean listed;
    private boolean walked;
    private Cohort header;
    private long read;

    public CohortParser(InputStream in) {
        this.parser = KaoheJson.MAPPER.createParser(in);
        try {
            JsonToken first = parser.nextToken();
            if (first == null) throw new CohortFormatException(CohortFormatException.Problem.EMPTY, 0, null);
            if (first != JsonToken.START_OBJECT) throw new CohortFormatException(CohortFormatException.Problem.NOT_AN_OBJECT, 0, null);
            readFields();
        } catch (JacksonException e) {
            throw invalid(e, KaoheJson.describe(e, parser));
        } catch (RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    /** Reads fields until the teachers list starts (once the schools are known) or the document ends. */
    private void readFields() {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals(TEACHERS) && value == JsonToken.START_ARRAY && !listed) {
                listed = true;
                if (root.has("schools")) {
                    header = bind(false);
                    streaming = true;
                    return;
                }
                // the schools come later: the teachers must wait for them
                while (parser.nextToken() != JsonToken.END_ARRAY) held.add(teacher(read++, tree()));
            } else {
                root.set(name, tree());
            }
        }
        end();
    }

    /**
     * The value at the parser as a tree. A number no decimal holds (1e2147483648: an exponent past an int) is thrown by
     * Jackson's tree as a bare NumberFormatException: it becomes the parser's error at that number, as any other bad
     * value, so the document is refused naming the field instead of ending the run with an internal error.
     */
    private JsonNode tree() {
        try {
            return parser.readValueAsTree();
        } catch (NumberFormatException e) {
            throw LineParser.numberError(parser, e);
        }
    }

    /** The document ended: nothing may follow it; the cohort's own fields bind. */
    private void end() {
        if (parser.nextToken() != null) throw new tools.jackson.core.exc.StreamReadException(parser, "content after the end of the cohort document");
        header = bind(true);
        walked = !streaming && held.isEmpty();
        streaming = false;
    }

    /**
     * The cohort's fields bound. Where one does not bind before the teachers, the rest of the document is read first
     * (teachers skipped), so the error is the one the whole document gives.
     */
    private Cohort bind(boolean whole) {
        try {
            if (root.has(TEACHERS) && !root.get(TEACHERS).isNull()) {
                // not a list: the whole cohort binds or fails naming "teachers"
                Cohort c = KaoheJson.MAPPER.treeToValue(root, Cohort.class);
                for (TeacherDossier d : c.teachers()) held.add(ProgressInput.Entry.of(d));
                return c;
            }
            ObjectNode fields = root.deepCopy();
            fields.remove(TEACHERS);
            return KaoheJson.MAPPER.treeToValue(fields, Cohort.class);
        } catch (JacksonException e) {
            if (!whole) {
                parser.skipChildren();
                streaming = false;
                readFields();   // throws for the first field that does not bind, as the whole document would
            }
            throw invalid(e, KaoheJson.describe(e, root));
        }
    }

    /** Teacher {@code i} bound, or its reject (naming {@code teachers[i].field}). */
    private static ProgressInput.Entry teacher(long i, JsonNode t) {
        if (!t.isObject()) {
            return new ProgressInput.Entry(null, reject(i, t, new FieldError("$", "expected a teacher dossier (a JSON object), was " + t.getNodeType())));
        }
        try {
            return ProgressInput.Entry.of(KaoheJson.MAPPER.treeToValue(t, TeacherDossier.class));
        } catch (JacksonException e) {
            return new ProgressInput.Entry(null, reject(i, t, KaoheJson.describe(e, t)));
        }
    }

    private static Reject reject(long i, JsonNode t, FieldError error) {
        JsonNode id = t.at("/teacher/id");
        String at = "teachers[" + i + "]";
        String msg = "$".equals(error.path()) ? at + ": " + error.message() : at + "." + error;
        return new Reject(i + 1, id.isString() ? Mask.scrub(id.asString()) : null, null, Mask.scrub(msg));
    }

    private CohortFormatException invalid(JacksonException e, FieldError what) {
        TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return new CohortFormatException(CohortFormatException.Problem.INVALID, at == null || at.getLineNr() < 1 ? 0 : at.getLineNr(), what);
    }

    @Override
    public List<School> schools() { return header.schools(); }

    @Override
    public Iterator<Entry> teachers() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (!held.isEmpty()) return true;
                if (!streaming) {
                    walked = true;
                    return false;
                }
                try {
                    if (parser.nextToken() != JsonToken.END_ARRAY) {
                        held.add(teacher(read++, tree()));
                        return true;
                    }
                    streaming = false;
                    readFields();   // what follows the teachers: plans, seed, …
                } catch (JacksonException e) {
                    throw invalid(e, KaoheJson.describe(e, parser));
                }
                return hasNext();
            }

            @Override
            public Entry next() {
                if (!hasNext()) throw new NoSuchElementException();
                return held.poll();
            }
        };
    }

    @Override
    public Map<String, Map<String, LocalDate>> plans() { return after().plans(); }

    @Override
    public Long seed() { return after().seed(); }

    @Override
    public String county() { return after().county(); }

    /** The cohort's fields, all of them: known once the teachers are walked. */
    private Cohort after() {
        if (!walked) throw new IllegalStateException("the cohort's plans, seed and county are read after its teachers");
        return header;
    }

    @Override
    public long teachersRead() { return read; }

    @Override
    public void close() { parser.close(); }
}
