package io.kaohe.liaoning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * Invents Liaoning teachers: an invented county (no real people, schools or ID numbers) of five schools in the
 * 2023 cycle of the Wafangdian plan, as of 24 November 2023 (the assessment phase). The bundled sample (written by
 * the examples' {@code LiaoningSamples}) and {@code kaohe generate} both use it; only {@link Random} draws decide
 * anything, so a seed gives the same teachers.
 */
public final class LiaoningTeachers {
    public static final String COUNTY = "松川市";
    public static final LocalDate AS_OF = LocalDate.of(2023, 11, 24);

    /** What the generator aims at for a teacher; the verdict is the engine's, never this. */
    public enum Profile { COMPLETE, EXCELLENT, NO_GUIDANCE_PLAN, FAILED_ABILITY, REASSESSED_PASS, SHORT_ONLINE, SHORT_PRACTICE, BEFORE_CYCLE }

    private static final int[] WEIGHTS = {62, 12, 5, 5, 5, 5, 4, 2};

    /**
     * One invented school and how it is set up to come out: plans filed (null: not filed), the share of
     * its public funds spent on training, whether its excellent teachers' cases are forwarded, and
     * whether it is a demonstration school whose teachers are all through.
     */
    public record Plan(String id, String name, Stage stage, int teachers, List<String> abilities, LocalDate development,
                LocalDate research, LocalDate assessment, int publicFunds, String trainingShare, boolean forwardsCases,
                boolean strong) {
        /** The same school under another ID (a numbered copy in a synthetic cohort). */
        public Plan renamed(String newId) {
            return new Plan(newId, name, stage, teachers, abilities, development, research, assessment, publicFunds, trainingShare,
                    forwardsCases, strong);
        }
    }

    public static final List<Plan> SCHOOLS = List.of(
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

    public LiaoningTeachers(long seed) { rng = new Random(seed); }

    /** {@code kaohe generate}: the sample's teachers, any seed, over numbered copies of the sample's schools. */
    static CohortGenerator generator() {
        return new CohortGenerator("LN-", seed -> {
            LiaoningTeachers gen = new LiaoningTeachers(seed);
            return Invented.spread(SCHOOLS, Plan::teachers, Plan::renamed, (s, id, i) -> gen.dossier(s, id, i < 3, gen.profile(s)));
        });
    }

    /** The draws the sample writer shares (phones, staff counts), so the sample keeps its bytes. */
    public Random random() { return rng; }

    /** The profile of a teacher of this school: the demonstration school has every teacher through. */
    public Profile profile(Plan school) { return school.strong() ? strongProfile() : profile(); }

    private Profile profile() {
        return Profile.values()[Invented.weighted(rng, WEIGHTS)];
    }

    /** A teacher of the demonstration school: done, and done well (some after a re-assessment). */
    private Profile strongProfile() {
        int r = rng.nextInt(62 + 12 + 5);
        return r < 62 ? Profile.COMPLETE : r < 74 ? Profile.EXCELLENT : Profile.REASSESSED_PASS;
    }

    public TeacherDossier dossier(Plan s, String id, boolean manager, Profile p) {
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
        String name = Invented.name(rng);
        String nationalId = rng.nextInt(100) < 60 ? nationalId() : null;
        List<Role> roles = manager ? List.of(Role.TEACHER, Role.MANAGER) : List.of(Role.TEACHER);
        return new Teacher(id, name, nationalId, s.id(), s.stage(), null, roles, null, COUNTY, null);
    }

    /** An invented number with a valid GB 11643 check digit; region 219901 is not a real county. */
    public String nationalId() { return Invented.nationalId(rng, "219901", 1966); }

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
}
