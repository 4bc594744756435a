package io.kaohe.shandong;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;

/** Builds Shandong teacher dossiers for tests: one autumn semester (2021-2022-1) unless told otherwise. */
final class Dossiers {
    static final LocalDate DAY = LocalDate.of(2021, 10, 10);
    static final LocalDate SUBMITTED = LocalDate.of(2021, 12, 20);

    private final String id;
    private final List<StudyRecord> records = new ArrayList<>();
    private final List<RubricScore> scores = new ArrayList<>();

    private Dossiers(String id) { this.id = id; }

    static Dossiers teacher(String id) { return new Dossiers(id); }

    /** A teacher who meets every requirement: 25 + 25 hours, 2 activities, a review, 3 passed abilities. */
    static Dossiers complete(String id) {
        return teacher(id).online(25).practice(25).research(2).peerReview(1).abilities(Level.PASS, "A1", "B2", "C4");
    }

    Dossiers online(double hours) { return record(RecordKind.ONLINE_COURSE, hours, Unit.HOUR, DAY); }
    Dossiers practice(double hours) { return record(RecordKind.SCHOOL_PRACTICE, hours, Unit.HOUR, DAY.plusDays(1)); }
    Dossiers offline(double hours) { return record(RecordKind.OFFLINE_TRAINING, hours, Unit.HOUR, DAY.plusDays(2)); }
    Dossiers research(int count) { return count == 0 ? this : record(RecordKind.RESEARCH_ACTIVITY, count, Unit.COUNT, DAY.plusDays(3)); }
    Dossiers peerReview(int count) { return count == 0 ? this : record(RecordKind.PEER_REVIEW, count, Unit.COUNT, SUBMITTED.minusDays(1)); }

    Dossiers record(RecordKind kind, double amount, Unit unit, LocalDate date) {
        records.add(new StudyRecord(kind, new BigDecimal(Double.toString(amount)), unit, date, null));
        return this;
    }

    Dossiers record(StudyRecord r) {
        records.add(r);
        return this;
    }

    Dossiers abilities(Level level, String... codes) {
        for (String c : codes) scores.add(RubricScore.of(c, level, SUBMITTED));
        return this;
    }

    Dossiers score(RubricScore s) {
        scores.add(s);
        return this;
    }

    TeacherDossier build() {
        return new TeacherDossier(Teacher.of(id, "S-01", Stage.PRIMARY), records, scores);
    }
}
