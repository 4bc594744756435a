package io.kaohe.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.kaohe.model.Environment;
import io.kaohe.model.Level;
import io.kaohe.model.MicroAbility;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Semester;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.pack.UnitConversions;
import io.kaohe.internal.params.ParameterSet;

/**
 * The facts rules see about one teacher: a dossier summed up, with no policy decided. Records
 * outside the cycle ({@code cycle.start} … {@code cycle.end}, parameters of every pack) are not
 * counted, and counted separately so reasons can say so.
 *
 * <p>"Research semesters" are the semesters within the cycle in which the teacher took part in a
 * RESEARCH_ACTIVITY (of the kinds the pack uses). Other records never open a semester, so adding one
 * never adds an obligation (Shandong SD-03 reading, rules-shandong/README.md).
 */
public final class TeacherFacts {
    private final String teacherId;
    private final Stage stage;
    private final boolean manager;
    private final LocalDate cycleStart;
    private final LocalDate cycleEnd;
    private final Map<RecordKind, BigDecimal> amounts = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, LocalDate> firstDates = new EnumMap<>(RecordKind.class);
    private final int outsideCycle;
    private final int notUsed;
    private final List<SemesterActivity> semesters;
    private final List<AbilityResult> abilities;
    private final LocalDate submission;
    private final UnitConversions units;
    /** the abilities sorted as rules read them, made once: rules of every pack read them, some several times */
    private final List<String> passedCodes;
    private final List<String> excellentCodes;
    private final List<String> failedCodes;
    private final List<String> unfitCodes;

    private TeacherFacts(TeacherDossier d, LocalDate cycleStart, LocalDate cycleEnd, AbilityCatalog catalog,
                         UnitConversions units) {
        this.teacherId = d.teacher().id();
        this.stage = d.teacher().stage();
        this.manager = d.teacher().isManager();
        this.cycleStart = cycleStart;
        this.cycleEnd = cycleEnd;
        this.units = units;
        int outside = 0;
        int unused = 0;
        Map<Semester, BigDecimal> research = new TreeMap<>();
        for (StudyRecord r : d.records()) {
            if (!units.uses(r.kind())) {
                unused++;
                continue;
            }
            if (!inCycle(r)) {
                outside++;
                continue;
            }
            amounts.merge(r.kind(), units.toBase(r.kind(), r.unit(), r.amount()), BigDecimal::add);
            firstDates.merge(r.kind(), r.date(), (a, b) -> a.isBefore(b) ? a : b);
            if (r.kind() == RecordKind.RESEARCH_ACTIVITY) research.merge(r.effectiveSemester(), r.amount(), BigDecimal::add);
        }
        this.outsideCycle = outside;
        this.notUsed = unused;
        List<SemesterActivity> active = new ArrayList<>(research.size());
        for (Map.Entry<Semester, BigDecimal> e : research.entrySet()) {
            if (e.getValue().signum() > 0) active.add(new SemesterActivity(teacherId, e.getKey(), e.getValue()));
        }
        this.semesters = List.copyOf(active);
        this.abilities = latestAttempts(d.scores(), catalog, stage);
        // the submission the verdict uses: the counted (latest) attempts, complete on the last of their dates;
        // an earlier attempt that a re-assessment replaced decides nothing (SD-07, rules-shandong/README.md)
        LocalDate last = null;
        List<String> passed = new ArrayList<>(abilities.size()), excellent = new ArrayList<>(2), failed = new ArrayList<>(2),
                unfit = new ArrayList<>(2);
        for (AbilityResult a : abilities) {  // a loop, not streams: this runs for every dossier
            if (last == null || a.getAssessedOn().isAfter(last)) last = a.getAssessedOn();
            if (a.isPassed() && a.isFitsStage()) passed.add(a.getCode());
            if (a.isExcellent() && a.isFitsStage()) excellent.add(a.getCode());
            if (!a.isPassed()) failed.add(a.getCode());
            if (!a.isFitsStage()) unfit.add(a.getCode());
        }
        this.submission = last;
        this.passedCodes = List.copyOf(passed);
        this.excellentCodes = List.copyOf(excellent);
        this.failedCodes = List.copyOf(failed);
        this.unfitCodes = List.copyOf(unfit);
    }

    /** Whether a record counts: a kind the pack uses, dated within the cycle (for facts a pack builds itself). */
    public boolean counts(StudyRecord r) { return units.uses(r.kind()) && inCycle(r); }

    private boolean inCycle(StudyRecord r) {
        return !r.date().isBefore(cycleStart) && !r.date().isAfter(cycleEnd);
    }

    /** Sums up a dossier with the cycle bounds in force for its assessment date, counting every record kind. */
    public static TeacherFacts of(TeacherDossier d, ParameterSet params, AbilityCatalog catalog) {
        return of(d, params, catalog, UnitConversions.NONE);
    }

    /**
     * As {@link #of(TeacherDossier, ParameterSet, AbilityCatalog)}, each kind's amounts summed in its base
     * unit. Records of kinds the pack does not use (not in its {@code units:}) are not counted, only tallied.
     */
    public static TeacherFacts of(TeacherDossier d, ParameterSet params, AbilityCatalog catalog, UnitConversions units) {
        return new TeacherFacts(d, params.date("cycle.start"), params.date("cycle.end"), catalog, units);
    }

    /** The latest attempt of each ability counts (HN-05: re-assessment until passing). */
    private static List<AbilityResult> latestAttempts(List<RubricScore> scores, AbilityCatalog catalog, Stage stage) {
        // loops, not streams: this runs for every dossier
        Map<String, List<RubricScore>> byCode = new TreeMap<>();
        for (RubricScore s : scores) byCode.computeIfAbsent(s.ability(), k -> new ArrayList<>(2)).add(s);
        AbilityResult[] out = new AbilityResult[byCode.size()];
        int i = 0;
        for (Map.Entry<String, List<RubricScore>> e : byCode.entrySet()) {
            List<RubricScore> ordered = e.getValue();
            ordered.sort(BY_ATTEMPT);
            Level[] levels = new Level[ordered.size()];
            LocalDate[] dates = new LocalDate[ordered.size()];
            for (int k = 0; k < levels.length; k++) {
                levels[k] = ordered.get(k).effectiveLevel();
                dates[k] = ordered.get(k).assessedOn();
            }
            MicroAbility m = catalog.get(e.getKey()).orElse(null);
            Environment env = m == null ? null : m.environment();
            out[i++] = new AbilityResult(e.getKey(), env, levels[levels.length - 1], levels.length, dates[dates.length - 1],
                    List.of(levels), List.of(dates), m == null || m.fits(stage));
        }
        return List.of(out);
    }

    private static final Comparator<RubricScore> BY_ATTEMPT = Comparator.comparingInt(RubricScore::attemptNumber)
            .thenComparing(RubricScore::assessedOn);

    /** The teacher's ID (never the national ID). */
    public String getTeacherId() { return teacherId; }
    /** The school stage the teacher teaches (PRIMARY, JUNIOR, …). */
    public Stage getStage() { return stage; }
    /** Whether the teacher holds the MANAGER role (a school leader). */
    public boolean isManager() { return manager; }
    /** First day of the study cycle in force for the assessment date (parameters); records before it are not counted. */
    public LocalDate getCycleStart() { return cycleStart; }
    /** Last day of the study cycle in force for the assessment date; records after it are not counted. */
    public LocalDate getCycleEnd() { return cycleEnd; }

    /** Sum of amounts of records of this kind within the cycle, in the kind's base unit (pack.yaml {@code units:}, first listed). */
    public BigDecimal amount(String kind) { return amounts.getOrDefault(RecordKind.valueOf(kind), BigDecimal.ZERO); }

    /** Sum of amounts over several kinds within the cycle. */
    public BigDecimal amounts(String... kinds) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String k : kinds) sum = sum.add(amount(k));
        return sum;
    }

    /** The first date of a record of this kind within the cycle, or null. */
    public LocalDate firstDate(String kind) { return firstDates.get(RecordKind.valueOf(kind)); }

    /** Records dated outside the cycle: not counted anywhere. */
    public int getOutsideCycle() { return outsideCycle; }

    /** Records of kinds this pack's policy does not use (e.g. offline training in Shandong): not counted. */
    public int getNotUsed() { return notUsed; }

    /** One entry per research semester (a semester of the cycle with a research activity), in order. */
    public List<SemesterActivity> getSemesters() { return semesters; }

    /** Latest attempt per ability, by code. */
    public List<AbilityResult> getAbilities() { return abilities; }

    /** Codes of the abilities whose latest attempt passed (PASS or EXCELLENT) and that fit the teacher's stage. */
    public List<String> getPassedCodes() { return passedCodes; }

    /** Codes of the abilities whose latest attempt is EXCELLENT and that fit the teacher's stage. */
    public List<String> getExcellentCodes() { return excellentCodes; }

    /** Codes of the abilities whose latest attempt failed. */
    public List<String> getFailedCodes() { return failedCodes; }

    /** Abilities assessed that the catalog does not allow for the teacher's stage. */
    public List<String> getUnfitCodes() { return unfitCodes; }

    /** How many abilities passed (the size of `passedCodes`). */
    public int getPassedAbilities() { return passedCodes.size(); }
    /** How many abilities are at EXCELLENT (the size of `excellentCodes`). */
    public int getExcellentAbilities() { return excellentCodes.size(); }

    /** Environments of the passed abilities (for packs that ask for a spread). */
    public Set<Environment> getPassedEnvironments() {
        EnumSet<Environment> s = EnumSet.noneOf(Environment.class);
        abilities.stream().filter(a -> a.isPassed() && a.getEnvironment() != null).forEach(a -> s.add(a.getEnvironment()));
        return s;
    }

    /**
     * The date of the submission whose results the verdict uses: the latest date among the counted
     * attempts (the latest attempt of each ability), or null when nothing was assessed yet.
     */
    public LocalDate getSubmission() { return submission; }
}
