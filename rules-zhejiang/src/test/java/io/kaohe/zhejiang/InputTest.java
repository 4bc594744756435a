package io.kaohe.zhejiang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.stream.SchoolStream;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.model.Unit;
import io.kaohe.FieldError;
import io.kaohe.InvalidInputException;

/** Zhejiang input on the interchange format: units, unknown focus points, and the new shapes read back. */
class InputTest {
    static final Engine ENGINE = Kaohe.pack("zhejiang");

    @Test
    void onlineStudyInCreditsIsAnInputErrorNotAGuess() {
        TeacherDossier d = ZjDossiers.complete("T-U", "S", Level.PASS);
        List<StudyRecord> records = new java.util.ArrayList<>(d.records());
        records.set(0, new StudyRecord(RecordKind.ONLINE_COURSE, BigDecimal.valueOf(17), Unit.CREDIT, LocalDate.of(2021, 10, 10), null));
        records.add(new StudyRecord(RecordKind.SCHOOL_PRACTICE, BigDecimal.ONE, Unit.HOUR, LocalDate.of(2021, 10, 11), null));
        records.add(new StudyRecord(RecordKind.RESEARCH_ACTIVITY, BigDecimal.ONE, Unit.COUNT, LocalDate.of(2021, 10, 12), null));
        List<String> paths = ENGINE.validate(new TeacherDossier(d.teacher(), records, List.of(), d.asOf(), d.parts()))
                .stream().map(FieldError::path).toList();
        // a kind the guide does not use (RESEARCH_ACTIVITY) is accepted and not counted: no error for records[4]
        assertEquals(List.of("records[0].unit", "records[3].unit"), paths);
    }

    @Test
    void anUnknownFocusPointIsRejectedWithItsPath() {
        SchoolDossier ok = ZjDossiers.school("S-X", 80, 4, false, null);
        SchoolDossier bad = KaoheJson.read(KaoheJson.line(ok).replace("\"T7\"", "\"T10\""), SchoolDossier.class);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.assessSchools(List.of(bad)));
        assertTrue(e.getMessage().contains("[0].groups[1].focusPoints[1]: unknown focus point 'T10'"), e.getMessage());
    }

    @Test
    void teacherLinesWithAFinalAssessmentReadBackAndAssess() {
        String line = "{\"teacher\":{\"id\":\"T-J\",\"schoolId\":\"S-1\",\"stage\":\"SENIOR\"},"
                + "\"records\":[{\"kind\":\"ONLINE_COURSE\",\"amount\":15,\"unit\":\"HOUR\",\"date\":\"2022-03-01\"},"
                + "{\"kind\":\"OFFLINE_TRAINING\",\"amount\":8,\"unit\":\"CREDIT\",\"date\":\"2022-03-05\"},"
                + "{\"kind\":\"SCHOOL_PRACTICE\",\"amount\":25,\"unit\":\"CREDIT\",\"date\":\"2022-05-05\"}],"
                + "\"finalAssessment\":{\"level\":\"EXCELLENT\",\"assessedOn\":\"2022-06-10\",\"institution\":\"某机构\"}}";
        TeacherDossier d = KaoheJson.read(line, TeacherDossier.class);
        assertEquals(d, KaoheJson.read(KaoheJson.line(d), TeacherDossier.class));
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        TeacherStream.assess(ENGINE, new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)), verdicts, rejects);
        assertEquals("", rejects.toString());
        TeacherVerdict v = KaoheJson.read(verdicts.toString().trim(), TeacherVerdict.class);
        assertEquals(io.kaohe.model.Grade.EXCELLENT, v.grade());
        assertEquals(LocalDate.of(2022, 6, 10), v.assessedOn(), "the final assessment dates the dossier");
    }

    @Test
    void schoolLinesWithGroupsAndAnOfflineClassReadBackAndHaveNoTotal() {
        SchoolDossier d = ZjDossiers.school("S-J", 45, 3, true, 88);
        String line = KaoheJson.line(d);
        assertEquals(d, KaoheJson.read(line, SchoolDossier.class));
        assertTrue(line.contains("\"groups\":[{\"name\":\"管理团队\",\"stage\":\"PRIMARY\",\"audience\":\"MANAGER\",\"focusPoints\":[\"G1\",\"G4\"]}"), line);
        assertTrue(line.contains("\"offlineClass\":{\"joinedWithOthers\":true,\"classSize\":88}"), line);
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        SchoolStream.assess(ENGINE, new ByteArrayInputStream((line + "\n{\"school\":{\"id\":\"S-J\"}}\n").getBytes(StandardCharsets.UTF_8)),
                verdicts, rejects);
        assertTrue(rejects.toString().contains("duplicate"), rejects.toString());
        String out = verdicts.toString().trim();
        assertTrue(!out.contains("\"total\""), "a school without a points form has no total: " + out);
        SchoolVerdict v = KaoheJson.read(out, SchoolVerdict.class);
        assertNull(v.total());
        assertEquals(io.kaohe.model.Grade.PASS, v.grade());
        assertEquals(List.of(), v.items());
    }
}
