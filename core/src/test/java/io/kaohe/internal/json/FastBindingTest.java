package io.kaohe.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.Reject;
import io.kaohe.model.Role;
import io.kaohe.model.Stage;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: the mapper binds dossiers faster (records built through a handle made once, enum names matched in the
 * parser's buffer, a part's reader found once, lines read from their bytes) and must bind exactly what the same
 * configuration without those binds: the same record for every line it accepts, an error for every line it refuses,
 * and a line read from bytes gives what the same line read as text gives, reject text included.
 */
class FastBindingTest {
    private static final JsonMapper REFERENCE = KaoheJson.withoutFastBinding();

    private static final String GOOD = "{\"teacher\":{\"id\":\"T-1\",\"name\":\"李老师\",\"schoolId\":\"S-01\",\"stage\":\"PRIMARY\","
            + "\"roles\":[\"TEACHER\",\"MANAGER\"]},\"records\":[{\"kind\":\"ONLINE_COURSE\",\"amount\":25.5,\"unit\":\"HOUR\","
            + "\"date\":\"2022-03-01\"},{\"kind\":\"RESEARCH_ACTIVITY\",\"amount\":1,\"unit\":\"COUNT\",\"date\":\"2021-11-30\","
            + "\"semester\":\"2021-2022-1\"}],\"scores\":[{\"ability\":\"A1\",\"level\":\"PASS\",\"score\":80,\"assessedOn\":\"2022-11-20\","
            + "\"attempt\":1,\"evidence\":[{\"piece\":\"教学设计\",\"level\":\"EXCELLENT\"}]}],"
            + "\"mentoring\":{\"sessions\":12,\"reportedOn\":\"2022-06-30\"}}";

    /** What each mutation puts in: JSON's own punctuation, names, enum texts in other cases, numbers, dates. */
    private static final List<String> PIECES = List.of("\"", ",", ":", "{", "}", "[", "]", "null", "0", "-1.5", "1e9", "true",
            "\"PASS\"", "\"pass\"", "\"Pass \"", "\"2022-02-30\"", "\"2022-2-3\"", "\"+2022-01-01\"", "\"id\":\"X\",",
            "\"level\":\"FAIL\",", "\"mentoring\":null,", "\"bogus\":1,", "张", " ", "\\u0041");

    @Test
    void aLineReadsTheSameFromBytesAsFromTextAndAsWithoutFastBinding() {
        QuickTheory.qt().withFixedSeed(1717L).withExamples(3000)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 4))
                .checkAssert(ops -> {
                    String line = mutate(GOOD, ops);
                    Parsed<TeacherDossier> fromBytes = LineParser.teachers().parse(new ByteLines.Line(3, line.getBytes(StandardCharsets.UTF_8)));
                    Parsed<TeacherDossier> fromText = LineParser.teachers().parse(new ByteLines.Line(3, line, null));
                    assertEquals(fromText.value(), fromBytes.value(), line);
                    assertEquals(fromText.reject(), fromBytes.reject(), line);
                    TeacherDossier reference;
                    try {
                        reference = REFERENCE.readValue(line, TeacherDossier.class);
                    } catch (JacksonException e) {
                        reference = null;
                    }
                    // (a line the reference refuses may still bind from its tree: LineParser's second chance, shared by both)
                    if (reference != null) assertEquals(reference, fromBytes.value(), line);
                });
    }

    /** Each op picks a place and an edit: delete a character, insert a piece, or repeat a stretch (duplicate keys). */
    private static String mutate(String s, List<Integer> ops) {
        StringBuilder b = new StringBuilder(s);
        for (int op : ops) {
            int at = (op >>> 3) % (b.length() + 1);
            switch (op & 3) {
                case 0 -> { if (at < b.length()) b.deleteCharAt(at); }
                case 1, 2 -> b.insert(at, PIECES.get((op >>> 2) % PIECES.size()));
                default -> {
                    int to = Math.min(b.length(), at + 1 + (op >>> 20) % 40);
                    b.insert(at, b.substring(at, to));
                }
            }
        }
        return b.toString();
    }

    @Test
    void everyEnumConstantReadsAsItselfAndOtherTextsAsJacksonReadsThem() throws Exception {
        for (Class<? extends Enum<?>> type : List.of(Stage.class, Role.class, RecordKind.class, Unit.class, Level.class)) {
            for (Enum<?> c : type.getEnumConstants()) {
                assertSame(c, KaoheJson.MAPPER.readValue("\"" + c.name() + "\"", type));
                assertNotNull(error(() -> KaoheJson.MAPPER.readValue("\"" + c.name().toLowerCase() + "\"", type)));
                for (String other : List.of(c.name().toLowerCase(), " " + c.name(), c.name() + "X", "")) {
                    String fast = error(() -> KaoheJson.MAPPER.readValue("\"" + other + "\"", type));
                    // (Jackson trims " PRIMARY" and reads it: whatever it does, the same)
                    assertEquals(error(() -> REFERENCE.readValue("\"" + other + "\"", type)), fast, other);
                }
            }
        }
    }

    /** The enum table is Jackson's answer for the configuration read with: another reader's configuration is asked again. */
    @Test
    void theEnumTableFollowsTheReadersConfiguration() throws Exception {
        var lenient = KaoheJson.MAPPER.readerFor(Level.class).with(tools.jackson.databind.cfg.EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
        for (int i = 0; i < 3; i++) {
            assertSame(Level.PASS, KaoheJson.MAPPER.readValue("\"PASS\"", Level.class));
            assertNull(lenient.readValue("\"pass\""));
            assertSame(Level.FAIL, lenient.readValue("\"FAIL\""));
        }
    }

    record Refusing(String value) {
        Refusing {
            if ("no".equals(value)) throw new IllegalArgumentException("refused: " + value);
        }
    }

    @Test
    void aCreatorThatThrowsFailsAsJacksonsOwnCallDoes() {
        JacksonException fast = assertThrows(JacksonException.class, () -> KaoheJson.MAPPER.readValue("{\"value\":\"no\"}", Refusing.class));
        JacksonException reference = assertThrows(JacksonException.class, () -> REFERENCE.readValue("{\"value\":\"no\"}", Refusing.class));
        assertEquals(reference.getClass(), fast.getClass());
        assertEquals(reference.getOriginalMessage(), fast.getOriginalMessage());
        assertEquals(new Refusing("yes"), KaoheJson.MAPPER.readValue("{\"value\":\"yes\"}", Refusing.class));
    }

    /** A part's reader is found once per configuration: a reader with another configuration reads parts as its own. */
    @Test
    void aPartReadsTheSameUnderEveryConfiguration() throws Exception {
        String line = "{\"teacher\":{\"id\":\"T-1\",\"schoolId\":\"S-01\",\"stage\":\"PRIMARY\"},\"mentoring\":{\"sessions\":2,\"reportedOn\":\"2022-06-30\",\"x\":1}}";
        var lenient = KaoheJson.MAPPER.readerFor(TeacherDossier.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (int i = 0; i < 3; i++) {
            assertThrows(JacksonException.class, () -> KaoheJson.MAPPER.readValue(line, TeacherDossier.class));
            TeacherDossier d = lenient.readValue(line);
            assertEquals(LocalDate.of(2022, 6, 30), ((io.kaohe.model.DatedPart) d.parts().asMap().get("mentoring")).dated());
        }
    }

    @Test
    void aLineIsWrittenAsTheMapperWritesIt() {
        Reject reject = new Reject(7, "T-1", null, "teacher.stage: unknown value", false);
        TeacherDossier dossier = REFERENCE.readValue(GOOD, TeacherDossier.class);
        for (Object v : new Object[] {reject, dossier, List.of(reject, reject), Map.of("a", Level.PASS), Level.FAIL, "text", 12, null}) {
            assertEquals(KaoheJson.MAPPER.writeValueAsString(v), KaoheJson.line(v));
            assertEquals(KaoheJson.MAPPER.writeValueAsString(v), KaoheJson.line(v), "the writer made for the class, used again");
        }
    }

    private interface Read {
        Object run() throws Exception;
    }

    private static String error(Read r) {
        try {
            r.run();
            return null;
        } catch (Exception e) {
            return e.getClass().getName() + ": " + (e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage());
        }
    }
}
