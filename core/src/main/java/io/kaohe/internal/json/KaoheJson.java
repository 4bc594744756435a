package io.kaohe.internal.json;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.kaohe.internal.privacy.Mask;
import io.kaohe.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration of Kaohe (interchange v1): ISO dates, exact decimals written plain,
 * fields in declaration order, unknown fields rejected (a misspelt field is an error, not silently
 * ignored). Output is one line per record and byte-identical for the same input and rules.
 *
 * <p>Reading is strict, as the contract is: a value is read only from the JSON type the contract gives
 * it. Jackson's scalar coercions are off, so a number is not a name ({@code "level": 2} is not the third
 * level), nor a date ({@code "date": 18550} is not 2020-10-14), nor text ({@code "id": 0}); {@code ""} is
 * not a missing number; {@code 0} is not {@code false}; {@code -1.5} is not the whole number {@code -1};
 * {@code "25"} is not the number 25. A date is text {@code yyyy-MM-dd} only ({@link IsoDate}). A key given
 * twice in one object is an error, not "the last one wins".
 */
public final class KaoheJson {
    private KaoheJson() {}

    /** At most this many characters of a bad value are quoted in a reject: garbage input must not make huge rejects. */
    public static final int ECHO = Mask.ECHO;

    public static final JsonMapper MAPPER = configured().addModule(new FastBinding()).addModule(new FastWriting()).build();

    /** {@link #MAPPER} without {@link FastBinding}: what it must read the same as ({@code FastBindingTest}). */
    static JsonMapper withoutFastBinding() { return configured().build(); }

    private static JsonMapper.Builder configured() {
        return JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
                    .errorReportConfiguration(tools.jackson.core.ErrorReportConfiguration.builder()
                            .maxErrorTokenLength(ECHO).maxRawContentLength(0).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // no silent coercion (issue 14): each scalar only from its own JSON type
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)          // "25" → 25, "true" → true, "" → null
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)        // -1.5 → -1
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)              // 2 → the third constant
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c                // 0, 1e308, true → "0", "1e308", "true"
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .addModule(new SimpleModule("kaohe-dates").addDeserializer(LocalDate.class, new IsoDate()))
            // the packs' dossier parts: the reader is attached here, the public model names no internal type
            .addMixIn(io.kaohe.model.TeacherDossier.class, DossierMixIns.Teacher.class)
            .addMixIn(io.kaohe.model.SchoolDossier.class, DossierMixIns.School.class)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)       // {"id":"A","id":"B"}
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * A date as the contract writes it, text {@code yyyy-MM-dd} (ISO, strict: no 2022-02-30), and nothing
     * else: Jackson's own would also take an epoch day (a number) or {@code [2022, 3, 1]}.
     */
    static final class IsoDate extends StdScalarDeserializer<LocalDate> {
        IsoDate() { super(LocalDate.class); }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            String text = p.getString();
            LocalDate quick = quick(text);
            if (quick != null) return quick;
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date (yyyy-MM-dd)");
            }
        }

        /**
         * {@code text} when it is a valid date written {@code dddd-dd-dd} (ASCII digits), as the formatter would read it;
         * else null, and the formatter reads it (other years, bad dates: it and only it words those). A third of the
         * binding time of a dossier went to the formatter's general parse of every date.
         */
        static LocalDate quick(String text) {
            if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') return null;
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) return null;
            return LocalDate.of(year, month, day);
        }

        /** The ASCII digits {@code s[from, to)} as a number; -1 when one is not an ASCII digit. */
        private static int digits(String s, int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') return -1;
                n = n * 10 + (c - '0');
            }
            return n;
        }

        @Override
        public LogicalType logicalType() { return LogicalType.DateTime; }
    }

    /** Pretty-printed, for single documents people read (progress reports). */
    public static final tools.jackson.databind.ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    /** One record as one line of JSON (no line break). */
    public static String line(Object value) {
        return value == null ? MAPPER.writeValueAsString(null) : WRITERS.get(value.getClass()).writeValueAsString(value);
    }

    /**
     * One record as one line of JSON in UTF-8 (no line break): exactly the bytes of {@link #line} encoded as a
     * {@code Writer} encodes it, written by Jackson's UTF-8 generator in one pass (issue 17: encoding a ~5.7 KB verdict
     * built as a {@code String} a second time was 10% of a line).
     */
    public static byte[] bytes(Object value) {
        if (value == null) return MAPPER.writeValueAsBytes(null);
        byte[] utf8 = WRITERS.get(value.getClass()).writeValueAsBytes(value);
        // a text with a lone surrogate (JSON input may give one as an escape): Jackson's UTF-8 generator
        // writes it as an escape where a Writer's encoder writes '?'; such a record takes the text path
        return loneSurrogate(utf8) ? line(value).getBytes(StandardCharsets.UTF_8) : utf8;
    }

    /**
     * Whether Jackson escaped a lone surrogate (a backslash, {@code u}, then D800 to DFFF) in {@code utf8}: it escapes no
     * other character in that range (a pair is written as its 4-byte UTF-8 form), and a backslash of the text is written {@code \\}.
     * A byte {@code '\\'} is never part of a multi-byte UTF-8 character.
     */
    static boolean loneSurrogate(byte[] utf8) {
        int n = utf8.length;
        for (int i = 0; i + 3 < n; i++) {
            // eight bytes at a time while none is a backslash (a verdict has none, most often): a byte-by-byte scan was a
            // fifth of writing a Shandong verdict
            while (i + 8 <= n && !hasBackslash((long) LONGS.get(utf8, i))) i += 8;
            if (i + 3 >= n) break;
            if (utf8[i] != '\\') continue;
            if (utf8[i + 1] == 'u' && utf8[i + 2] == 'D') {
                byte c = utf8[i + 3];
                if (c >= '8' && c <= '9' || c >= 'A' && c <= 'F') return true;
            }
            i++;   // the escaped character
        }
        return false;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** Whether one of the eight bytes of {@code v} is {@code '\\'} (the classic test for a zero byte, after an XOR). */
    private static boolean hasBackslash(long v) {
        long x = v ^ 0x5C5C5C5C5C5C5C5CL;
        return ((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0;
    }

    /**
     * A writer per class, its serializer found once (issue 17: a verdict a line, no lookup per line). For the value's own
     * class, as the mapper's {@code writeValueAsString} finds it: the same bytes.
     */
    private static final ClassValue<tools.jackson.databind.ObjectWriter> WRITERS = new ClassValue<>() {
        @Override
        protected tools.jackson.databind.ObjectWriter computeValue(Class<?> type) { return MAPPER.writerFor(type); }
    };

    public static <T> T read(String json, Class<T> type) { return MAPPER.readValue(json, type); }

    /**
     * A dossier as input JSON, personal data in full: what a school's export carries, for what Kaohe reads back itself
     * (a stream job's state, a generated cohort), never for output. Kaohe writes national IDs and phones masked
     * everywhere else, so they are put back; the derived {@code manager} flag, not an input field, is dropped.
     */
    public static ObjectNode inputTree(io.kaohe.model.TeacherDossier d) {
        ObjectNode tree = MAPPER.valueToTree(d);
        if (d.teacher() == null || !(tree.get("teacher") instanceof ObjectNode teacher)) return tree; // no teacher: nothing masked
        teacher.remove("manager");
        if (d.teacher().nationalId() != null) teacher.put("nationalId", d.teacher().nationalId());
        if (d.teacher().phone() != null) teacher.put("phone", d.teacher().phone());
        return tree;
    }

    /** {@link #inputTree} as one line: {@code read(inputLine(d), TeacherDossier.class)} equals {@code d}. */
    public static String inputLine(io.kaohe.model.TeacherDossier d) { return MAPPER.writeValueAsString(inputTree(d)); }

    /** What a Jackson error means for a person: the field path and what is wrong, personal data masked. */
    public static FieldError describe(JacksonException e) {
        return describe(e, e.processor() instanceof JsonParser p ? p : null, null);
    }

    /**
     * As {@link #describe(JacksonException)}, with the parser that read the input: a limit exceeded (nesting depth,
     * number length) is reported without a parser, so the caller's names the field.
     */
    public static FieldError describe(JacksonException e, JsonParser parser) {
        return describe(e, parser, null);
    }

    /**
     * As {@link #describe(JacksonException)}, for a value bound from {@code tree}: the value at the error's path is
     * named as the input wrote it ({@code was the number 2}), whatever Jackson's message says.
     */
    public static FieldError describe(JacksonException e, JsonNode tree) {
        return describe(e, e.processor() instanceof JsonParser p ? p : null, tree);
    }

    private static FieldError describe(JacksonException e, JsonParser parser, JsonNode tree) {
        String path = path(e, parser);
        JsonNode given = tree == null ? null : at(tree, e);
        String msg;
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", "));
            String near = u.getKnownPropertyIds() == null ? "" : io.kaohe.internal.i18n.Names.suggestion(u.getPropertyName(),
                    u.getKnownPropertyIds().stream().map(String::valueOf).toList());
            msg = "unknown field" + near + " (known: " + known + ")";
        } else if (e instanceof InvalidNullException) {
            msg = "must not be null";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null && !sameShape(given, m.getTargetType())
                && (given != null || e instanceof InvalidFormatException)) {
            msg = mismatch(m.getTargetType(), given != null ? given
                    : KaoheJson.MAPPER.valueToTree(((InvalidFormatException) e).getValue()));
        } else if (e instanceof MismatchedInputException m) {
            msg = "wrong type: expected " + simple(m.getTargetType()) + " (" + firstLine(e.getOriginalMessage()) + ")";
        } else if (truncated(e)) {
            msg = "malformed JSON: truncated, the input ends inside the record (" + firstLine(e.getOriginalMessage()) + ")";
        } else if (e instanceof StreamConstraintsException) {
            msg = "too large to read: " + firstLine(e.getOriginalMessage());
        } else if (duplicateKey(e)) {
            msg = "duplicate key (each key at most once in an object; the record is ambiguous)";
        } else if (e instanceof StreamReadException) {
            var loc = e.getLocation();
            msg = "malformed JSON" + (loc == null ? "" : " at column " + loc.getColumnNr()) + ": " + firstLine(e.getOriginalMessage());
        } else {
            msg = firstLine(e.getOriginalMessage());
        }
        return new FieldError(path.isEmpty() ? "$" : path, Mask.scrub(msg));
    }

    /** {@link Mask#echo}. */
    public static String echo(Object value) { return Mask.echo(value); }

    /** What is wrong with {@code given} for a value of type {@code target}, the value as the input wrote it. */
    private static String mismatch(Class<?> target, JsonNode given) {
        if (given.isString() && !given.asString().isEmpty() && target.isEnum()) {
            return "unknown value " + shown(given) + " (expected one of "
                    + Arrays.stream(target.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        }
        if (given.isString() && !given.asString().isEmpty() && target != String.class) {
            return "cannot read " + shown(given) + " as " + simple(target);
        }
        return "wrong type: expected " + simple(target) + ", was " + shown(given);
    }

    /** An object for a record or map, a list for a list: what is wrong lies inside, Jackson's message says what. */
    private static boolean sameShape(JsonNode given, Class<?> target) {
        if (given == null) return false;
        return given.isObject() && (target.isRecord() || java.util.Map.class.isAssignableFrom(target))
                || given.isArray() && java.util.Collection.class.isAssignableFrom(target);
    }

    /** A value as the input wrote it, saying its JSON type where the text alone would not. */
    private static String shown(JsonNode v) {
        if (v == null || v.isMissingNode()) return "nothing";
        if (v.isNull()) return "null";
        if (v.isString()) return v.asString().isEmpty() ? "empty text \"\"" : "'" + echo(v.asString()) + "'";
        if (v.isNumber()) return "the number " + v;
        if (v.isBoolean()) return "the boolean " + v;
        return v.isArray() ? "a list" : "an object";
    }

    /** The node of {@code tree} at the path of a binding error; null when the error has no path into it. */
    private static JsonNode at(JsonNode tree, JacksonException e) {
        if (!(e instanceof DatabindException d)) return null;
        JsonNode n = tree;
        for (var ref : d.getPath()) {
            if (n == null) return null;
            if (ref.getPropertyName() != null) n = n.get(ref.getPropertyName());
            else if (ref.getIndex() >= 0) n = n.get(ref.getIndex());
            else return null;
        }
        return n;
    }

    /** A key given twice in one object ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}): Jackson has no type of its own for it. */
    private static boolean duplicateKey(JacksonException e) {
        return e instanceof StreamReadException && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate Object property");
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
        if (c == Integer.class || c == Long.class || c == int.class || c == long.class) return "a whole number";
        if (c == Boolean.class || c == boolean.class) return "true or false";
        if (List.class.isAssignableFrom(c)) return "a list";
        if (c.isEnum()) return "one of " + Arrays.toString(c.getEnumConstants());
        return c.isRecord() ? "an object" : c.getSimpleName();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        String line = (i < 0 ? s : s.substring(0, i)).trim();
        // Jackson appends where the token started, with a redacted source: noise for people
        return CONSTRAINTS.matcher(SOURCE.matcher(line).replaceAll("")).replaceAll("").trim();
    }

    /** (Compiled once: a reject's text was compiling them twice.) */
    private static final java.util.regex.Pattern SOURCE =
            java.util.regex.Pattern.compile("\\s*\\((start marker at|for \\w+ starting at) \\[Source:.*$");
    private static final java.util.regex.Pattern CONSTRAINTS = java.util.regex.Pattern.compile(", from `StreamReadConstraints[^`]*`");
}
