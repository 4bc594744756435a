package io.kaohe.shandong;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;

/**
 * A generated Shandong teacher, described by what matters to the rules, and the dossier it stands for.
 * Hours are in tenths. All hours fall in the first semester; {@code research.get(i)} activities
 * fall in semester i (only research activities make a semester count for SD-03).
 * First attempts are assessed on {@link #SUBMITTED}; reviews are dated before or after it.
 */
record TeacherSpec(int online, int practice, int offline, List<Integer> research, int reviewsBefore, int reviewsAfter,
                   List<List<Level>> abilities) {

    static final LocalDate[] SEMESTER_DAYS = {LocalDate.of(2021, 3, 10), LocalDate.of(2021, 10, 10), LocalDate.of(2022, 3, 10)};
    static final LocalDate SUBMITTED = LocalDate.of(2022, 6, 1);
    static final List<String> CODES = List.of("A1", "A5", "A12", "B2", "B7", "C3", "C4", "C6");

    TeacherSpec {
        research = List.copyOf(research);
        abilities = List.copyOf(abilities);
    }

    static BigDecimal hours(int tenths) { return BigDecimal.valueOf(tenths, 1); }

    static Gen<TeacherSpec> any() {
        Gen<Integer> hours = integers().between(0, 450);
        Gen<List<Integer>> research = lists().of(integers().between(0, 4)).ofSizeBetween(1, 3);
        Gen<Integer> reviews = integers().between(0, 2);
        Gen<List<Level>> attempts = lists().of(Generate.enumValues(Level.class)).ofSizeBetween(1, 2);
        Gen<List<List<Level>>> abilities = lists().of(attempts).ofSizeBetween(0, CODES.size() - 1);
        return r -> new TeacherSpec(hours.generate(r), hours.generate(r), integers().between(0, 150).generate(r),
                research.generate(r), reviews.generate(r), reviews.generate(r), abilities.generate(r));
    }

    /** Generated teachers near the pass mark: most requirements met, one or two short. */
    static Gen<TeacherSpec> nearPass() {
        Gen<Integer> hours = integers().between(230, 320);
        Gen<List<Integer>> research = lists().of(integers().between(1, 3)).ofSizeBetween(1, 3);
        Gen<List<Level>> attempts = lists().of(Generate.pick(List.of(Level.PASS, Level.EXCELLENT, Level.EXCELLENT, Level.FAIL)))
                .ofSizeBetween(1, 2);
        Gen<List<List<Level>>> abilities = lists().of(attempts).ofSizeBetween(2, 5);
        return r -> new TeacherSpec(hours.generate(r), hours.generate(r), integers().between(0, 40).generate(r),
                research.generate(r), integers().between(0, 1).generate(r), 0, abilities.generate(r));
    }

    /** A teacher drawn with plain {@link java.util.Random} (for bulk data outside QuickTheories). */
    static TeacherSpec random(java.util.Random r) {
        List<Integer> research = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) research.add(r.nextInt(5));
        List<List<Level>> abilities = new ArrayList<>();
        Level[] levels = Level.values();
        for (int i = 0, n = r.nextInt(CODES.size()); i < n; i++) {
            List<Level> attempts = new ArrayList<>();
            for (int k = 0, m = 1 + r.nextInt(2); k < m; k++) attempts.add(levels[r.nextInt(levels.length)]);
            abilities.add(attempts);
        }
        return new TeacherSpec(200 + r.nextInt(150), 200 + r.nextInt(150), r.nextInt(100), research, r.nextInt(3), r.nextInt(2), abilities);
    }

    TeacherSpec withOnline(int add) { return new TeacherSpec(online + add, practice, offline, research, reviewsBefore, reviewsAfter, abilities); }
    TeacherSpec withPractice(int add) { return new TeacherSpec(online, practice + add, offline, research, reviewsBefore, reviewsAfter, abilities); }
    TeacherSpec withOffline(int add) { return new TeacherSpec(online, practice, offline + add, research, reviewsBefore, reviewsAfter, abilities); }
    TeacherSpec withReviewBefore() { return new TeacherSpec(online, practice, offline, research, reviewsBefore + 1, reviewsAfter, abilities); }

    /** One more activity in semester i (any semester: no record adds an SD-03 obligation). */
    TeacherSpec withResearch(int i) {
        List<Integer> r = new ArrayList<>(research);
        r.set(i, r.get(i) + 1);
        return new TeacherSpec(online, practice, offline, r, reviewsBefore, reviewsAfter, abilities);
    }

    /** One more ability, passed (with the given level) at the first attempt. */
    TeacherSpec withAbility(Level level) {
        List<List<Level>> a = new ArrayList<>(abilities);
        a.add(List.of(level));
        return new TeacherSpec(online, practice, offline, research, reviewsBefore, reviewsAfter, a);
    }

    TeacherDossier dossier(String id) {
        List<StudyRecord> records = new ArrayList<>();
        LocalDate s0 = SEMESTER_DAYS[0];
        if (online > 0) records.add(new StudyRecord(RecordKind.ONLINE_COURSE, hours(online), Unit.HOUR, s0, null));
        if (practice > 0) records.add(new StudyRecord(RecordKind.SCHOOL_PRACTICE, hours(practice), Unit.HOUR, s0.plusDays(1), null));
        if (offline > 0) records.add(new StudyRecord(RecordKind.OFFLINE_TRAINING, hours(offline), Unit.HOUR, s0.plusDays(2), null));
        for (int i = 0; i < research.size(); i++) {
            // one record per activity, so that shuffling records is meaningful
            for (int k = 0; k < research.get(i); k++) {
                records.add(new StudyRecord(RecordKind.RESEARCH_ACTIVITY, BigDecimal.ONE, Unit.COUNT, SEMESTER_DAYS[i].plusDays(5 + k), null));
            }
        }
        for (int k = 0; k < reviewsBefore; k++) {
            records.add(new StudyRecord(RecordKind.PEER_REVIEW, BigDecimal.ONE, Unit.COUNT, SUBMITTED.minusDays(1 + k), null));
        }
        for (int k = 0; k < reviewsAfter; k++) {
            records.add(new StudyRecord(RecordKind.PEER_REVIEW, BigDecimal.ONE, Unit.COUNT, SUBMITTED.plusDays(1 + k), null));
        }
        List<RubricScore> scores = new ArrayList<>();
        for (int a = 0; a < abilities.size(); a++) {
            List<Level> attempts = abilities.get(a);
            for (int n = 0; n < attempts.size(); n++) {
                scores.add(new RubricScore(CODES.get(a), attempts.get(n), null, SUBMITTED.plusDays(20L * n), n + 1, null));
            }
        }
        return new TeacherDossier(Teacher.of(id, "S-01", Stage.PRIMARY), records, scores);
    }
}
