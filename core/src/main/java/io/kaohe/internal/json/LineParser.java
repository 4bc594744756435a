package io.kaohe.internal.json;

import java.util.List;

import io.kaohe.model.Reject;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.TeacherDossier;
import io.kaohe.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/** Turns a line of JSON into a record of type T or a reject naming the field. */
public final class LineParser<T> {
    private static final ObjectReader TEACHERS = KaoheJson.MAPPER.readerFor(TeacherDossier.class);
    private static final ObjectReader SCHOOLS = KaoheJson.MAPPER.readerFor(SchoolDossier.class);

    private final Class<T> type;
    private final String idPath;
    /** Made once for the type: the record's deserializer is found once, not on every line. */
    private final ObjectReader reader;

    private LineParser(Class<T> type, String idPath, ObjectReader reader) {
        this.type = type;
        this.idPath = idPath;
        this.reader = reader;
    }

    public static LineParser<TeacherDossier> teachers() { return new LineParser<>(TeacherDossier.class, "/teacher/id", TEACHERS); }

    public static LineParser<SchoolDossier> schools() { return new LineParser<>(SchoolDossier.class, "/school/id", SCHOOLS); }

    public Parsed<T> parse(ByteLines.Line line) {
        // an unreadable line (bad encoding, too long) is wrong as a whole: path "$", like every other whole-line error
        if (line.error() != null) return reject(line.number(), null, "$: " + line.error());
        if (line.blank()) return reject(line.number(), null, "$: empty line (one JSON object per line)");
        try {
            // the usual case: one pass from the bytes straight to the record (a line "null" reads as no record: see below)
            byte[] bytes = line.bytes();
            T value = bytes != null ? reader.readValue(bytes) : reader.readValue(line.text());
            if (value != null) return new Parsed<>(line.number(), value, null);
        } catch (JacksonException e) {
            // a bad line: read it again as a tree, to name the record's id and the field in the reject
        }
        // from the text, as always: a reject's column counts characters, not bytes
        String text = line.text();
        JsonNode tree;
        try (JsonParser parser = KaoheJson.MAPPER.createParser(text)) {
            try {
                tree = KaoheJson.MAPPER.readTree(parser);
            } catch (JacksonException e) {
                return reject(line.number(), null, KaoheJson.describe(e, parser).toString());
            } catch (NumberFormatException e) {
                // a number Jackson's tree cannot hold (1e2147483648: its exponent past an int) is thrown bare, not as a
                // JacksonException (the record's pass above gets it wrapped): a reject naming the field, not a failed run
                return reject(line.number(), null, KaoheJson.describe(numberError(parser, e), parser).toString());
            }
        }
        // null, a number, text, true, a list: one reject, never a record
        if (tree == null || !tree.isObject()) {
            return reject(line.number(), null, "$: expected a JSON object, was " + (tree == null ? "NULL" : tree.getNodeType()));
        }
        String id = tree.at(idPath).isString() ? tree.at(idPath).asString() : null;
        try {
            return new Parsed<>(line.number(), KaoheJson.MAPPER.treeToValue(tree, type), null);
        } catch (JacksonException e) {
            return reject(line.number(), id, KaoheJson.describe(e, tree).toString());
        }
    }

    /** Jackson's own words for a number out of range, as the error of the parser at that number. */
    static JacksonException numberError(JsonParser parser, NumberFormatException e) {
        return new tools.jackson.core.exc.StreamReadException(parser, e.getMessage(), e);
    }

    /** A reject for this parser's record type, with every field error joined. */
    public Parsed<T> reject(long line, String id, List<FieldError> errors) {
        return reject(line, id, FieldError.join(errors, ""));
    }

    public Parsed<T> reject(long line, String id, String error) {
        return reject(line, id, error, false);
    }

    /** A reject for a record a rule failed on: {@code $: rule '…' (clause …, file:line) failed: …}. */
    public Parsed<T> ruleFailure(long line, String id, io.kaohe.RuleFailureException e) {
        return reject(line, id, "$: " + e.getMessage(), true);
    }

    private Parsed<T> reject(long line, String id, String error, boolean ruleFailed) {
        // Reject masks its ID and error itself: a reject is written before validation could refuse an ID that is personal data
        Reject r = type == SchoolDossier.class ? new Reject(line, null, id, error, ruleFailed) : new Reject(line, id, null, error, ruleFailed);
        return new Parsed<>(line, null, r);
    }
}
