package io.kaohe.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.annotation.JsonCreator;

import io.kaohe.FieldError;
import tools.jackson.core.JacksonException;

/**
 * The parts reader reaches the dossiers only through the mapper's mix-ins (issue 16: no cycle model → internal.json):
 * a mix-in whose signature no longer matches the creator would be dropped by Jackson without a word.
 */
class DossierMixInsTest {

    @ParameterizedTest
    @CsvSource({"io.kaohe.model.TeacherDossier, io.kaohe.internal.json.DossierMixIns$Teacher",
            "io.kaohe.model.SchoolDossier, io.kaohe.internal.json.DossierMixIns$School"})
    void eachMixInMethodIsTheCreatorOfItsDossier(Class<?> target, Class<?> mixIn) throws Exception {
        assertEquals(mixIn, KaoheJson.MAPPER.serializationConfig().findMixInClassFor(target), "registered on the mapper");
        Method[] methods = Arrays.stream(mixIn.getDeclaredMethods()).filter(m -> !m.isSynthetic()).toArray(Method[]::new);
        assertEquals(1, methods.length);
        Method m = methods[0];
        assertTrue(Modifier.isStatic(m.getModifiers()));
        Method creator = target.getDeclaredMethod(m.getName(), m.getParameterTypes());
        assertTrue(creator.isAnnotationPresent(JsonCreator.class), creator.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "io.kaohe.model.SchoolDossier  | school  | parts | {}   | abilities, cohort, items, plans, school, team",
            "io.kaohe.model.SchoolDossier  | school  | bogus | null | abilities, cohort, items, plans, school, team",
            "io.kaohe.model.SchoolDossier  | school  | bogus | {}   | abilities, cohort, items, plans, school, team",
            "io.kaohe.model.TeacherDossier | teacher | parts | {}   | asOf, mentoring, records, scores, teacher",
            "io.kaohe.model.TeacherDossier | teacher | bogus | null | asOf, mentoring, records, scores, teacher"})
    void aFieldNoPackDeclaresIsUnknown(Class<?> type, String holder, String field, String value, String known) {
        JacksonException e = assertThrows(JacksonException.class,
                () -> KaoheJson.read("{\"" + holder + "\":{\"id\":\"X-1\"},\"" + field + "\":" + value + "}", type));
        FieldError f = KaoheJson.describe(e);
        assertEquals(field, f.path());
        assertEquals("unknown field (known: " + known + ")", f.message());
    }
}
