package io.kaohe.shandong.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kaohe.model.Cohort;
import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.School;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;

/** Teachers and cohorts for progress tests. All records fall in the spring semester of 2022. */
final class Cohorts {
    private Cohorts() {}

    /** What a test teacher did. */
    enum Kind {
        /** meets every requirement: PASS */
        PASS,
        /** every ability excellent: EXCELLENT */
        EXCELLENT,
        /** 20 online hours: INCOMPLETE, hours not passed (SD-01, SD-02) */
        SHORT_HOURS,
        /** one research activity in the semester: INCOMPLETE, practice not completed (SD-03) */
        FEW_ACTIVITIES,
        /** two abilities passed: FAIL, assessment not passed (SD-04) */
        TWO_ABILITIES
    }

    static TeacherDossier teacher(String id, String school, Kind kind) {
        List<StudyRecord> records = new ArrayList<>();
        records.add(StudyRecord.of(RecordKind.ONLINE_COURSE, kind == Kind.SHORT_HOURS ? 20 : 25, Unit.HOUR, LocalDate.of(2022, 3, 1)));
        records.add(StudyRecord.of(RecordKind.SCHOOL_PRACTICE, 25, Unit.HOUR, LocalDate.of(2022, 4, 1)));
        records.add(StudyRecord.of(RecordKind.RESEARCH_ACTIVITY, kind == Kind.FEW_ACTIVITIES ? 1 : 2, Unit.COUNT, LocalDate.of(2022, 3, 15)));
        records.add(StudyRecord.of(RecordKind.PEER_REVIEW, 1, Unit.COUNT, LocalDate.of(2022, 5, 1)));
        Level level = kind == Kind.EXCELLENT ? Level.EXCELLENT : Level.PASS;
        List<RubricScore> scores = new ArrayList<>();
        scores.add(RubricScore.of("A1", level, LocalDate.of(2022, 6, 1)));
        scores.add(RubricScore.of("B1", level, LocalDate.of(2022, 6, 1)));
        scores.add(RubricScore.of("C4", kind == Kind.TWO_ABILITIES ? Level.FAIL : level, LocalDate.of(2022, 6, 1)));
        return new TeacherDossier(Teacher.of(id, school, Stage.PRIMARY), records, scores);
    }

    static School school(String id, String batch) {
        return new School(id, "学校 " + id, "兖州区", null, null, List.of(Stage.PRIMARY), null, batch);
    }

    static School school(String id, String batch, Integer teacherCount) {
        return new School(id, "学校 " + id, "兖州区", null, teacherCount, List.of(Stage.PRIMARY), null, batch);
    }

    /** {@code n} teachers of one kind for a school, IDs {@code <school>-T<i>}. */
    static List<TeacherDossier> teachers(String school, int n, Kind kind) {
        List<TeacherDossier> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(teacher(school + "-T" + i, school, kind));
        return out;
    }

    static Cohort cohort(List<School> schools, List<TeacherDossier> teachers, Long seed) {
        return new Cohort("兖州区", schools, teachers, seed);
    }
}
