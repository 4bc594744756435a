package io.kaohe.zhejiang;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kaohe.model.Level;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.RecordKind;
import io.kaohe.model.Role;
import io.kaohe.model.School;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;

/** Zhejiang dossiers for tests: teachers by their credits and final level, schools by staff and team. */
final class ZjDossiers {
    private ZjDossiers() {}

    static final LocalDate ASSESSED = LocalDate.of(2022, 6, 20);

    /** Online minutes, offline and practice credits (null level: no final assessment). */
    static TeacherDossier teacher(String id, String school, BigDecimal minutes, BigDecimal offline, BigDecimal practice, Level level) {
        List<StudyRecord> records = new ArrayList<>();
        if (minutes.signum() > 0) records.add(new StudyRecord(RecordKind.ONLINE_COURSE, minutes, Unit.MINUTE, LocalDate.of(2021, 10, 10), null));
        if (offline.signum() > 0) records.add(new StudyRecord(RecordKind.OFFLINE_TRAINING, offline, Unit.CREDIT, LocalDate.of(2021, 11, 6), null));
        if (practice.signum() > 0) records.add(new StudyRecord(RecordKind.SCHOOL_PRACTICE, practice, Unit.CREDIT, LocalDate.of(2022, 5, 20), null));
        return new TeacherDossier(Teacher.of(id, school, Stage.PRIMARY), records, List.of(), ASSESSED,
                FinalAssessment.parts(level == null ? null : new FinalAssessment(level, ASSESSED, "测试培训机构")));
    }

    /** A teacher whose credits are complete shortly before {@code day} and whose final assessment on {@code day} gives {@code level}. */
    static TeacherDossier completeOn(String id, String school, LocalDate day, Level level) {
        List<StudyRecord> records = List.of(
                new StudyRecord(RecordKind.ONLINE_COURSE, BigDecimal.valueOf(900), Unit.MINUTE, day.minusDays(60), null),
                new StudyRecord(RecordKind.OFFLINE_TRAINING, BigDecimal.valueOf(8), Unit.CREDIT, day.minusDays(40), null),
                new StudyRecord(RecordKind.SCHOOL_PRACTICE, BigDecimal.valueOf(25), Unit.CREDIT, day.minusDays(20), null));
        return new TeacherDossier(Teacher.of(id, school, Stage.PRIMARY), records, List.of(), null,
                FinalAssessment.parts(new FinalAssessment(level, day, "测试培训机构")));
    }

    static TeacherDossier complete(String id, String school, Level level) {
        return teacher(id, school, BigDecimal.valueOf(900), BigDecimal.valueOf(8), BigDecimal.valueOf(25), level);
    }

    /** A school in order but for what the arguments give. */
    static SchoolDossier school(String id, Integer staff, Integer team, Boolean joined, Integer classSize) {
        return new SchoolDossier(new School(id, "学校 " + id, "测试区", staff, null, List.of(Stage.PRIMARY), null, "PHASE_2"),
                team == null ? null : new ManagementTeam(team, true, null), null, null, null, null,
                io.kaohe.model.DossierParts.NONE.with("groups", List.of(new ResearchGroup("管理团队", Stage.PRIMARY, Role.MANAGER, List.of("G1", "G4")),
                        new ResearchGroup("数学组", Stage.PRIMARY, Role.TEACHER, List.of("T1", "T7"))))
                        .with("offlineClass", new OfflineClass(joined, classSize)));
    }
}
