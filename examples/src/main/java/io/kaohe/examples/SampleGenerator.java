package io.kaohe.examples;

import io.kaohe.shandong.ShandongSchool;
import io.kaohe.shandong.ShandongTeachers;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.kaohe.Cohorts;
import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.internal.engine.PackEngine;
import io.kaohe.internal.engine.PackInfo;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.CohortStats;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.RubricScore;
import io.kaohe.model.School;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.internal.pack.FormItemSpec;
import io.kaohe.internal.params.ParameterSet;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the bundled Shandong sample: an invented county (no real people, no real ID numbers) of six
 * schools and about 200 teachers, plus five deliberately bad lines so the demo shows rejects. Fixed seed:
 * re-running it reproduces the committed files byte for byte (a test checks this). The teachers are the pack's
 * ({@link ShandongTeachers}, the generator {@code kaohe generate} uses too); the files are written here. Regenerate with
 * <pre>java -cp examples/target/kaohe.jar io.kaohe.examples.SampleGenerator [DIR]</pre>
 * from the repository root after changing this class or the Shandong teacher rules.
 */
public final class SampleGenerator {
    static final long SEED = 20221120L;
    static final Path DEFAULT_DIR = Path.of("examples/src/main/resources/io/kaohe/examples/samples/shandong");

    /**
     * Assessor-scored items of the school form (兖教体发〔2022〕82号 附件1) with their maxima, in the order the pack
     * declares them (its config.yaml {@code form:}; the maxima are the parameters the declarations name).
     */
    static Map<String, Integer> items(Engine engine) {
        PackInfo info = PackEngine.info(engine);
        ParameterSet params = info.parameters().at(info.parameters().latestChange());
        Map<String, Integer> m = new LinkedHashMap<>();
        for (FormItemSpec i : info.config().form()) {
            if (i.isAssessed()) m.put(i.getKey(), params.number(i.getMax()).intValueExact());
        }
        return m;
    }

    private SampleGenerator() {}

    public static void main(String[] args) throws IOException { write(args, DEFAULT_DIR, generate()); }

    /** Writes a generator's files to the folder given as the first argument, else to its default folder. */
    static void write(String[] args, Path defaultDir, Map<String, String> files) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : defaultDir;
        Files.createDirectories(dir);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            System.out.println("wrote " + dir.resolve(f.getKey()));
        }
    }

    /** File name → content of every sample file. */
    static Map<String, String> generate() {
        Random rng = new Random(SEED);
        ShandongTeachers gen = new ShandongTeachers(rng);
        Engine engine = Kaohe.pack("shandong");
        List<TeacherDossier> teachers = new ArrayList<>();
        int number = 0;
        for (ShandongSchool s : ShandongSchool.COUNTY_SCHOOLS) {
            for (int i = 0; i < s.teachers(); i++) {
                // the demonstration school (quality ≥ 0.85) has every teacher through; elsewhere the usual spread
                teachers.add(gen.dossier(s, id(++number), i < s.team(), gen.profile(s)));
            }
        }
        // phone numbers are rare in the data: two teachers, to show they are masked in every output
        teachers.set(6, withPhone(teachers.get(6), gen.phone()));
        teachers.set(120, withPhone(teachers.get(120), gen.phone()));
        List<TeacherVerdict> verdicts = new ArrayList<>();
        for (TeacherDossier d : teachers) {
            if (!engine.validate(d).isEmpty()) throw new IllegalStateException(d.teacher().id() + ": " + engine.validate(d));
            verdicts.add(engine.assess(d));
        }
        Map<String, CohortStats> stats = Cohorts.stats(engine, teachers, verdicts);
        List<SchoolDossier> schools = new ArrayList<>();
        Map<String, Integer> items = items(engine);
        for (ShandongSchool s : ShandongSchool.COUNTY_SCHOOLS) schools.add(school(s, stats.get(s.id()), items, rng));

        Map<String, String> files = new LinkedHashMap<>();
        files.put(Samples.TEACHERS, teacherLines(teachers, gen));
        files.put(Samples.SCHOOLS, jsonLines(schools));
        files.put(Samples.COHORT, cohort(schools, teachers));
        files.put(Samples.DEMO, "# kaohe demo: the date progress is reported at, inside the Shandong cycle 2020-2022\nasOf=2022-11-20\n");
        return files;
    }

    /** The valid teachers with five bad lines among them: every one must end up a reject, not a verdict. */
    private static String teacherLines(List<TeacherDossier> teachers, ShandongTeachers gen) {
        ShandongSchool junior = ShandongSchool.COUNTY_SCHOOLS.get(2);
        List<String> lines = new ArrayList<>();
        for (TeacherDossier d : teachers) lines.add(inputLine(d));
        String truncated = inputLine(gen.dossier(junior, "T-0901", false, ShandongTeachers.Profile.COMPLETE));
        lines.add(31, truncated.substring(0, truncated.indexOf(",\"scores\"")));                   // malformed JSON
        TeacherDossier negative = gen.dossier(junior, "T-0902", false, ShandongTeachers.Profile.COMPLETE);
        List<StudyRecord> records = new ArrayList<>(negative.records());
        StudyRecord r = records.get(1);
        records.set(1, new StudyRecord(r.kind(), new BigDecimal("-3"), r.unit(), r.date(), r.semester()));
        lines.add(76, inputLine(new TeacherDossier(negative.teacher(), records, negative.scores())));  // negative amount
        TeacherDossier unknown = gen.dossier(junior, "T-0903", false, ShandongTeachers.Profile.COMPLETE);
        List<RubricScore> scores = new ArrayList<>(unknown.scores());
        RubricScore s = scores.get(2);
        scores.set(2, new RubricScore("A14", s.level(), s.score(), s.assessedOn(), s.attempt(), s.evidence()));
        lines.add(119, inputLine(new TeacherDossier(unknown.teacher(), unknown.records(), scores)));   // unknown ability
        TeacherDossier again = gen.dossier(ShandongSchool.COUNTY_SCHOOLS.get(0), id(42), false, ShandongTeachers.Profile.COMPLETE);
        lines.add(160, inputLine(again));                                                               // duplicate id
        TeacherDossier badId = gen.dossier(junior, "T-0904", false, ShandongTeachers.Profile.COMPLETE);
        String valid = gen.nationalId();
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        lines.add(191, inputLine(new TeacherDossier(withNationalId(badId.teacher(), wrong), badId.records(), badId.scores()))); // check digit
        return String.join("\n", lines) + "\n";
    }

    private static SchoolDossier school(ShandongSchool s, CohortStats stats, Map<String, Integer> maxima, Random rng) {
        School school = new School(s.id(), s.name(), ShandongSchool.COUNTY, s.staff(), s.teachers(), List.of(s.stage()),
                s.environment(), s.batch());
        Map<String, BigDecimal> items = new TreeMap<>();
        maxima.forEach((item, max) -> {
            int halves = 2 * max;
            int lost = rng.nextDouble() < s.quality() ? 0 : 1 + rng.nextInt(Math.max(1, halves / 2));
            items.put(item, BigDecimal.valueOf(halves - lost).divide(BigDecimal.valueOf(2)));
        });
        return new SchoolDossier(school, new ManagementTeam(s.team(), true, s.cio()), s.abilities(), stats, items);
    }

    /** Whom the bureau contacts at two of the schools (invented office numbers): the reports show a cohort's contacts. */
    private static final Map<String, String> CONTACTS = Map.of("S-02", "教务处 孙主任 0537-3416021", "S-04", "教科室 刘老师 0537-3428150");

    private static School withContact(School s) {
        String c = CONTACTS.get(s.id());
        return c == null ? s : new School(s.id(), s.name(), s.county(), s.staffCount(), s.teacherCount(), s.stages(), s.environment(),
                s.batch(), c);
    }

    /** A county cohort: its schools and its valid teachers, one element per line so a diff stays readable. */
    private static String cohort(List<SchoolDossier> schools, List<TeacherDossier> teachers) {
        return cohortJson(ShandongSchool.COUNTY, schools.stream().map(SchoolDossier::school).map(SampleGenerator::withContact).toList(),
                teachers, SEED);
    }

    /** A cohort file of any pack's sample (seed null: none written). */
    static String cohortJson(String county, List<School> schools, List<TeacherDossier> teachers, Long seed) {
        StringBuilder sb = new StringBuilder("{\n  \"county\": ").append(KaoheJson.line(county));
        sb.append(",\n  \"schools\": [\n    ");
        sb.append(String.join(",\n    ", schools.stream().map(KaoheJson::line).toList()));
        sb.append("\n  ],\n  \"teachers\": [\n    ");
        sb.append(String.join(",\n    ", teachers.stream().map(SampleGenerator::inputLine).toList()));
        sb.append("\n  ]");
        if (seed != null) sb.append(",\n  \"seed\": ").append(seed);
        return sb.append("\n}\n").toString();
    }

    static String jsonLines(List<?> records) {
        StringBuilder sb = new StringBuilder();
        for (Object r : records) sb.append(KaoheJson.line(r)).append('\n');
        return sb.toString();
    }

    /** A dossier as input JSON, personal data in full, as a school's export would carry it ({@link KaoheJson#inputLine}). */
    static String inputLine(TeacherDossier d) { return KaoheJson.inputLine(d); }

    /** The input JSON of {@link #inputLine} as a tree, for callers that alter it (bad lines of a synthetic cohort). */
    static ObjectNode inputTree(TeacherDossier d) { return KaoheJson.inputTree(d); }

    private static TeacherDossier withPhone(TeacherDossier d, String phone) {
        Teacher t = d.teacher();
        return new TeacherDossier(new Teacher(t.id(), t.name(), t.nationalId(), t.schoolId(), t.stage(), t.subject(),
                t.roles(), t.gender(), t.county(), phone), d.records(), d.scores());
    }

    private static Teacher withNationalId(Teacher t, String nationalId) {
        return new Teacher(t.id(), t.name(), nationalId, t.schoolId(), t.stage(), t.subject(), t.roles(), t.gender(),
                t.county(), t.phone());
    }

    private static String id(int n) { return String.format("T-%04d", n); }
}
