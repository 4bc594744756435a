package io.kaohe.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.kaohe.privacy.Mask;
import io.kaohe.validate.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration of Kaohe (interchange v1): ISO dates, exact decimals written plain,
 * fields in declaration order, unknown fields rejected (a misspelt field is an error, not silently
 * ignored). Output is one line per record and byte-identical for the same input and rules.
 */
public final class KaoheJson {
    private KaoheJson() {}

    /** At most this many characters of a bad value are quoted in a reject: garbage input must not make huge rejects. */
    public static final int ECHO = 40;

    public static final JsonMapper MAPPER = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                    .errorReportConfiguration(tools.jackson.core.ErrorReportConfiguration.builder()
                            .maxErrorTokenLength(ECHO).maxRawContentLength(0).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Pretty-printed, for single documents people read (progress reports). */
    public static final tools.jackson.databind.ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    /** One record as one line of JSON (no line break). */
    public static String line(Object value) { return MAPPER.writeValueAsString(value); }

    public static <T> T read(String json, Class<T> type) { return MAPPER.readValue(json, type); }

    /** What a Jackson error means for a person: the field path and what is wrong, personal data masked. */
    public static FieldError describe(JacksonException e) {
        return describe(e, e.processor() instanceof JsonParser p ? p : null);
    }

    /**
     * As {@link #describe(JacksonException)}, with the parser that read the input: a limit exceeded (nesting depth,
     * number length) is reported without a parser, so the caller's names the field.
     */
    public static FieldError describe(JacksonException e, JsonParser parser) {
        String path = path(e, parser);
        String msg;
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", "));
            String near = u.getKnownPropertyIds() == null ? "" : io.kaohe.params.Names.suggestion(u.getPropertyName(),
                    u.getKnownPropertyIds().stream().map(String::valueOf).toList());
            msg = "unknown field" + near + " (known: " + known + ")";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            msg = "unknown value '" + echo(f.getValue()) + "' (expected one of "
                    + Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof InvalidFormatException f) {
            msg = "cannot read '" + echo(f.getValue()) + "' as " + simple(f.getTargetType());
        } else if (e instanceof MismatchedInputException m) {
            msg = "wrong type: expected " + simple(m.getTargetType()) + " (" + firstLine(e.getOriginalMessage()) + ")";
        } else if (truncated(e)) {
            msg = "malformed JSON: truncated, the input ends inside the record (" + firstLine(e.getOriginalMessage()) + ")";
        } else if (e instanceof StreamConstraintsException) {
            msg = "too large to read: " + firstLine(e.getOriginalMessage());
        } else if (e instanceof StreamReadException) {
            var loc = e.getLocation();
            msg = "malformed JSON" + (loc == null ? "" : " at column " + loc.getColumnNr()) + ": " + firstLine(e.getOriginalMessage());
        } else {
            msg = firstLine(e.getOriginalMessage());
        }
        return new FieldError(path.isEmpty() ? "$" : path, Mask.scrub(msg));
    }

    /** A value quoted in a message: its first {@link #ECHO} characters, and how long it was when longer. */
    public static String echo(Object value) {
        String s = String.valueOf(value);
        return s.length() <= ECHO ? s : s.substring(0, ECHO) + "… (" + s.length() + " characters)";
    }

    /** At most this many steps of a path are named: a document nested 100,000 deep gives a short path. */
    private static final int MAX_PATH_STEPS = 12;

    private static String path(JacksonException e, JsonParser parser) {
        List<Object> steps = new ArrayList<>();
        if (e instanceof DatabindException d) {
            for (var ref : d.getPath()) {
                if (ref.getPropertyName() != null) steps.add(ref.getPropertyName());
                else if (ref.getIndex() >= 0) steps.add(ref.getIndex());
            }
        } else if (parser != null && !truncated(e)) {
            // (a truncated record is wrong as a whole: the field the parser stood in was complete)
            // a syntax error: where the parser stood, so the reject names the field (records[0].amount), not just "$"
            for (TokenStreamContext c = parser.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) steps.add(0, Math.max(c.getCurrentIndex(), 0));
                else if (c.currentName() != null) steps.add(0, c.currentName());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < steps.size() && i < MAX_PATH_STEPS; i++) {
            Object step = steps.get(i);
            if (step instanceof Integer n) sb.append('[').append(n).append(']');
            else sb.append(sb.length() > 0 ? "." : "").append(step);
        }
        if (steps.size() > MAX_PATH_STEPS) sb.append("…");
        return sb.toString();
    }

    /** The input ended inside a value (Jackson does not always throw its end-of-input type for it). */
    private static boolean truncated(JacksonException e) {
        return e instanceof UnexpectedEndOfInputException
                || (e instanceof StreamReadException && String.valueOf(e.getOriginalMessage()).contains("end-of-input"));
    }

    private static String simple(Class<?> c) {
        if (c == null) return "value";
        if (c == java.math.BigDecimal.class) return "a number";
        if (c == java.time.LocalDate.class) return "a date (yyyy-MM-dd)";
        if (c == String.class) return "text";
        if (List.class.isAssignableFrom(c)) return "a list";
        if (c.isEnum()) return "one of " + Arrays.toString(c.getEnumConstants());
        return c.isRecord() ? "an object" : c.getSimpleName();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        String line = (i < 0 ? s : s.substring(0, i)).trim();
        // Jackson appends where the token started, with a redacted source: noise for people
        return line.replaceAll("\\s*\\((start marker at|for \\w+ starting at) \\[Source:.*$", "")
                .replaceAll(", from `StreamReadConstraints[^`]*`", "").trim();
    }
}
