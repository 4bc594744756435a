package io.kaohe.hunan;

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
 * A generated Hunan teacher, described by what matters to the rules, and the dossier it stands for.
 * Hours are in tenths; {@code outside} records of 10 hours each lie outside the cycle (before 2020 or
 * after 2023). {@code points.get(i)} are the levels of the attempts of point {@code CODES.get(i)},
 * first to latest, a month apart from {@link #FIRST}.
 */
record TeacherSpec(Stage stage, int online, int practice, int outside, List<List<Level>> points) {

    static final LocalDate FIRST = LocalDate.of(2022, 11, 14);
    /** Kindergarten points first (SAMPLE-01 … SAMPLE-17 in the sample catalog), then the three that are not. */
    static final List<String> KINDERGARTEN = List.of("SAMPLE-01", "SAMPLE-04", "SAMPLE-08", "SAMPLE-12", "SAMPLE-17");
    static final List<String> SCHOOL_ONLY = List.of("SAMPLE-18", "SAMPLE-19", "SAMPLE-20");

    TeacherSpec {
        points = List.copyOf(points);
    }

    static BigDecimal hours(int tenths) { return BigDecimal.valueOf(tenths, 1); }

    /** Codes a teacher of this stage is assessed on: a kindergarten teacher only on kindergarten points. */
    List<String> codes() {
        if (stage == Stage.PRESCHOOL) return KINDERGARTEN;
        List<String> all = new ArrayList<>(KINDERGARTEN);
        all.addAll(SCHOOL_ONLY);
        return all;
    }

    static Gen<List<List<Level>>> attempts(int maxPoints, int maxAttempts) {
        return lists().of(lists().of(Generate.enumValues(Level.class)).ofSizeBetween(1, maxAttempts)).ofSizeBetween(0, maxPoints);
    }

    static Gen<TeacherSpec> any() {
        Gen<Integer> hours = integers().between(0, 800);
        Gen<Stage> stage = Generate.pick(List.of(Stage.PRESCHOOL, Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR));
        return r -> new TeacherSpec(stage.generate(r), hours.generate(r), hours.generate(r), integers().between(0, 2).generate(r),
                attempts(5, 4).generate(r));
    }

    /** Near the pass mark: hours around 100, three or four points, mostly passed. */
    static Gen<TeacherSpec> nearPass() {
        Gen<Integer> hours = integers().between(420, 600);
        Gen<List<List<Level>>> points = lists().of(lists().of(Generate.pick(List.of(Level.PASS, Level.EXCELLENT, Level.EXCELLENT, Level.FAIL)))
                .ofSizeBetween(1, 3)).ofSizeBetween(2, 5);
        return r -> new TeacherSpec(Generate.pick(List.of(Stage.PRESCHOOL, Stage.PRIMARY)).generate(r), hours.generate(r),
                hours.generate(r), 0, points.generate(r));
    }

    TeacherSpec withOnline(int add) { return new TeacherSpec(stage, online + add, practice, outside, points); }
    TeacherSpec withPractice(int add) { return new TeacherSpec(stage, online, practice + add, outside, points); }

    /** One more point (when a code is left), at the given level at the first attempt. */
    TeacherSpec withPoint(Level level) {
        if (points.size() >= codes().size()) return this;
        List<List<Level>> p = new ArrayList<>(points);
        p.add(List.of(level));
        return new TeacherSpec(stage, online, practice, outside, p);
    }

    /** The same teacher with only the latest attempt of every point. */
    TeacherSpec latestOnly() {
        return new TeacherSpec(stage, online, practice, outside, points.stream().map(a -> List.of(a.get(a.size() - 1))).toList());
    }

    TeacherDossier dossier(String id) {
        List<StudyRecord> records = new ArrayList<>();
        if (online > 0) records.add(new StudyRecord(RecordKind.ONLINE_COURSE, hours(online), Unit.HOUR, LocalDate.of(2022, 10, 20), null));
        if (practice > 0) records.add(new StudyRecord(RecordKind.SCHOOL_PRACTICE, hours(practice), Unit.HOUR, LocalDate.of(2022, 11, 2), null));
        for (int i = 0; i < outside; i++) {
            LocalDate day = i % 2 == 0 ? LocalDate.of(2019, 12, 31) : LocalDate.of(2024, 1, 1);
            records.add(new StudyRecord(i % 2 == 0 ? RecordKind.ONLINE_COURSE : RecordKind.SCHOOL_PRACTICE, BigDecimal.TEN, Unit.HOUR, day, null));
        }
        List<RubricScore> scores = new ArrayList<>();
        List<String> codes = codes();
        for (int p = 0; p < points.size() && p < codes.size(); p++) {
            List<Level> attempts = points.get(p);
            for (int n = 0; n < attempts.size(); n++) {
                scores.add(new RubricScore(codes.get(p), attempts.get(n), null, FIRST.plusMonths(n), n + 1, null));
            }
        }
        return new TeacherDossier(Teacher.of(id, "S-01", stage), records, scores, LocalDate.of(2023, 12, 31));
    }
}
