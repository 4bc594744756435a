package io.kaohe.examples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kaohe.Cohorts;
import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.privacy.NationalIds;
import io.kaohe.liaoning.LiaoningTeachers.Plan;
import io.kaohe.liaoning.LiaoningTeachers;
import io.kaohe.model.CohortStats;
import io.kaohe.model.RecordKind;
import io.kaohe.model.School;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.model.Unit;
import io.kaohe.spi.Invented;

/**
 * Writes the bundled Liaoning sample: the pack's invented county ({@link LiaoningTeachers}) of five schools and 140
 * teachers in the 2023 cycle of the Wafangdian plan, snapshot on 24 November 2023 (the assessment phase), plus three
 * deliberately bad teacher lines. Fixed seed: re-running it reproduces the committed files byte for byte (a test
 * checks this). Regenerate with
 * <pre>java -cp examples/target/kaohe.jar io.kaohe.examples.LiaoningSamples [DIR]</pre>
 * from the repository root after changing this class, the pack's generator or the Liaoning rules.
 */
public final class LiaoningSamples {
    static final long SEED = 20230830L;
    static final Path DEFAULT_DIR = Path.of("examples/src/main/resources/io/kaohe/examples/samples/liaoning");
    static final String COUNTY = LiaoningTeachers.COUNTY;
    static final LocalDate AS_OF = LiaoningTeachers.AS_OF;

    private final LiaoningTeachers gen = new LiaoningTeachers(SEED);

    private LiaoningSamples() {}

    public static void main(String[] args) throws IOException {
        SampleGenerator.write(args, DEFAULT_DIR, generate());
    }

    /** File name → content of every sample file. */
    static Map<String, String> generate() { return new LiaoningSamples().files(); }

    private Map<String, String> files() {
        Engine engine = Kaohe.pack("liaoning");
        List<TeacherDossier> teachers = new ArrayList<>();
        int number = 0;
        for (Plan s : LiaoningTeachers.SCHOOLS) {
            for (int i = 0; i < s.teachers(); i++) teachers.add(gen.dossier(s, String.format("LN-%04d", ++number), i < 3, gen.profile(s)));
        }
        teachers.set(9, withPhone(teachers.get(9), Invented.phone(gen.random(), "138")));
        List<TeacherVerdict> verdicts = new ArrayList<>();
        for (TeacherDossier d : teachers) {
            if (!engine.validate(d).isEmpty()) throw new IllegalStateException(d.teacher().id() + ": " + engine.validate(d));
            verdicts.add(engine.assess(d));
        }
        Map<String, CohortStats> stats = Cohorts.stats(engine, teachers, verdicts);
        List<SchoolDossier> schools = new ArrayList<>();
        for (Plan s : LiaoningTeachers.SCHOOLS) schools.add(school(s, stats.get(s.id())));

        Map<String, String> files = new LinkedHashMap<>();
        files.put(Samples.TEACHERS, teacherLines(teachers));
        files.put(Samples.SCHOOLS, SampleGenerator.jsonLines(schools));
        files.put(Samples.COHORT, cohort(schools, teachers));
        files.put(Samples.DEMO, "# kaohe demo: the date progress is reported at, in the assessment phase of the 2023 cycle\nasOf=" + AS_OF + "\n");
        return files;
    }

    private SchoolDossier school(Plan s, CohortStats stats) {
        School school = new School(s.id(), s.name(), COUNTY, s.teachers() + 2 + gen.random().nextInt(4), s.teachers(), List.of(s.stage()), null, "2023");
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
        Plan junior = LiaoningTeachers.SCHOOLS.get(1);
        List<String> lines = new ArrayList<>();
        for (TeacherDossier d : teachers) lines.add(SampleGenerator.inputLine(d));
        String truncated = SampleGenerator.inputLine(gen.dossier(junior, "LN-0901", false, LiaoningTeachers.Profile.COMPLETE));
        lines.add(23, truncated.substring(0, truncated.indexOf(",\"scores\"")));                          // malformed JSON
        TeacherDossier minutes = gen.dossier(junior, "LN-0902", false, LiaoningTeachers.Profile.COMPLETE);
        List<StudyRecord> records = new ArrayList<>(minutes.records());
        int online = records.indexOf(records.stream().filter(r -> r.kind() == RecordKind.ONLINE_COURSE).findFirst().orElseThrow());
        StudyRecord r = records.get(online);
        records.set(online, new StudyRecord(r.kind(), r.amount().multiply(BigDecimal.valueOf(60)), Unit.MINUTE, r.date(), null));
        lines.add(71, SampleGenerator.inputLine(new TeacherDossier(minutes.teacher(), records, minutes.scores())));  // minutes: no conversion
        TeacherDossier badId = gen.dossier(LiaoningTeachers.SCHOOLS.get(3), "LN-0903", false, LiaoningTeachers.Profile.COMPLETE);
        String valid = gen.nationalId();
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
}
