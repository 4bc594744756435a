package io.kaohe.shandong;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import io.kaohe.internal.privacy.NationalIds;
import io.kaohe.model.Evidence;
import io.kaohe.model.Level;
import io.kaohe.model.RecordKind;
import io.kaohe.model.Role;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Semester;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.Teacher;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;
import io.kaohe.spi.CohortGenerator;
import io.kaohe.spi.Invented;

/**
 * Invents teacher dossiers for the sample county: mostly complete ones, and the usual ways a dossier
 * falls short (too few hours, a thin semester, no peer review, a failed ability, records from before
 * the cycle). A thin semester (1 research activity) no longer fails SD-03 when another semester has 2
 * (issue 13, rules-shandong/README.md): its reason lists it. Only {@link Random} draws decide anything,
 * so the same seed gives the same teachers.
 */
public final class ShandongTeachers {
    /** What the generator aims at for a teacher; the verdict is the engine's, never this. */
    public enum Profile { COMPLETE, EXCELLENT, FAILED_ABILITY, REASSESSED_PASS, REASSESSED_FAIL, SHORT_ONLINE,
        SHORT_PRACTICE_SHARE, THIN_SEMESTER, NO_PEER_REVIEW, BEFORE_CYCLE }

    private static final int[] WEIGHTS = {57, 15, 6, 5, 2, 3, 3, 4, 3, 2};
    private static final List<String> EVIDENCE = List.of("教学设计", "课堂实录片段", "教学反思");

    /** The last day of the sample: the cohort is a snapshot taken on the demo's as-of date. */
    public static final LocalDate LAST_DAY = LocalDate.of(2022, 11, 19);

    private final Random rng;

    public ShandongTeachers(Random rng) { this.rng = rng; }

    /** {@code kaohe generate}: the sample's teachers, any seed, over numbered copies of the sample county's schools. */
    static CohortGenerator generator() {
        return new CohortGenerator("T-", seed -> {
            ShandongTeachers gen = new ShandongTeachers(new Random(seed));
            return Invented.spread(ShandongSchool.COUNTY_SCHOOLS, ShandongSchool::teachers, ShandongSchool::renamed,
                    (s, id, i) -> gen.dossier(s, id, i < s.team(), gen.profile(s)));
        });
    }

    /** The profile of a teacher of this school: the demonstration school (quality ≥ 0.85) has every teacher through. */
    public Profile profile(ShandongSchool school) { return school.quality() >= 0.85 ? strongProfile() : profile(); }

    public Profile profile() {
        return Profile.values()[Invented.weighted(rng, WEIGHTS)];
    }

    /** A teacher of a demonstration school: done, and done well (some after a re-assessment). */
    private Profile strongProfile() {
        int r = rng.nextInt(57 + 15 + 5);
        return r < 57 ? Profile.COMPLETE : r < 72 ? Profile.EXCELLENT : Profile.REASSESSED_PASS;
    }

    public TeacherDossier dossier(ShandongSchool school, String id, boolean manager, Profile p) {
        List<Semester> semesters = semesters(school);
        List<StudyRecord> records = new ArrayList<>();
        int online = p == Profile.SHORT_ONLINE ? 36 + rng.nextInt(12) : p == Profile.BEFORE_CYCLE ? 34 + rng.nextInt(8)
                : p == Profile.SHORT_PRACTICE_SHARE ? 54 + rng.nextInt(7) : 50 + rng.nextInt(11);
        int offline = p == Profile.SHORT_PRACTICE_SHARE ? 8 + rng.nextInt(9) : rng.nextInt(100) < 45 ? 6 + rng.nextInt(11) : 0;
        int practice = p == Profile.SHORT_PRACTICE_SHARE ? 50 + rng.nextInt(5) : Math.max(50, online + offline) + rng.nextInt(9);
        hours(records, RecordKind.ONLINE_COURSE, online, semesters);
        hours(records, RecordKind.SCHOOL_PRACTICE, practice, semesters);
        if (offline > 0) hours(records, RecordKind.OFFLINE_TRAINING, offline, semesters.subList(0, 1));
        if (p == Profile.BEFORE_CYCLE) {
            records.add(record(RecordKind.ONLINE_COURSE, hours(12 + rng.nextInt(5)), day(LocalDate.of(2019, 10, 8), LocalDate.of(2019, 12, 20)), null));
        } else if (rng.nextInt(100) < 8) {
            records.add(record(RecordKind.OFFLINE_TRAINING, hours(8), day(LocalDate.of(2019, 9, 2), LocalDate.of(2019, 12, 27)), null));
        }
        int thin = p == Profile.THIN_SEMESTER ? rng.nextInt(semesters.size()) : -1;
        for (int s = 0; s < semesters.size(); s++) {
            int activities = s == thin ? 1 : 2 + (rng.nextInt(100) < 30 ? 1 : 0);
            for (int a = 0; a < activities; a++) {
                Semester sem = semesters.get(s);
                LocalDate date = inTerm(sem);
                records.add(record(RecordKind.RESEARCH_ACTIVITY, BigDecimal.ONE, date, rng.nextBoolean() ? sem.toString() : null));
            }
        }
        Semester last = semesters.get(semesters.size() - 1);
        LocalDate firstAssessed = assessmentDay(last);
        List<RubricScore> scores = scores(school, p, firstAssessed);
        if (p != Profile.NO_PEER_REVIEW) {
            for (int i = 0, n = rng.nextInt(100) < 80 ? 1 : 2; i < n; i++) {
                records.add(record(RecordKind.PEER_REVIEW, BigDecimal.ONE, firstAssessed.minusDays(2 + rng.nextInt(24)), null));
            }
        } else if (rng.nextBoolean()) {
            // reviewed others only after submitting: does not count (SD-07)
            records.add(record(RecordKind.PEER_REVIEW, BigDecimal.ONE, firstAssessed.plusDays(3 + rng.nextInt(8)), null));
        }
        if (rng.nextInt(100) < 30) records.add(record(RecordKind.GUIDANCE_PLAN, BigDecimal.ONE, inTerm(last), null));
        if (rng.nextInt(100) < 15) records.add(record(RecordKind.CASE_SUBMISSION, BigDecimal.ONE, firstAssessed.plusDays(rng.nextInt(10)), null));
        records.sort(Comparator.comparing(StudyRecord::date).thenComparing(StudyRecord::kind));
        return new TeacherDossier(teacher(school, id, manager), records, scores);
    }

    private Teacher teacher(ShandongSchool school, String id, boolean manager) {
        String name = Invented.name(rng);
        String nationalId = rng.nextInt(100) < 60 ? nationalId() : null;
        List<Role> roles = manager ? List.of(Role.TEACHER, Role.MANAGER) : List.of(Role.TEACHER);
        String subject = school.subjects().get(rng.nextInt(school.subjects().size()));
        return Teacher.builder().id(id).name(name).nationalId(nationalId).schoolId(school.id()).stage(school.stage())
                .subject(subject).roles(roles).build();
    }

    /** An invented number with a valid GB 11643 check digit; region 379901 is not a real county. */
    public String nationalId() { return Invented.nationalId(rng, "379901", 1965); }

    public String phone() { return Invented.phone(rng, "139"); }

    private List<RubricScore> scores(ShandongSchool school, Profile p, LocalDate first) {
        List<String> pool = new ArrayList<>(school.abilities());
        Collections.shuffle(pool, rng);
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            levels.add(p == Profile.EXCELLENT || rng.nextInt(100) < 22 ? Level.EXCELLENT : Level.PASS);
        }
        if (p != Profile.EXCELLENT && levels.stream().allMatch(l -> l == Level.EXCELLENT)) levels.set(2, Level.PASS);
        int retried = rng.nextInt(3);
        if (p == Profile.FAILED_ABILITY) levels.set(retried, Level.FAIL);
        List<RubricScore> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LocalDate on = i == 0 ? first : first.plusDays(rng.nextInt(12));
            boolean again = i == retried && (p == Profile.REASSESSED_PASS || p == Profile.REASSESSED_FAIL);
            out.add(score(pool.get(i), again ? Level.FAIL : levels.get(i), on, 1));
            if (again) out.add(score(pool.get(i), p == Profile.REASSESSED_PASS ? Level.PASS : Level.FAIL, reassessment(on), 2));
        }
        return out;
    }

    /** A level given directly, or (one in ten) as evidence levels it follows from (CN-02); some carry a 0–100 score too. */
    private RubricScore score(String ability, Level level, LocalDate on, int attempt) {
        BigDecimal points = rng.nextInt(100) < 60 ? BigDecimal.valueOf(switch (level) {
            case FAIL -> 40 + rng.nextInt(20);
            case PASS -> 60 + rng.nextInt(25);
            case EXCELLENT -> 85 + rng.nextInt(14);
        }) : null;
        if (rng.nextInt(100) >= 10) return new RubricScore(ability, level, points, on, attempt, null);
        List<Evidence> evidence = new ArrayList<>();
        int weak = rng.nextInt(EVIDENCE.size());
        for (int i = 0; i < EVIDENCE.size(); i++) {
            Level piece = level == Level.EXCELLENT ? Level.EXCELLENT : i == weak ? level
                    : rng.nextBoolean() ? Level.EXCELLENT : Level.PASS;
            evidence.add(new Evidence(EVIDENCE.get(i), piece));
        }
        return new RubricScore(ability, rng.nextBoolean() ? level : null, points, on, attempt, evidence);
    }

    /** Three to six weeks later; in autumn 2022 by the demo's as-of date (20 November). */
    private LocalDate reassessment(LocalDate first) {
        LocalDate second = first.plusDays(20 + rng.nextInt(21));
        return second.isAfter(LAST_DAY) ? day(first.plusDays(1), LAST_DAY.plusDays(1)) : second;
    }

    /** The semesters a teacher studies in: the school's batch year, and for some of the second batch the autumn after. */
    private List<Semester> semesters(ShandongSchool school) {
        Semester first = Semester.parse(school.batch() + "-1");
        List<Semester> out = new ArrayList<>(List.of(first, first.next()));
        if (first.startYear() == 2021 && rng.nextInt(100) < 30) out.add(first.next().next());
        return out;
    }

    /** Spreads hours (in half hours) over 2–4 records in the given semesters. */
    private void hours(List<StudyRecord> out, RecordKind kind, int halves, List<Semester> semesters) {
        int parts = Math.min(halves, 2 + rng.nextInt(3));
        int left = halves;
        for (int i = parts; i > 0; i--) {
            int part = i == 1 ? left : Math.max(1, Math.min(left - (i - 1), left / i + rng.nextInt(5) - 2));
            left -= part;
            out.add(record(kind, hours(part), inTerm(semesters.get(rng.nextInt(semesters.size()))), null));
        }
    }

    private static BigDecimal hours(int halves) { return BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2)); }

    private static StudyRecord record(RecordKind kind, BigDecimal amount, LocalDate date, String semester) {
        return new StudyRecord(kind, amount, kind == RecordKind.ONLINE_COURSE || kind == RecordKind.SCHOOL_PRACTICE
                || kind == RecordKind.OFFLINE_TRAINING ? Unit.HOUR : Unit.COUNT, date, semester);
    }

    /** A school day of the semester: autumn 7 Sep – 12 Jan, spring 20 Feb – 8 Jul; autumn 2022 only until 10 Nov. */
    private LocalDate inTerm(Semester s) {
        LocalDate from = s.term() == 1 ? LocalDate.of(s.startYear(), 9, 7) : LocalDate.of(s.startYear() + 1, 2, 20);
        LocalDate to = s.term() == 1 ? LocalDate.of(s.startYear() + 1, 1, 12) : LocalDate.of(s.startYear() + 1, 7, 8);
        if (s.startYear() == 2022) to = LocalDate.of(2022, 11, 10);
        return day(from, to);
    }

    /** First assessment: June of a spring semester, or late autumn 2022. */
    private LocalDate assessmentDay(Semester last) {
        return last.term() == 2 ? day(LocalDate.of(last.startYear() + 1, 6, 1), LocalDate.of(last.startYear() + 1, 6, 25))
                : day(LocalDate.of(2022, 10, 20), LocalDate.of(2022, 11, 8));
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(rng.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }
}
