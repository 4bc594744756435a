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

import io.kaohe.zhejiang.FinalAssessment;
import io.kaohe.model.Level;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.RecordKind;
import io.kaohe.model.Role;
import io.kaohe.model.School;
import io.kaohe.model.DossierParts;
import io.kaohe.model.SchoolDossier;
import io.kaohe.zhejiang.OfflineClass;
import io.kaohe.zhejiang.ResearchGroup;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;
import io.kaohe.internal.privacy.NationalIds;

/**
 * Writes the bundled Zhejiang sample: an invented county (no real people, schools or ID numbers) of five
 * schools across the three phases and 142 teachers, with three deliberately bad lines. The schools show
 * the pack's findings: one passes outright, one has too large a team, two are under 60 staff (the team
 * bounds conflict), one primary group chose T6, the kindergarten joins a class of 95. Fixed seed:
 * re-running it reproduces the committed files byte for byte (a test checks this). Regenerate with
 * <pre>java -cp examples/target/kaohe.jar io.kaohe.examples.ZhejiangSamples [DIR]</pre>
 */
public final class ZhejiangSamples {
    static final long SEED = 20211029L;
    static final String COUNTY = "青溪县";
    static final Path DEFAULT_DIR = Path.of("examples/src/main/resources/io/kaohe/examples/samples/zhejiang");
    /** The demo reports progress in phase 2's implementation stage: phase 1 is over, phase 3 not begun. */
    static final LocalDate AS_OF = LocalDate.of(2022, 3, 15);

    /** One invented school: its phase, staff, teachers, team, offline class and research groups. */
    record Plan(String id, String name, Stage stage, String phase, int staff, int teachers, int team, boolean joined,
                Integer classSize, List<ResearchGroup> groups) {}

    static final List<Plan> SCHOOLS = List.of(
            new Plan("Z-01", "青溪县实验小学", Stage.PRIMARY, "PHASE_1", 66, 40, 3, false, 40, List.of(
                    group("管理团队", Stage.PRIMARY, Role.MANAGER, "G1", "G4", "P3"),
                    group("语文组", Stage.PRIMARY, Role.TEACHER, "T1", "T2", "L4"),
                    group("数学组", Stage.PRIMARY, Role.TEACHER, "T7", "L5"))),
            new Plan("Z-02", "青溪县第一中学", Stage.SENIOR, "PHASE_1", 120, 36, 7, false, 36, List.of(
                    group("管理团队", Stage.SENIOR, Role.MANAGER, "G1", "G6"),
                    group("理科组", Stage.SENIOR, Role.TEACHER, "T6", "T7"),
                    group("文科组", Stage.SENIOR, Role.TEACHER, "T4", "L3"))),
            new Plan("Z-03", "青溪县城东初级中学", Stage.JUNIOR, "PHASE_2", 52, 30, 3, false, 30, List.of(
                    group("管理团队", Stage.JUNIOR, Role.MANAGER, "G2", "G4"),
                    group("综合组", Stage.JUNIOR, Role.TEACHER, "T5", "T6", "P1"))),
            new Plan("Z-04", "青溪县溪口镇中心小学", Stage.PRIMARY, "PHASE_2", 38, 22, 3, true, 86, List.of(
                    group("管理团队", Stage.PRIMARY, Role.MANAGER, "G1", "G5"),
                    group("综合组", Stage.PRIMARY, Role.TEACHER, "T3", "T6"))),
            new Plan("Z-05", "青溪县实验幼儿园", Stage.PRESCHOOL, "PHASE_3", 20, 14, 3, true, 95, List.of(
                    group("保教组", Stage.PRESCHOOL, Role.TEACHER, "T8", "L1", "P2"))));

    private static final String INSTITUTION = "青溪县教师发展中心";

    private final Random rng;

    private ZhejiangSamples() { this(SEED); }

    /** A generator of any seed, for synthetic cohorts ({@code kaohe generate}). */
    ZhejiangSamples(long seed) { rng = new Random(seed); }

    public static void main(String[] args) throws IOException {
        SampleGenerator.write(args, DEFAULT_DIR, generate());
    }

    /** File name → content of every sample file. */
    static Map<String, String> generate() { return new ZhejiangSamples().files(); }

    private Map<String, String> files() {
        List<TeacherDossier> teachers = new ArrayList<>();
        int number = 0;
        for (Plan s : SCHOOLS) {
            for (int i = 0; i < s.teachers(); i++) teachers.add(teacher(s, String.format("ZT-%04d", ++number), i < s.team()));
        }
        List<SchoolDossier> schools = SCHOOLS.stream().map(ZhejiangSamples::school).toList();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(Samples.TEACHERS, teacherLines(teachers));
        files.put(Samples.SCHOOLS, SampleGenerator.jsonLines(schools));
        files.put(Samples.COHORT, SampleGenerator.cohortJson(COUNTY, schools.stream().map(SchoolDossier::school).toList(), teachers, null));
        files.put(Samples.DEMO, "# kaohe demo: the date progress is reported at, in phase 2 of the Zhejiang plan (2020-09 … 2023-06)\nasOf=" + AS_OF + "\n");
        return files;
    }

    /** The valid teachers with three bad lines among them: each must end up a reject, not a verdict. */
    private String teacherLines(List<TeacherDossier> teachers) {
        List<String> lines = new ArrayList<>();
        for (TeacherDossier d : teachers) lines.add(SampleGenerator.inputLine(d));
        Plan first = SCHOOLS.get(0);
        String truncated = SampleGenerator.inputLine(teacher(first, "ZT-0901", false));
        lines.add(17, truncated.substring(0, truncated.indexOf(",\"records\"")));                       // malformed JSON
        TeacherDossier credits = teacher(first, "ZT-0902", false);
        List<StudyRecord> records = new ArrayList<>(credits.records());
        StudyRecord online = records.get(0);
        records.set(0, new StudyRecord(RecordKind.ONLINE_COURSE, new BigDecimal("17"), Unit.CREDIT, online.date(), null));
        lines.add(63, SampleGenerator.inputLine(new TeacherDossier(credits.teacher(), records, List.of(), null, credits.parts()))); // online in credits
        TeacherDossier badId = teacher(SCHOOLS.get(2), "ZT-0903", false);
        String valid = nationalId();
        Teacher t = badId.teacher();
        Teacher wrong = new Teacher(t.id(), t.name(), valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1'), t.schoolId(),
                t.stage(), t.subject(), t.roles(), null, null, null);
        lines.add(120, SampleGenerator.inputLine(new TeacherDossier(wrong, badId.records(), List.of(), null, badId.parts()))); // check digit
        return String.join("\n", lines) + "\n";
    }

    private static SchoolDossier school(Plan p) {
        return new SchoolDossier(new School(p.id(), p.name(), COUNTY, p.staff(), p.teachers(), List.of(p.stage()), null, p.phase()),
                new ManagementTeam(p.team(), true, null), null, null, null, null,
                DossierParts.NONE.with("groups", p.groups()).with("offlineClass", new OfflineClass(p.joined(), p.classSize())));
    }

    /**
     * A teacher by the school's phase as of the demo date: phase 1 done (most passed, a few failed or short
     * of practice credits, some still awaiting the institution), phase 2 part-way, phase 3 not begun.
     */
    TeacherDossier teacher(Plan s, String id, boolean manager) {
        List<Role> roles = manager ? List.of(Role.TEACHER, Role.MANAGER) : List.of(Role.TEACHER);
        String name = pick(SampleTeachers.SURNAMES) + pick(SampleTeachers.GIVEN) + (rng.nextInt(100) < 65 ? pick(SampleTeachers.GIVEN) : "");
        Teacher teacher = new Teacher(id, name, rng.nextInt(100) < 60 ? nationalId() : null, s.id(), s.stage(), null, roles, null, null, null);
        int startYear = switch (s.phase()) { case "PHASE_1" -> 2020; case "PHASE_2" -> 2021; default -> 2022; };
        List<StudyRecord> records = new ArrayList<>();
        FinalAssessment fin = null;
        if (startYear == 2020) {
            int r = rng.nextInt(100);
            int minutes = r < 4 ? 780 + rng.nextInt(100) : 900 + 30 * rng.nextInt(8);
            int practice = r >= 4 && r < 9 ? 20 + rng.nextInt(5) : 25 + rng.nextInt(4);
            online(records, minutes, LocalDate.of(2020, 10, 8), LocalDate.of(2021, 3, 20));
            records.add(credit(RecordKind.OFFLINE_TRAINING, 8, LocalDate.of(2020, 11, 14).plusDays(rng.nextInt(20))));
            records.add(credit(RecordKind.SCHOOL_PRACTICE, practice - 10, LocalDate.of(2021, 1, 5).plusDays(rng.nextInt(10))));
            records.add(credit(RecordKind.SCHOOL_PRACTICE, 10, LocalDate.of(2021, 5, 10).plusDays(rng.nextInt(20))));
            if (r >= 12) {
                Level level = r < 17 ? Level.FAIL : r < 30 ? Level.EXCELLENT : Level.PASS;
                fin = new FinalAssessment(level, LocalDate.of(2021, 6, 15).plusDays(rng.nextInt(12)), INSTITUTION);
            }
        } else if (startYear == 2021) {
            online(records, 300 + 30 * rng.nextInt(25), LocalDate.of(2021, 10, 8), LocalDate.of(2022, 3, 10));
            if (rng.nextInt(100) < 80) records.add(credit(RecordKind.OFFLINE_TRAINING, 8, LocalDate.of(2021, 11, 13).plusDays(rng.nextInt(20))));
            records.add(credit(RecordKind.SCHOOL_PRACTICE, 6 + rng.nextInt(20), LocalDate.of(2022, 1, 5).plusDays(rng.nextInt(60))));
        }
        return new TeacherDossier(teacher, records, List.of(), null, FinalAssessment.parts(fin));
    }

    /** Online minutes over two records, some given in hours (whole or half hours, which convert exactly). */
    private void online(List<StudyRecord> out, int minutes, LocalDate first, LocalDate second) {
        int part = 30 * (minutes / 60);
        out.add(rng.nextBoolean() ? new StudyRecord(RecordKind.ONLINE_COURSE, BigDecimal.valueOf(part), Unit.MINUTE, first.plusDays(rng.nextInt(30)), null)
                : new StudyRecord(RecordKind.ONLINE_COURSE, BigDecimal.valueOf(part).divide(BigDecimal.valueOf(60)), Unit.HOUR, first.plusDays(rng.nextInt(30)), null));
        out.add(new StudyRecord(RecordKind.ONLINE_COURSE, BigDecimal.valueOf(minutes - part), Unit.MINUTE, second.plusDays(rng.nextInt(20)), null));
    }

    private static StudyRecord credit(RecordKind kind, int credits, LocalDate date) {
        return new StudyRecord(kind, BigDecimal.valueOf(credits), Unit.CREDIT, date, null);
    }

    /** An invented number with a valid GB 11643 check digit; region 339901 is not a real county. */
    private String nationalId() {
        LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(rng.nextInt(34 * 365));
        return NationalIds.withCheckDigit("339901" + birth.toString().replace("-", "") + String.format("%03d", rng.nextInt(1000)));
    }

    private String pick(String chars) { return String.valueOf(chars.charAt(rng.nextInt(chars.length()))); }

    private static ResearchGroup group(String name, Stage stage, Role audience, String... points) {
        return new ResearchGroup(name, stage, audience, List.of(points));
    }
}
