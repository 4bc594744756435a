package io.kaohe.examples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.kaohe.Cohorts;
import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.CohortStats;
import io.kaohe.model.Level;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.RecordKind;
import io.kaohe.model.Role;
import io.kaohe.model.RubricScore;
import io.kaohe.model.School;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.model.Unit;

/**
 * Writes the bundled Hunan sample: an invented county (no real people, schools or ID numbers) of five
 * schools and 138 teachers in the pilot and both batches, with the 附件2 fields (gender, county, a few
 * phones), plus three deliberately bad lines. The demo reports it on 2023-02-20, in phase 3 (batch 2
 * not started, batch 1's re-assessment under way). The evaluation points are the pack's SAMPLE
 * catalog. Fixed seed: re-running reproduces the committed files byte for byte (a test checks this):
 * <pre>java -cp examples/target/kaohe.jar io.kaohe.examples.HunanSamples [DIR]</pre>
 */
public final class HunanSamples {
    static final long SEED = 20221014L;
    static final String PACK = "hunan";
    static final String COUNTY = "资江县";
    static final LocalDate AS_OF = LocalDate.of(2023, 2, 20);
    static final Path DEFAULT_DIR = Path.of("examples/src/main/resources/io/kaohe/examples/samples/hunan");

    /** What the generator aims at for a teacher; the verdict is the engine's, never this. */
    enum Profile { COMPLETE, EXCELLENT, SHORT_HOURS, FAILED_POINT, REASSESSED_PASS, REASSESSED_FAIL, OUTSIDE_CYCLE, WRONG_STAGE_POINT }

    private static final int[] WEIGHTS = {52, 12, 8, 7, 10, 3, 4, 4};
    private static final List<String> KINDERGARTEN_POINTS = points(1, 17);
    private static final List<String> ALL_POINTS = points(1, 20);

    record Plan(String id, String name, Stage stage, String batch, int teachers, int team, boolean principalLeads, List<String> subjects) {}

    static final List<Plan> SCHOOLS = List.of(
            new Plan("S-01", "资江县试点中学", Stage.JUNIOR, "PILOT", 24, 4, true, List.of("语文", "数学", "英语", "物理", "历史", "信息技术")),
            new Plan("S-02", "资江县第一中学", Stage.SENIOR, "BATCH_1", 46, 5, true, List.of("语文", "数学", "英语", "物理", "化学", "生物", "地理", "信息技术")),
            new Plan("S-03", "资江县实验幼儿园", Stage.PRESCHOOL, "BATCH_1", 16, 3, true, List.of("学前教育")),
            new Plan("S-04", "资江县城关小学", Stage.PRIMARY, "BATCH_1", 30, 2, true, List.of("语文", "数学", "英语", "科学", "音乐", "美术")),
            new Plan("S-05", "资江县桥头镇中学", Stage.JUNIOR, "BATCH_2", 22, 6, true, List.of("语文", "数学", "英语", "道德与法治")));

    private final Random rng;
    private final SampleTeachers people;

    private HunanSamples() { this(SEED); }

    /** A generator of any seed, for synthetic cohorts ({@code kaohe generate}). */
    HunanSamples(long seed) {
        rng = new Random(seed);
        people = new SampleTeachers(rng);
    }

    public static void main(String[] args) throws IOException {
        SampleGenerator.write(args, DEFAULT_DIR, generate());
    }

    /** File name → content of every sample file. */
    static Map<String, String> generate() { return new HunanSamples().files(); }

    private Map<String, String> files() {
        Engine engine = Kaohe.pack(PACK);
        List<TeacherDossier> teachers = new ArrayList<>();
        int number = 0;
        for (Plan s : SCHOOLS) {
            for (int i = 0; i < s.teachers(); i++) teachers.add(dossier(s, String.format("T-%04d", ++number), i < s.team()));
        }
        List<TeacherVerdict> verdicts = new ArrayList<>();
        for (TeacherDossier d : teachers) {
            if (!engine.validate(d).isEmpty()) throw new IllegalStateException(d.teacher().id() + ": " + engine.validate(d));
            verdicts.add(engine.assess(d));
        }
        Map<String, CohortStats> stats = Cohorts.stats(engine, teachers, verdicts);
        List<SchoolDossier> schools = new ArrayList<>();
        for (Plan s : SCHOOLS) {
            School school = new School(s.id(), s.name(), COUNTY, s.teachers() + 2, s.teachers(), List.of(s.stage()), null, s.batch());
            schools.add(new SchoolDossier(school, new ManagementTeam(s.team(), s.principalLeads(), null), List.of(), stats.get(s.id()), Map.of()));
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(Samples.TEACHERS, teacherLines(teachers));
        StringBuilder lines = new StringBuilder();
        for (SchoolDossier d : schools) lines.append(KaoheJson.line(d)).append('\n');
        files.put(Samples.SCHOOLS, lines.toString());
        files.put(Samples.COHORT, cohort(schools, teachers));
        files.put(Samples.DEMO, "# kaohe demo: the date progress is reported at, in phase 3 of the Hunan plan (cycle 2020-2023)\nasOf=" + AS_OF + "\n");
        return files;
    }

    TeacherDossier dossier(Plan s, String id, boolean manager) {
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
        String name = pick(SampleTeachers.SURNAMES) + pick(SampleTeachers.GIVEN) + (rng.nextInt(100) < 65 ? pick(SampleTeachers.GIVEN) : "");
        String nationalId = rng.nextInt(100) < 70 ? people.nationalId() : null;
        String gender = rng.nextInt(100) < (s.stage() == Stage.PRESCHOOL ? 95 : 62) ? "女" : "男";
        String phone = rng.nextInt(100) < 4 ? people.phone() : null;
        List<Role> roles = manager ? List.of(Role.TEACHER, Role.MANAGER) : List.of(Role.TEACHER);
        return new Teacher(id, name, nationalId, s.id(), s.stage(), s.subjects().get(rng.nextInt(s.subjects().size())), roles,
                gender, COUNTY, phone);
    }

    /** The valid teachers with three bad lines among them: each must end up a reject, not a verdict. */
    private String teacherLines(List<TeacherDossier> teachers) {
        List<String> lines = new ArrayList<>();
        for (TeacherDossier d : teachers) lines.add(SampleGenerator.inputLine(d));
        Plan junior = SCHOOLS.get(1);
        String truncated = SampleGenerator.inputLine(dossier(junior, "T-0901", false));
        lines.add(17, truncated.substring(0, truncated.indexOf(",\"records\"")));                          // malformed JSON
        TeacherDossier minutes = dossier(junior, "T-0902", false);
        List<StudyRecord> records = new ArrayList<>(minutes.records());
        StudyRecord r = records.get(0);
        records.set(0, new StudyRecord(r.kind(), r.amount().multiply(BigDecimal.valueOf(60)), Unit.MINUTE, r.date(), r.semester()));
        lines.add(63, SampleGenerator.inputLine(new TeacherDossier(minutes.teacher(), records, minutes.scores())));  // no conversion defined
        TeacherDossier unknown = dossier(junior, "T-0903", false);
        List<RubricScore> scores = new ArrayList<>(unknown.scores());
        RubricScore s = scores.get(0);
        scores.set(0, new RubricScore("SAMPLE-21", s.level(), s.score(), s.assessedOn(), s.attempt(), s.evidence()));
        lines.add(110, SampleGenerator.inputLine(new TeacherDossier(unknown.teacher(), unknown.records(), scores)));  // unknown point
        return String.join("\n", lines) + "\n";
    }

    /** The county's cohort: its schools and its valid teachers, one element per line so a diff stays readable. */
    private static String cohort(List<SchoolDossier> schools, List<TeacherDossier> teachers) {
        StringBuilder sb = new StringBuilder("{\n  \"county\": ").append(KaoheJson.line(COUNTY));
        sb.append(",\n  \"schools\": [\n    ");
        sb.append(String.join(",\n    ", schools.stream().map(d -> KaoheJson.line(d.school())).toList()));
        sb.append("\n  ],\n  \"teachers\": [\n    ");
        sb.append(String.join(",\n    ", teachers.stream().map(SampleGenerator::inputLine).toList()));
        return sb.append("\n  ]\n}\n").toString();
    }

    private Profile pilotProfile() {
        int r = rng.nextInt(80);
        return r < 57 ? Profile.COMPLETE : r < 72 ? Profile.EXCELLENT : r < 78 ? Profile.REASSESSED_PASS : Profile.FAILED_POINT;
    }

    private Profile profile() {
        int total = 0;
        for (int w : WEIGHTS) total += w;
        int r = rng.nextInt(total);
        for (int i = 0; i < WEIGHTS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) return Profile.values()[i];
        }
        throw new IllegalStateException();
    }

    private static StudyRecord hours(RecordKind kind, int hours, LocalDate date) {
        return new StudyRecord(kind, BigDecimal.valueOf(hours), Unit.HOUR, date, null);
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(rng.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    private String pick(String chars) { return String.valueOf(chars.charAt(rng.nextInt(chars.length()))); }

    private static List<String> points(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) out.add(String.format("SAMPLE-%02d", i));
        return List.copyOf(out);
    }
}
