package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.model.Level;
import io.kaohe.model.Reason;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.model.Unit;

/** An application with a Jackson 2 BOM assesses a dossier with Kaohe (each variant's pom says which order it uses). */
class AssessTest {
    @Test
    void assessesADossierBesideItsOwnJackson2() throws Exception {
        // the application's BOM is in force: its Jackson 2 is the version it asked for, and works
        assertEquals(System.getProperty("jackson2.version"), com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        assertEquals("{\"a\":1}", new ObjectMapper().writeValueAsString(Map.of("a", 1)));
        String annotations = com.fasterxml.jackson.annotation.JsonProperty.class.getProtectionDomain().getCodeSource().getLocation().toString();

        if ("fails".equals(System.getProperty("expect"))) {
            // Jackson 3 needs a newer jackson-annotations than the Jackson 2 BOM manages: the failure this issue reported
            assertTrue(annotations.contains("jackson-annotations-" + System.getProperty("jackson2.version")), annotations);
            // Kaohe says so, and how to fix it, before Jackson fails deep inside with a NoClassDefFoundError
            io.kaohe.KaoheException t = assertThrows(io.kaohe.KaoheException.class, () -> Kaohe.pack("shandong"));
            assertTrue(t.getMessage().contains("jackson-annotations") && t.getMessage().contains("kaohe-bom")
                    && t.getMessage().contains(System.getProperty("jackson2.version")), chain(t));
            return;
        }
        assertFalse(annotations.contains("jackson-annotations-2.17"), annotations);
        Engine shandong = Kaohe.pack("shandong");
        LocalDate day = LocalDate.of(2022, 3, 1);
        Teacher teacher = Teacher.builder().id("T-0001").schoolId("S-01").stage(Stage.PRIMARY).name("李老师").build();
        TeacherVerdict v = shandong.assess(new TeacherDossier(teacher,
                List.of(StudyRecord.of(RecordKind.ONLINE_COURSE, 25, Unit.HOUR, day),
                        StudyRecord.of(RecordKind.SCHOOL_PRACTICE, 25, Unit.HOUR, day.plusMonths(2))),
                List.of(RubricScore.of("A1", Level.PASS, day.plusMonths(8)))));
        assertEquals("T-0001", v.teacherId());
        assertFalse(v.reasons().isEmpty());
        for (Reason r : v.reasons()) assertTrue(r.clause().startsWith("SD-"), r.toString());
        System.out.println("assessed with Kaohe beside Jackson " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION
                + " (" + annotations + "): " + v.grade() + ", unmet " + v.unmet());
    }

    private static String chain(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) b.append(c).append(" <- ");
        return b.toString();
    }
}
