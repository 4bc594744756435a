package io.kaohe.liaoning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;

/**
 * A Liaoning test teacher, described by what matters to the rules, and the dossier it stands for.
 * Hours are in tenths, dated in the practice phase of 2023; guidance plans in November; each
 * ability's attempts are assessed from {@link #ASSESSED} on, 2 days apart, all within the cycle.
 *
 * @param asOf the dossier's assessment date (null: its latest entry)
 */
public record LnTeacher(int online, int practice, int offline, int guidancePlans, List<List<Level>> abilities, LocalDate asOf) {
    static final LocalDate ASSESSED = LocalDate.of(2023, 11, 22);
    static final List<String> CODES = List.of("A1", "A5", "A12", "B2", "B7", "C3", "C4");

    public LnTeacher {
        abilities = List.copyOf(abilities);
    }

    static BigDecimal hours(int tenths) { return BigDecimal.valueOf(tenths, 1); }

    static List<List<Level>> passed(int n) {
        List<List<Level>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(List.of(Level.PASS));
        return out;
    }

    /** 25 + 25 hours, a guidance plan, three passed abilities: PASS. */
    static LnTeacher complete() { return new LnTeacher(250, 250, 0, 1, passed(3), null); }

    static Gen<LnTeacher> any() {
        Gen<Integer> hours = integers().between(0, 400);
        Gen<List<Level>> attempts = lists().of(Generate.enumValues(Level.class)).ofSizeBetween(1, 2);
        Gen<List<List<Level>>> abilities = lists().of(attempts).ofSizeBetween(0, CODES.size() - 1);
        return r -> new LnTeacher(hours.generate(r), hours.generate(r), integers().between(0, 100).generate(r),
                integers().between(0, 2).generate(r), abilities.generate(r), null);
    }

    /** Teachers near the pass mark: hours around 25 + 25, most with a guidance plan, 2–4 abilities. */
    static Gen<LnTeacher> nearPass() {
        Gen<Integer> hours = integers().between(230, 290);
        Gen<List<Level>> attempts = lists().of(Generate.pick(List.of(Level.PASS, Level.EXCELLENT, Level.EXCELLENT, Level.FAIL)))
                .ofSizeBetween(1, 2);
        Gen<List<List<Level>>> abilities = lists().of(attempts).ofSizeBetween(2, 4);
        return r -> new LnTeacher(hours.generate(r), hours.generate(r), integers().between(0, 30).generate(r),
                integers().between(0, 3).generate(r) == 0 ? 0 : 1, abilities.generate(r), null);
    }

    LnTeacher withOnline(int add) { return new LnTeacher(online + add, practice, offline, guidancePlans, abilities, asOf); }
    LnTeacher withPractice(int add) { return new LnTeacher(online, practice + add, offline, guidancePlans, abilities, asOf); }
    LnTeacher withOffline(int add) { return new LnTeacher(online, practice, offline + add, guidancePlans, abilities, asOf); }
    LnTeacher withGuidancePlan() { return new LnTeacher(online, practice, offline, guidancePlans + 1, abilities, asOf); }
    LnTeacher asOf(LocalDate date) { return new LnTeacher(online, practice, offline, guidancePlans, abilities, date); }

    /** One more ability, assessed once at the given level; only while codes are left. */
    LnTeacher withAbility(Level level) {
        List<List<Level>> a = new ArrayList<>(abilities);
        if (a.size() < CODES.size()) a.add(List.of(level));
        return new LnTeacher(online, practice, offline, guidancePlans, a, asOf);
    }

    TeacherDossier dossier(String id) { return dossier(id, "S-01"); }

    TeacherDossier dossier(String id, String school) {
        List<StudyRecord> records = new ArrayList<>();
        if (online > 0) records.add(new StudyRecord(RecordKind.ONLINE_COURSE, hours(online), Unit.HOUR, LocalDate.of(2023, 9, 12), null));
        if (practice > 0) records.add(new StudyRecord(RecordKind.SCHOOL_PRACTICE, hours(practice), Unit.HOUR, LocalDate.of(2023, 10, 16), null));
        if (offline > 0) records.add(new StudyRecord(RecordKind.OFFLINE_TRAINING, hours(offline), Unit.HOUR, LocalDate.of(2023, 8, 22), null));
        if (guidancePlans > 0) {
            records.add(new StudyRecord(RecordKind.GUIDANCE_PLAN, BigDecimal.valueOf(guidancePlans), Unit.COUNT, LocalDate.of(2023, 11, 8), null));
        }
        List<RubricScore> scores = new ArrayList<>();
        for (int a = 0; a < abilities.size(); a++) {
            List<Level> attempts = abilities.get(a);
            for (int n = 0; n < attempts.size(); n++) {
                scores.add(new RubricScore(CODES.get(a), attempts.get(n), null, ASSESSED.plusDays(2L * n), n + 1, null));
            }
        }
        return new TeacherDossier(Teacher.of(id, school, Stage.PRIMARY), records, scores, asOf);
    }
}
