package io.kaohe.examples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.kaohe.Cohorts;
import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.CohortStats;
import io.kaohe.model.Level;
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
import io.kaohe.internal.privacy.NationalIds;

/**
 * Writes the bundled Liaoning sample: an invented county (no real people, schools or ID numbers) of
 * five schools and 140 teachers in the 2023 cycle of the Wafangdian plan, snapshot on 24 November 2023
 * (the assessment phase), plus three deliberately bad teacher lines. Fixed seed: re-running it
 * reproduces the committed files byte for byte (a test checks this). Regenerate with
 * <pre>java -cp examples/target/kaohe.jar io.kaohe.examples.LiaoningSamples [DIR]</pre>
 * from the repository root after changing this class or the Liaoning rules.
 */
public final class LiaoningSamples {
    static final long SEED = 20230830L;
    static final Path DEFAULT_DIR = Path.of("examples/src/main/resources/io/kaohe/examples/samples/liaoning");
    static final String COUNTY = "松川市";
    static final LocalDate AS_OF = LocalDate.of(2023, 11, 24);

    /** What the generator aims at for a teacher; the verdict is the engine's, never this. */
    enum Profile { COMPLETE, EXCELLENT, NO_GUIDANCE_PLAN, FAILED_ABILITY, REASSESSED_PASS, SHORT_ONLINE, SHORT_PRACTICE, BEFORE_CYCLE }

    private static final int[] WEIGHTS = {62, 12, 5, 5, 5, 5, 4, 2};

    /**
     * One invented school and how it is set up to come out: plans filed (null: not filed), the share of
     * its public funds spent on training, whether its excellent teachers' cases are forwarded, and
     * whether it is a demonstration school whose teachers are all through.
     */
    record Plan(String id, String name, Stage stage, int teachers, List<String> abilities, LocalDate development,
                LocalDate research, LocalDate assessment, int publicFunds, String trainingShare, boolean forwardsCases,
                boolean strong) {}

    static final List<Plan> SCHOOLS = List.of(
            new Plan("S-01", "松川市实验小学", Stage.PRIMARY, 40, List.of("A1", "A3", "A5", "A6", "B2", "B6", "C4"),
                    LocalDate.of(2023, 8, 18), LocalDate.of(2023, 8, 18), LocalDate.of(2023, 8, 25), 320_000, "0.062", true, false),
            new Plan("S-02", "松川市第二初级中学", Stage.JUNIOR, 36, List.of("A1", "A3", "A6", "A12", "B1", "B2", "B3", "C4"),
                    LocalDate.of(2023, 8, 28), LocalDate.of(2023, 8, 30), LocalDate.of(2023, 8, 30), 290_000, "0.05", false, false),
            new Plan("S-03", "松川市高级中学", Stage.SENIOR, 30, List.of("A1", "A3", "A6", "B1", "B2", "B6", "C4", "C5"),
                    LocalDate.of(2023, 8, 21), LocalDate.of(2023, 8, 21), LocalDate.of(2023, 9, 5), 410_000, "0.071", true, false),
            new Plan("S-04", "松川市河西镇中心小学", Stage.PRIMARY, 22, List.of("A1", "A3", "A5", "A6", "B2"),
                    LocalDate.of(2023, 8, 29), null, LocalDate.of(2023, 8, 29), 150_000, "0.04", true, false),
            new Plan("S-05", "松川市第一幼儿园", Stage.PRESCHOOL, 12, List.of("A1", "A3", "A5", "A11", "B2", "B6"),
                    LocalDate.of(2023, 8, 15), LocalDate.of(2023, 8, 15), LocalDate.of(2023, 8, 15), 90_000, "0.055", true, true));

    private final Random rng;

    private LiaoningSamples() { this(SEED); }

    /** A generator of any seed, for synthetic cohorts ({@code kaohe generate}). */
    LiaoningSamples(long seed) { rng = new Random(seed); }

    public static void main(String[] args) throws IOException {
        SampleGenerator.write(args, DEFAULT_DIR, generate());
    }

    /** File name → content of every sample file. */
    static Map<String, String> generate() { return new LiaoningSamples().files(); }

    private Map<String, String> files() {
        Engine engine = Kaohe.pack("liaoning");
        List<TeacherDossier> teachers = new ArrayList<>();
        int number = 0;
        for (Plan s : SCHOOLS) {
            for (int i = 0; i < s.teachers(); i++) teachers.add(dossier(s, String.format("LN-%04d", ++number), i < 3, s.strong() ? strongProfile() : profile()));
        }
        teachers.set(9, withPhone(teachers.get(9), "138" + String.format("%08d", rng.nextInt(100_000_000))));
        List<TeacherVerdict> verdicts = new ArrayList<>();
        for (TeacherDossier d : teachers) {
            if (!engine.validate(d).isEmpty()) throw new IllegalStateException(d.teacher().id() + ": " + engine.validate(d));
            verdicts.add(engine.assess(d));
        }
        Map<String, CohortStats> stats = Cohorts.stats(engine, teachers, verdicts);
        List<SchoolDossier> schools = new ArrayList<>();
        for (Plan s : SCHOOLS) schools.add(school(s, stats.get(s.id())));

        Map<String, String> files = new LinkedHashMap<>();
        files.put(Samples.TEACHERS, teacherLines(teachers));
        files.put(Samples.SCHOOLS, SampleGenerator.jsonLines(schools));
        files.put(Samples.COHORT, cohort(schools, teachers));
        files.put(Samples.DEMO, "# kaohe demo: the date progress is reported at, in the assessment phase of the 2023 cycle\nasOf=" + AS_OF + "\n");
        return files;
    }

    Profile profile() {
        int r = rng.nextInt(java.util.Arrays.stream(WEIGHTS).sum());
        for (int i = 0; i < WEIGHTS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) return Profile.values()[i];
        }
        throw new IllegalStateException();
    }

    /** A teacher of the demonstration school: done, and done well (some after a re-assessment). */
    Profile strongProfile() {
        int r = rng.nextInt(62 + 12 + 5);
        return r < 62 ? Profile.COMPLETE : r < 74 ? Profile.EXCELLENT : Profile.REASSESSED_PASS;
    }

    TeacherDossier dossier(Plan s, String id, boolean manager, Profile p) {
        List<StudyRecord> records = new ArrayList<>();
        int online = p == Profile.SHORT_ONLINE ? 36 + rng.nextInt(13) : 50 + rng.nextInt(21);        // half hours
        int practice = p == Profile.SHORT_PRACTICE ? 30 + rng.nextInt(19) : 50 + rng.nextInt(15);
        if (p == Profile.BEFORE_CYCLE) {
            // part of the online study done in June, before the cycle: not counted
            records.add(hours(RecordKind.ONLINE_COURSE, 12 + rng.nextInt(10), day(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 28))));
            online = 30 + rng.nextInt(16);
        }
        spread(records, RecordKind.ONLINE_COURSE, online, LocalDate.of(2023, 7, 10), LocalDate.of(2023, 11, 15));
        spread(records, RecordKind.SCHOOL_PRACTICE, practice, LocalDate.of(2023, 9, 4), LocalDate.of(2023, 11, 17));
        if (rng.nextInt(100) < 40) records.add(hours(RecordKind.OFFLINE_TRAINING, 8 + rng.nextInt(9), day(LocalDate.of(2023, 8, 14), LocalDate.of(2023, 8, 25))));
        if (p != Profile.NO_GUIDANCE_PLAN) records.add(count(RecordKind.GUIDANCE_PLAN, day(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 18))));
        List<RubricScore> scores = scores(s, p);
        if (p == Profile.EXCELLENT && s.forwardsCases() && (s.strong() || rng.nextInt(100) < 60)) {
            records.add(count(RecordKind.CASE_SUBMISSION, AS_OF.minusDays(rng.nextInt(2))));
        }
        records.sort(Comparator.comparing(StudyRecord::date).thenComparing(StudyRecord::kind));
        return new TeacherDossier(teacher(s, id, manager), records, scores);
    }

    private List<RubricScore> scores(Plan s, Profile p) {
        List<String> pool = new ArrayList<>(s.abilities());
        Collections.shuffle(pool, rng);
        List<RubricScore> out = new ArrayList<>();
        int odd = rng.nextInt(3);
        for (int i = 0; i < 3; i++) {
            LocalDate on = day(LocalDate.of(2023, 11, 21), LocalDate.of(2023, 11, 22));
            Level level = p == Profile.EXCELLENT ? Level.EXCELLENT : rng.nextInt(100) < 20 ? Level.EXCELLENT : Level.PASS;
            if (i == odd && p == Profile.FAILED_ABILITY) level = Level.FAIL;
            if (i == odd && p == Profile.REASSESSED_PASS) {
                out.add(new RubricScore(pool.get(i), Level.FAIL, null, on, 1, null));
                out.add(new RubricScore(pool.get(i), Level.PASS, null, LocalDate.of(2023, 11, 24), 2, null));
                continue;
            }
            if (p != Profile.EXCELLENT && i == 2 && out.stream().allMatch(r -> r.level() == Level.EXCELLENT) && level == Level.EXCELLENT) {
                level = Level.PASS; // three 优秀 would make an EXCELLENT teacher: only the EXCELLENT profile aims at that
            }
            out.add(new RubricScore(pool.get(i), level, null, on, 1, null));
        }
        return out;
    }

    private Teacher teacher(Plan s, String id, boolean manager) {
        String name = pick(SampleTeachers.SURNAMES) + pick(SampleTeachers.GIVEN) + (rng.nextInt(100) < 65 ? pick(SampleTeachers.GIVEN) : "");
        String nationalId = rng.nextInt(100) < 60 ? nationalId() : null;
        List<Role> roles = manager ? List.of(Role.TEACHER, Role.MANAGER) : List.of(Role.TEACHER);
        return new Teacher(id, name, nationalId, s.id(), s.stage(), null, roles, null, COUNTY, null);
    }

    /** An invented number with a valid GB 11643 check digit; region 219901 is not a real county. */
    private String nationalId() {
        LocalDate birth = LocalDate.of(1966, 1, 1).plusDays(rng.nextInt(34 * 365));
        return NationalIds.withCheckDigit("219901" + birth.toString().replace("-", "") + String.format("%03d", rng.nextInt(1000)));
    }

    private SchoolDossier school(Plan s, CohortStats stats) {
        School school = new School(s.id(), s.name(), COUNTY, s.teachers() + 2 + rng.nextInt(4), s.teachers(), List.of(s.stage()), null, "2023");
        Map<String, LocalDate> plans = new TreeMap<>();
        if (s.development() != null) plans.put("developmentPlan", s.development());
        if (s.research() != null) plans.put("researchPlan", s.research());
        if (s.assessment() != null) plans.put("assessmentPlan", s.assessment());
        BigDecimal funds = BigDecimal.valueOf(s.publicFunds());
        io.kaohe.liaoning.Funds f = new io.kaohe.liaoning.Funds(funds, funds.multiply(new BigDecimal(s.trainingShare())).stripTrailingZeros());
        return new SchoolDossier(school, null, s.abilities(), stats, null, plans, io.kaohe.model.DossierParts.NONE.with("funds", f));
    }

    /** The valid teachers with three bad lines among them: every one must end up a reject, not a verdict. */
    private String teacherLines(List<TeacherDossier> teachers) {
        Plan junior = SCHOOLS.get(1);
        List<String> lines = new ArrayList<>();
        for (TeacherDossier d : teachers) lines.add(SampleGenerator.inputLine(d));
        String truncated = SampleGenerator.inputLine(dossier(junior, "LN-0901", false, Profile.COMPLETE));
        lines.add(23, truncated.substring(0, truncated.indexOf(",\"scores\"")));                          // malformed JSON
        TeacherDossier minutes = dossier(junior, "LN-0902", false, Profile.COMPLETE);
        List<StudyRecord> records = new ArrayList<>(minutes.records());
        int online = records.indexOf(records.stream().filter(r -> r.kind() == RecordKind.ONLINE_COURSE).findFirst().orElseThrow());
        StudyRecord r = records.get(online);
        records.set(online, new StudyRecord(r.kind(), r.amount().multiply(BigDecimal.valueOf(60)), Unit.MINUTE, r.date(), null));
        lines.add(71, SampleGenerator.inputLine(new TeacherDossier(minutes.teacher(), records, minutes.scores())));  // minutes: no conversion
        TeacherDossier badId = dossier(SCHOOLS.get(3), "LN-0903", false, Profile.COMPLETE);
        String valid = nationalId();
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        Teacher t = badId.teacher();
        lines.add(118, SampleGenerator.inputLine(new TeacherDossier(new Teacher(t.id(), t.name(), wrong, t.schoolId(), t.stage(),
                t.subject(), t.roles(), t.gender(), t.county(), t.phone()), badId.records(), badId.scores())));  // check digit
        return String.join("\n", lines) + "\n";
    }

    /** The county cohort: schools, valid teachers, the plans each school filed; one element per line. */
    private static String cohort(List<SchoolDossier> schools, List<TeacherDossier> teachers) {
        StringBuilder sb = new StringBuilder("{\n  \"county\": ").append(KaoheJson.line(COUNTY));
        sb.append(",\n  \"schools\": [\n    ");
        sb.append(String.join(",\n    ", schools.stream().map(d -> KaoheJson.line(d.school())).toList()));
        sb.append("\n  ],\n  \"teachers\": [\n    ");
        sb.append(String.join(",\n    ", teachers.stream().map(SampleGenerator::inputLine).toList()));
        sb.append("\n  ],\n  \"plans\": {\n    ");
        sb.append(String.join(",\n    ", schools.stream().map(d -> KaoheJson.line(d.school().id()) + ": " + KaoheJson.line(d.plans())).toList()));
        return sb.append("\n  }\n}\n").toString();
    }

    private static TeacherDossier withPhone(TeacherDossier d, String phone) {
        Teacher t = d.teacher();
        return new TeacherDossier(new Teacher(t.id(), t.name(), t.nationalId(), t.schoolId(), t.stage(), t.subject(),
                t.roles(), t.gender(), t.county(), phone), d.records(), d.scores());
    }

    /** Spreads half hours over 2–3 records between two days. */
    private void spread(List<StudyRecord> out, RecordKind kind, int halves, LocalDate from, LocalDate to) {
        int parts = 2 + rng.nextInt(2);
        int left = halves;
        for (int i = parts; i > 0; i--) {
            int part = i == 1 ? left : left / i + rng.nextInt(3) - 1;
            left -= part;
            out.add(hours(kind, part, day(from, to)));
        }
    }

    private static StudyRecord hours(RecordKind kind, int halves, LocalDate date) {
        return new StudyRecord(kind, BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2)), Unit.HOUR, date, null);
    }

    private static StudyRecord count(RecordKind kind, LocalDate date) {
        return new StudyRecord(kind, BigDecimal.ONE, Unit.COUNT, date, null);
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(rng.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    private String pick(String chars) { return String.valueOf(chars.charAt(rng.nextInt(chars.length()))); }
}
