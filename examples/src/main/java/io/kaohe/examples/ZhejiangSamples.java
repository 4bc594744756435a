package io.kaohe.examples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaohe.internal.privacy.NationalIds;
import io.kaohe.model.DossierParts;
import io.kaohe.model.ManagementTeam;
import io.kaohe.model.RecordKind;
import io.kaohe.model.School;
import io.kaohe.model.SchoolDossier;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;
import io.kaohe.zhejiang.OfflineClass;
import io.kaohe.zhejiang.ZhejiangTeachers.Plan;
import io.kaohe.zhejiang.ZhejiangTeachers;

/**
 * Writes the bundled Zhejiang sample: the pack's invented county ({@link ZhejiangTeachers}) of five schools across the
 * three phases and 142 teachers, with three deliberately bad lines. Fixed seed: re-running it reproduces the
 * committed files byte for byte (a test checks this). Regenerate with
 * <pre>java -cp examples/target/kaohe.jar io.kaohe.examples.ZhejiangSamples [DIR]</pre>
 */
public final class ZhejiangSamples {
    static final long SEED = 20211029L;
    static final String COUNTY = ZhejiangTeachers.COUNTY;
    static final Path DEFAULT_DIR = Path.of("examples/src/main/resources/io/kaohe/examples/samples/zhejiang");
    /** The demo reports progress in phase 2's implementation stage: phase 1 is over, phase 3 not begun. */
    static final LocalDate AS_OF = LocalDate.of(2022, 3, 15);

    private final ZhejiangTeachers gen = new ZhejiangTeachers(SEED);

    private ZhejiangSamples() {}

    public static void main(String[] args) throws IOException {
        SampleGenerator.write(args, DEFAULT_DIR, generate());
    }

    /** File name → content of every sample file. */
    static Map<String, String> generate() { return new ZhejiangSamples().files(); }

    private Map<String, String> files() {
        List<TeacherDossier> teachers = new ArrayList<>();
        int number = 0;
        for (Plan s : ZhejiangTeachers.SCHOOLS) {
            for (int i = 0; i < s.teachers(); i++) teachers.add(gen.teacher(s, String.format("ZT-%04d", ++number), i < s.team()));
        }
        List<SchoolDossier> schools = ZhejiangTeachers.SCHOOLS.stream().map(ZhejiangSamples::school).toList();
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
        Plan first = ZhejiangTeachers.SCHOOLS.get(0);
        String truncated = SampleGenerator.inputLine(gen.teacher(first, "ZT-0901", false));
        lines.add(17, truncated.substring(0, truncated.indexOf(",\"records\"")));                       // malformed JSON
        TeacherDossier credits = gen.teacher(first, "ZT-0902", false);
        List<StudyRecord> records = new ArrayList<>(credits.records());
        StudyRecord online = records.get(0);
        records.set(0, new StudyRecord(RecordKind.ONLINE_COURSE, new BigDecimal("17"), Unit.CREDIT, online.date(), null));
        lines.add(63, SampleGenerator.inputLine(new TeacherDossier(credits.teacher(), records, List.of(), null, credits.parts()))); // online in credits
        TeacherDossier badId = gen.teacher(ZhejiangTeachers.SCHOOLS.get(2), "ZT-0903", false);
        String valid = gen.nationalId();
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
}
