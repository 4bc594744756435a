package io.kaohe.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.kaohe.model.TeacherDossier;
import io.kaohe.internal.stream.TeacherStream;

/**
 * Issue 14: a line is read only as the contract writes it. No value is coerced from another JSON type (a number
 * is not a name, a date or text; "" is not a missing number; 0 is not false; -1.5 is not -1), a key given twice is
 * an error, a null element of a list is named, and a line that is not an object is one reject, never a crash.
 * Each case failed before (the value was silently coerced, the record built, or the stream threw).
 */
class StrictReadingTest {
    private static final String GOOD = "{\"teacher\":{\"id\":\"T-1\",\"schoolId\":\"S-01\",\"stage\":\"PRIMARY\","
            + "\"roles\":[\"TEACHER\"]},\"records\":[{\"kind\":\"ONLINE_COURSE\",\"amount\":25,\"unit\":\"HOUR\","
            + "\"date\":\"2022-03-01\"}],\"scores\":[{\"ability\":\"A1\",\"level\":\"PASS\",\"assessedOn\":\"2022-11-20\"}]}";

    private static Parsed<TeacherDossier> read(String line) {
        List<Parsed<TeacherDossier>> all = TeacherStream.parseAll(new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, all.size());
        return all.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"level\":\"PASS\"       | \"level\":2                  | scores[0].level: wrong type: expected one of [FAIL, PASS, EXCELLENT], was the number 2",
            "\"kind\":\"ONLINE_COURSE\"| \"kind\":0                  | records[0].kind: wrong type: expected one of",
            "\"date\":\"2022-03-01\"  | \"date\":18550               | records[0].date: wrong type: expected a date (yyyy-MM-dd), was the number 18550",
            "\"date\":\"2022-03-01\"  | \"date\":[2022,3,1]          | records[0].date: wrong type: expected a date (yyyy-MM-dd), was a list",
            "\"date\":\"2022-03-01\"  | \"date\":\"2022-03-01T08:00\"| records[0].date: cannot read '2022-03-01T08:00' as a date (yyyy-MM-dd)",
            "\"date\":\"2022-03-01\"  | \"date\":\"\"                | records[0].date: wrong type: expected a date (yyyy-MM-dd), was empty text",
            "\"id\":\"T-1\"           | \"id\":true                  | teacher.id: wrong type: expected text, was the boolean true",
            "\"id\":\"T-1\"           | \"id\":0                     | teacher.id: wrong type: expected text, was the number 0",
            "\"id\":\"T-1\"           | \"id\":1e308                 | teacher.id: wrong type: expected text, was the number",
            "\"amount\":25            | \"amount\":\"\"              | records[0].amount: wrong type: expected a number, was empty text",
            "\"amount\":25            | \"amount\":\"25\"            | records[0].amount: cannot read '25' as a number",
            "\"amount\":25            | \"amount\":true              | records[0].amount: wrong type: expected a number, was the boolean true",
            // precision − scale of this one overflowed an int: it passed the digits check, and showing it crashed the run
            "\"amount\":25            | \"amount\":1E+2147483647     | records[0].amount: ",
            "\"stage\":\"PRIMARY\"    | \"stage\":\"\"               | teacher.stage: wrong type: expected one of",
            "\"id\":\"T-1\"           | \"id\":\"A\",\"id\":\"B\"    | teacher.id: duplicate key",
            "\"roles\":[\"TEACHER\"]  | \"roles\":[null]             | teacher.roles[0]: must not be null",
            "\"records\":[{          | \"records\":[null,{          | records[0]: must not be null",
            "\"scores\":[{           | \"scores\":[null,{           | scores[0]: must not be null",
    })
    void aValueOfAnotherTypeIsRejectedNamingTheField(String from, String to, String error) {
        String line = GOOD.replace(from.strip(), to.strip());
        assertFalse(line.equals(GOOD), "the case changes the line");
        Parsed<TeacherDossier> p = read(line);
        String found = p.ok() ? validation(p.value()) : p.reject().error();
        assertTrue(found != null && found.startsWith(error.strip()), "expected '" + error.strip() + "', was: " + found);
    }

    /** Null elements bind (kept, not a crash) and validation names them. */
    private static String validation(TeacherDossier d) {
        List<io.kaohe.FieldError> errors = new io.kaohe.internal.validate.DossierValidator(
                io.kaohe.internal.pack.AbilityCatalog.load("catalog.yaml", "A1: {environment: MULTIMEDIA, name: a, verified: true}\n"), java.util.Map.of()).validate(d);
        return errors.isEmpty() ? null : errors.get(0).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "0", "-1.5", "\"text\"", "\"\"", "true", "false", "[]", "[null]", "[" + "1" + "]"})
    void aLineThatIsNotAnObjectIsOneReject(String line) {
        Parsed<TeacherDossier> p = read(line);
        assertFalse(p.ok(), line);
        assertTrue(p.reject().error().startsWith("$: expected a JSON object, was "), p.reject().error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"teacher\":{\"id\":\"T-1\"},\"teacher\":{\"id\":\"T-2\"}}", "{\"records\":[],\"records\":[]}"})
    void aKeyGivenTwiceInOneObjectIsRejected(String line) {
        Parsed<TeacherDossier> p = read(line);
        assertFalse(p.ok());
        assertTrue(p.reject().error().contains("duplicate key"), p.reject().error());
    }

    @org.junit.jupiter.api.Test
    void theGoodLineStillReads() {
        Parsed<TeacherDossier> p = read(GOOD);
        assertTrue(p.ok(), () -> p.reject().error());
        assertNotNull(p.value().teacher());
    }
}
