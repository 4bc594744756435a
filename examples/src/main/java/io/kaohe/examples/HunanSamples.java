package io.kaohe.examples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaohe.Cohorts;
import io.kaohe.Engine;
import io.kaohe.Kaohe;
import io.kaohe.hunan.HunanTeachers.Plan;
import io.kaohe.hunan.HunanTeachers;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.model.CohortStats;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.RubricScore;
import io.kaohe.model.School;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.model.Unit;

/**
 * Writes the bundled Hunan sample: the pack's invented county ({@link HunanTeachers}) of five schools and 138
 * teachers in the pilot and both batches, plus three deliberately bad lines. The demo reports it on 2023-02-20,
 * in phase 3 (batch 2 not started, batch 1's re-assessment under way). Fixed seed: re-running reproduces the
 * committed files byte for byte (a test checks this):
 * <pre>java -cp examples/target/kaohe.jar io.kaohe.examples.HunanSamples [DIR]</pre>
 */
public final class HunanSamples {
    static final long SEED = 20221014L;
    static final String PACK = "hunan";
    static final String COUNTY = HunanTeachers.COUNTY;
    static final LocalDate AS_OF = HunanTeachers.AS_OF;
    static final Path DEFAULT_DIR = Path.of("examples/src/main/resources/io/kaohe/examples/samples/hunan");

    private final HunanTeachers gen = new HunanTeachers(SEED);

    private HunanSamples() {}

    public static void main(String[] args) throws IOException {
        SampleGenerator.write(args, DEFAULT_DIR, generate());
    }

    /** File name → content of every sample file. */
    static Map<String, String> generate() { return new HunanSamples().files(); }

    private Map<String, String> files() {
        Engine engine = Kaohe.pack(PACK);
        List<TeacherDossier> teachers = new ArrayList<>();
        int number = 0;
        for (Plan s : HunanTeachers.SCHOOLS) {
            for (int i = 0; i < s.teachers(); i++) teachers.add(gen.dossier(s, String.format("T-%04d", ++number), i < s.team()));
        }
        List<TeacherVerdict> verdicts = new ArrayList<>();
        for (TeacherDossier d : teachers) {
            if (!engine.validate(d).isEmpty()) throw new IllegalStateException(d.teacher().id() + ": " + engine.validate(d));
            verdicts.add(engine.assess(d));
        }
        Map<String, CohortStats> stats = Cohorts.stats(engine, teachers, verdicts);
        List<SchoolDossier> schools = new ArrayList<>();
        for (Plan s : HunanTeachers.SCHOOLS) {
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

    /** The valid teachers with three bad lines among them: each must end up a reject, not a verdict. */
    private String teacherLines(List<TeacherDossier> teachers) {
        List<String> lines = new ArrayList<>();
        for (TeacherDossier d : teachers) lines.add(SampleGenerator.inputLine(d));
        Plan junior = HunanTeachers.SCHOOLS.get(1);
        String truncated = SampleGenerator.inputLine(gen.dossier(junior, "T-0901", false));
        lines.add(17, truncated.substring(0, truncated.indexOf(",\"records\"")));                          // malformed JSON
        TeacherDossier minutes = gen.dossier(junior, "T-0902", false);
        List<StudyRecord> records = new ArrayList<>(minutes.records());
        StudyRecord r = records.get(0);
        records.set(0, new StudyRecord(r.kind(), r.amount().multiply(BigDecimal.valueOf(60)), Unit.MINUTE, r.date(), r.semester()));
        lines.add(63, SampleGenerator.inputLine(new TeacherDossier(minutes.teacher(), records, minutes.scores())));  // no conversion defined
        TeacherDossier unknown = gen.dossier(junior, "T-0903", false);
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
}
