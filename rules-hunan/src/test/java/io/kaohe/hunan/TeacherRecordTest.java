package io.kaohe.hunan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.stream.TeacherStream;
import io.kaohe.model.Cohort;
import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.Role;
import io.kaohe.model.RubricScore;
import io.kaohe.model.School;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;

/**
 * HN-08 (附件2 参培教师信息表): every field of the form fits the interchange teacher record, the stage
 * column maps onto the interchange enum, and the national ID and phone are masked in every output.
 */
class TeacherRecordTest {
    static final Engine ENGINE = Kaohe.pack("hunan");
    /** An invented ID with a valid GB 11643 check digit (region 439901 is no real county), and an invented mobile number. */
    static final String ID = io.kaohe.internal.privacy.NationalIds.withCheckDigit("43990119850314002");
    static final String PHONE = "13574712345";

    /** 附件2 columns: 姓名 性别 身份证号码 县(市区) 工作单位 任教学段 任教学科 联系电话. */
    static Teacher record(String id, Stage stage) {
        return Teacher.builder().id(id).name("李红梅").nationalId(ID).schoolId("S-01").stage(stage).subject("语文")
                .roles(Role.TEACHER).gender("女").county("湘阴县").phone(PHONE).build();
    }

    static TeacherDossier dossier(Teacher t, int onlineHours) {
        LocalDate day = LocalDate.of(2022, 11, 1);
        return new TeacherDossier(t, List.of(StudyRecord.of(RecordKind.ONLINE_COURSE, onlineHours, Unit.HOUR, day),
                StudyRecord.of(RecordKind.SCHOOL_PRACTICE, 50, Unit.HOUR, day)),
                List.of(RubricScore.of("SAMPLE-01", Level.PASS, day), RubricScore.of("SAMPLE-02", Level.PASS, day),
                        RubricScore.of("SAMPLE-03", Level.PASS, day)));
    }

    static void assertMasked(String out) {
        assertFalse(out.contains(ID), "national ID unmasked: " + out);
        assertFalse(out.contains(ID.substring(4, 14)), "national ID digits: " + out);
        assertFalse(out.contains(PHONE), "phone unmasked: " + out);
    }

    @Test
    void the附件2StagesAreInterchangeStages() {
        Map<String, Stage> column = Map.of("学前", Stage.PRESCHOOL, "小学", Stage.PRIMARY, "初中", Stage.JUNIOR, "高中", Stage.SENIOR);
        column.forEach((zh, stage) -> assertEquals(stage, Stage.valueOf(stage.name()), zh));
        assertTrue(ENGINE.validate(dossier(record("T-1", Stage.PRESCHOOL), 50)).isEmpty());
    }

    @Test
    void everyFieldSurvivesAJsonRoundTripAndTheIdAndPhoneAreMasked() {
        TeacherDossier d = dossier(record("T-1", Stage.JUNIOR), 50);
        String json = KaoheJson.line(d);
        assertMasked(json);
        assertTrue(json.contains("\"nationalId\":\"" + ID.substring(0, 4) + "**********" + ID.substring(14) + "\""), json);
        assertTrue(json.contains("\"phone\":\"135****2345\""), json);
        Teacher back = KaoheJson.read(json, TeacherDossier.class).teacher();
        Teacher t = d.teacher();
        assertEquals(List.of(t.name(), t.gender(), t.county(), t.schoolId(), t.stage(), t.subject()),
                List.of(back.name(), back.gender(), back.county(), back.schoolId(), back.stage(), back.subject()));
        assertMasked(t.toString());
    }

    @Test
    void verdictsRejectsAndProgressCarryNoIdOrPhone() {
        String valid = inputLine(dossier(record("T-1", Stage.JUNIOR), 50));
        String invalid = inputLine(dossier(record("T-2", Stage.JUNIOR), -5));
        assertTrue(valid.contains(ID) && valid.contains(PHONE), "the input carries them in full");
        StringWriter verdicts = new StringWriter();
        StringWriter rejects = new StringWriter();
        var counts = TeacherStream.assess(ENGINE, new java.io.ByteArrayInputStream((valid + "\n" + invalid + "\n")
                .getBytes(StandardCharsets.UTF_8)), verdicts, rejects);
        assertEquals(1, counts.verdicts());
        assertEquals(1, counts.rejects());
        assertMasked(verdicts.toString());
        assertMasked(rejects.toString());
        Cohort cohort = new Cohort("湘阴县", List.of(new School("S-01", "城关中学", "湘阴县", null, 2, List.of(Stage.JUNIOR), null, "BATCH_1")),
                List.of(dossier(record("T-1", Stage.JUNIOR), 50), dossier(record("T-2", Stage.JUNIOR), -5)), null);
        String report = KaoheJson.line(ENGINE.progress(cohort, LocalDate.of(2022, 12, 1)));
        assertTrue(report.contains("must not be negative"), "the bad dossier is a reject");
        assertMasked(report);
    }

    /** The dossier as a school's export would carry it: ID and phone in full (Kaohe only ever writes them masked). */
    static String inputLine(TeacherDossier d) {
        var tree = (tools.jackson.databind.node.ObjectNode) KaoheJson.MAPPER.valueToTree(d);
        var teacher = (tools.jackson.databind.node.ObjectNode) tree.get("teacher");
        teacher.put("nationalId", d.teacher().nationalId());
        teacher.put("phone", d.teacher().phone());
        return KaoheJson.MAPPER.writeValueAsString(tree);
    }
}
