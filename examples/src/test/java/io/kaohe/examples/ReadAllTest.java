package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.json.Parsed;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;
import io.kaohe.InvalidInputException;

/** TeacherStream.readAll validates as assess does: it once returned a dossier with a negative amount as ok, and assess threw. */
class ReadAllTest {
    private static final Engine ENGINE = Cli.shandong();

    private static TeacherDossier dossier(String id, double onlineHours) {
        LocalDate day = LocalDate.of(2022, 3, 1);
        return new TeacherDossier(Teacher.builder().id(id).schoolId("S-01").stage(Stage.PRIMARY).build(),
                List.of(StudyRecord.of(RecordKind.ONLINE_COURSE, onlineHours, Unit.HOUR, day)),
                List.of(RubricScore.of("A1", Level.PASS, day)));
    }

    @Test
    void aNegativeAmountIsARejectNamingTheFieldAsAssessSaysIt() {
        TeacherDossier negative = dossier("T-2", -25);
        String file = KaoheJson.line(dossier("T-1", 25)) + "\n" + KaoheJson.line(negative) + "\n" + "{not json\n"
                + KaoheJson.line(dossier("T-1", 30)) + "\n";

        List<Parsed<TeacherDossier>> read = TeacherStream.readAll(ENGINE, in(file));

        assertEquals(4, read.size());
        assertTrue(read.get(0).ok());
        assertEquals(dossier("T-1", 25), read.get(0).value());
        // the negative amount: rejected with the field errors assess throws
        assertFalse(read.get(1).ok());
        InvalidInputException thrown = assertThrows(InvalidInputException.class, () -> ENGINE.assess(negative));
        assertEquals(ENGINE.validate(negative), thrown.errors());
        assertTrue(read.get(1).reject().error().startsWith("records[0].amount: "), read.get(1).reject().error());
        assertEquals("T-2", read.get(1).reject().teacherId());
        assertFalse(read.get(2).ok(), "bad JSON");
        assertEquals("teacher.id: duplicate of line 1 (each teacher once per file)", read.get(3).reject().error());
        // and every reject is the one `TeacherStream.assess` (so `kaohe assess`) writes, byte for byte
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        TeacherStream.assess(ENGINE, in(file), verdicts, rejects, 1);
        assertEquals(rejects.toString().lines().toList(),
                read.stream().filter(p -> !p.ok()).map(p -> KaoheJson.line(p.reject())).toList());
        assertEquals(1, verdicts.toString().lines().count());
    }

    @Test
    void parseAllStillReadsJsonOnly() {
        List<Parsed<TeacherDossier>> parsed = TeacherStream.parseAll(in(KaoheJson.line(dossier("T-2", -25)) + "\n"));
        assertTrue(parsed.get(0).ok(), "a readable dossier with an invalid value: parseAll does not validate");
    }

    private static ByteArrayInputStream in(String s) { return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)); }
}
