package io.kaohe.hunan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.Role;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;
import io.kaohe.spi.CohortGenerator;
import io.kaohe.spi.Invented;

/**
 * Invents Hunan teachers: an invented county (no real people, schools or ID numbers) of five schools in the
 * pilot and both batches, with the 附件2 fields (gender, county, a few phones). The evaluation points are the
 * pack's SAMPLE catalog. The bundled sample (written by the examples' {@code HunanSamples}) and
 * {@code kaohe generate} both use it; only {@link Random} draws decide anything, so a seed gives the same teachers.
 */
public final class HunanTeachers {
    public static final String COUNTY = "资江县";
    /** The day the sample is reported on: re-assessments of batch 1 fall before it. */
    public static final LocalDate AS_OF = LocalDate.of(2023, 2, 20);

    /** What the generator aims at for a teacher; the verdict is the engine's, never this. */
    enum Profile { COMPLETE, EXCELLENT, SHORT_HOURS, FAILED_POINT, REASSESSED_PASS, REASSESSED_FAIL, OUTSIDE_CYCLE, WRONG_STAGE_POINT }

    private static final int[] WEIGHTS = {52, 12, 8, 7, 10, 3, 4, 4};
    private static final List<String> KINDERGARTEN_POINTS = points(1, 17);
    private static final List<String> ALL_POINTS = points(1, 20);

    public record Plan(String id, String name, Stage stage, String batch, int teachers, int team, boolean principalLeads, List<String> subjects) {
        /** The same school under another ID (a numbered copy in a synthetic cohort). */
        public Plan renamed(String newId) { return new Plan(newId, name, stage, batch, teachers, team, principalLeads, subjects); }
    }

    public static final List<Plan> SCHOOLS = List.of(
            new Plan("S-01", "资江县试点中学", Stage.JUNIOR, "PILOT", 24, 4, true, List.of("语文", "数学", "英语", "物理", "历史", "信息技术")),
            new Plan("S-02", "资江县第一中学", Stage.SENIOR, "BATCH_1", 46, 5, true, List.of("语文", "数学", "英语", "物理", "化学", "生物", "地理", "信息技术")),
            new Plan("S-03", "资江县实验幼儿园", Stage.PRESCHOOL, "BATCH_1", 16, 3, true, List.of("学前教育")),
            new Plan("S-04", "资江县城关小学", Stage.PRIMARY, "BATCH_1", 30, 2, true, List.of("语文", "数学", "英语", "科学", "音乐", "美术")),
            new Plan("S-05", "资江县桥头镇中学", Stage.JUNIOR, "BATCH_2", 22, 6, true, List.of("语文", "数学", "英语", "道德与法治")));

    private final Random rng;

    public HunanTeachers(long seed) { rng = new Random(seed); }

    /** {@code kaohe generate}: the sample's teachers, any seed, over numbered copies of the sample's schools. */
    static CohortGenerator generator() {
        return new CohortGenerator("T-", seed -> {
            HunanTeachers gen = new HunanTeachers(seed);
            return Invented.spread(SCHOOLS, Plan::teachers, Plan::renamed, (s, id, i) -> gen.dossier(s, id, i < s.team()));
        });
    }

    public TeacherDossier dossier(Plan s, String id, boolean manager) {
        boolean pilot = s.batch().equals("PILOT");
        // the pilot school led the way: nearly all through, some after a re-assessment
        Profile p = s.batch().equals("BATCH_2") ? null : pilot ? pilotProfile() : profile();
        if (s.stage() != Stage.PRESCHOOL && p == Profile.WRONG_STAGE_POINT) p = Profile.COMPLETE;
        LocalDate from = pilot ? LocalDate.of(2021, 3, 1) : s.batch().equals("BATCH_1") ? LocalDate.of(2022, 10, 8) : LocalDate.of(2023, 1, 4);
        LocalDate to = pilot ? LocalDate.of(2021, 11, 30) : s.batch().equals("BATCH_1") ? LocalDate.of(2022, 12, 20) : LocalDate.of(2023, 2, 17);
        List<StudyRecord> records = new ArrayList<>();
        List<RubricScore> scores = new ArrayList<>();
        if (p == null) {
            // batch 2 starts in April 2023: by the demo's date some have begun their online courses
            if (rng.nextInt(100) < 40) records.add(hours(RecordKind.ONLINE_COURSE, 10 + rng.nextInt(21), day(from, to)));
        } else {
            int total = p == Profile.SHORT_HOURS ? 85 + rng.nextInt(15) : 100 + rng.nextInt(25);
            int online = total * (35 + rng.nextInt(35)) / 100;
            if (p == Profile.OUTSIDE_CYCLE) {
                records.add(hours(RecordKind.ONLINE_COURSE, 12 + rng.nextInt(8), day(LocalDate.of(2019, 9, 2), LocalDate.of(2019, 12, 20))));
                total = 92 + rng.nextInt(7);
            }
            records.add(hours(RecordKind.ONLINE_COURSE, online, day(from, to)));
            records.add(hours(RecordKind.SCHOOL_PRACTICE, total - online, day(from, to)));
            if (manager) records.add(hours(RecordKind.OFFLINE_TRAINING, 16, from.minusDays(5)));
            if (rng.nextInt(100) < 40) records.add(new StudyRecord(RecordKind.RESEARCH_ACTIVITY, BigDecimal.ONE, Unit.COUNT, day(from, to), null));
            if (rng.nextInt(100) < 12) records.add(new StudyRecord(RecordKind.CASE_SUBMISSION, BigDecimal.ONE, Unit.COUNT, to, null));
            scores.addAll(scores(s, p, pilot));
        }
        records.sort(java.util.Comparator.comparing(StudyRecord::date).thenComparing(StudyRecord::kind));
        return new TeacherDossier(teacher(s, id, manager), records, scores);
    }

    private List<RubricScore> scores(Plan s, Profile p, boolean pilot) {
        LocalDate first = pilot ? LocalDate.of(2021, 12, 10) : LocalDate.of(2022, 12, 5);
        List<String> pool = new ArrayList<>(s.stage() == Stage.PRESCHOOL ? KINDERGARTEN_POINTS : ALL_POINTS);
        java.util.Collections.shuffle(pool, rng);
        if (p == Profile.WRONG_STAGE_POINT) pool.set(2, "SAMPLE-" + (18 + rng.nextInt(3)));
        List<RubricScore> out = new ArrayList<>();
        int retried = rng.nextInt(3);
        for (int i = 0; i < 3; i++) {
            LocalDate on = first.plusDays(rng.nextInt(10));
            Level level = p == Profile.EXCELLENT || rng.nextInt(100) < 20 ? Level.EXCELLENT : Level.PASS;
            if (p != Profile.EXCELLENT && i == 2 && level == Level.EXCELLENT) level = Level.PASS;
            boolean failed = i == retried && (p == Profile.FAILED_POINT || p == Profile.REASSESSED_PASS || p == Profile.REASSESSED_FAIL);
            out.add(new RubricScore(pool.get(i), failed ? Level.FAIL : level, null, on, 1, null));
            if (failed && p != Profile.FAILED_POINT) {
                // the pilot re-assessed in spring 2022; batch 1 in January–February 2023 (六 第三阶段)
                LocalDate again = pilot ? day(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30)) : day(LocalDate.of(2023, 1, 5), AS_OF.minusDays(1));
                out.add(new RubricScore(pool.get(i), p == Profile.REASSESSED_PASS ? Level.PASS : Level.FAIL, null, again, 2, null));
            }
        }
        return out;
    }

    private Teacher teacher(Plan s, String id, boolean manager) {
        String name = Invented.name(rng);
        String nationalId = rng.nextInt(100) < 70 ? Invented.nationalId(rng, "379901", 1965) : null;
        String gender = rng.nextInt(100) < (s.stage() == Stage.PRESCHOOL ? 95 : 62) ? "女" : "男";
        String phone = rng.nextInt(100) < 4 ? Invented.phone(rng, "139") : null;
        List<Role> roles = manager ? List.of(Role.TEACHER, Role.MANAGER) : List.of(Role.TEACHER);
        return new Teacher(id, name, nationalId, s.id(), s.stage(), s.subjects().get(rng.nextInt(s.subjects().size())), roles,
                gender, COUNTY, phone);
    }

    private Profile pilotProfile() {
        int r = rng.nextInt(80);
        return r < 57 ? Profile.COMPLETE : r < 72 ? Profile.EXCELLENT : r < 78 ? Profile.REASSESSED_PASS : Profile.FAILED_POINT;
    }

    private Profile profile() {
        return Profile.values()[Invented.weighted(rng, WEIGHTS)];
    }

    private static StudyRecord hours(RecordKind kind, int hours, LocalDate date) {
        return new StudyRecord(kind, BigDecimal.valueOf(hours), Unit.HOUR, date, null);
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(rng.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    private static List<String> points(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) out.add(String.format("SAMPLE-%02d", i));
        return List.copyOf(out);
    }
}
