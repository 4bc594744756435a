package io.kaohe.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.kaohe.model.Grade;
import io.kaohe.model.Level;
import io.kaohe.model.MicroAbility;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Semester;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.params.ParameterTable;

/**
 * The Shandong teacher rules (SD-01, SD-02, SD-03, SD-07 eligibility; SD-04 grading; SD-13 excellence, ability levels by CN-02)
 * written by hand in plain Java, as a performance floor: no rule engine, no reasons rendered, only the
 * grade and the unmet clauses. It reads the pack's own dated parameters and catalog, and derives
 * everything from the dossier itself (it does not use the engine's fact classes), so agreement with
 * the Drools pack is a real check. Expects a dossier the validator accepted.
 */
public final class ShandongBaseline {
    /** The kinds pack.yaml lists for Shandong (others are accepted and not counted). */
    private static final java.util.Set<RecordKind> USED = java.util.EnumSet.of(RecordKind.ONLINE_COURSE, RecordKind.SCHOOL_PRACTICE,
            RecordKind.RESEARCH_ACTIVITY, RecordKind.PEER_REVIEW, RecordKind.CASE_SUBMISSION);

    /** What the baseline decides: the grade and the unmet eligibility and grading clauses, sorted. */
    public record Result(Grade grade, List<String> unmet) {}

    private final ParameterTable parameters;
    private final AbilityCatalog catalog;
    private final Map<LocalDate, ParameterSet> byDate = new java.util.concurrent.ConcurrentHashMap<>();

    public ShandongBaseline(ParameterTable parameters, AbilityCatalog catalog) {
        this.parameters = parameters;
        this.catalog = catalog;
    }

    /** The date a dossier is assessed at: its own, else the latest policy date (as the engine does). */
    public LocalDate date(TeacherDossier d) {
        return d.referenceDate().orElseGet(parameters::latestChange);
    }

    public Result evaluate(TeacherDossier d) {
        ParameterSet p = byDate.computeIfAbsent(date(d), parameters::at);
        LocalDate start = p.date("cycle.start");
        LocalDate end = p.date("cycle.end");
        Map<String, RubricScore> latest = latestAttempts(d.scores());
        // SD-07: the submission the verdict uses, complete on the last date of the counted attempts
        LocalDate submission = null;
        for (RubricScore s : latest.values()) {
            if (submission == null || s.assessedOn().isAfter(submission)) submission = s.assessedOn();
        }
        BigDecimal online = BigDecimal.ZERO;
        BigDecimal practice = BigDecimal.ZERO;
        BigDecimal peerReviews = BigDecimal.ZERO;
        Map<Semester, BigDecimal> research = new TreeMap<>();
        for (StudyRecord r : d.records()) {
            if (!USED.contains(r.kind()) || r.date().isBefore(start) || r.date().isAfter(end)) continue;
            switch (r.kind()) {
                case ONLINE_COURSE -> online = online.add(r.amount());
                case SCHOOL_PRACTICE -> practice = practice.add(r.amount());
                case PEER_REVIEW -> {
                    if (submission == null || !r.date().isAfter(submission)) peerReviews = peerReviews.add(r.amount());
                }
                case RESEARCH_ACTIVITY -> research.merge(r.semester() != null ? Semester.parse(r.semester()) : Semester.of(r.date()),
                        r.amount(), BigDecimal::add);
                default -> { }
            }
        }

        TreeSet<String> unmet = new TreeSet<>();
        boolean eligible = true;
        BigDecimal totalMin = p.number("teacher.total-hours-min");
        if (online.add(practice).compareTo(totalMin) < 0) unmet.add("SD-01");
        // practice ≥ share × required hours; never met when nothing is required (no whole to take a share of)
        if (totalMin.signum() == 0 || practice.compareTo(p.number("teacher.practice-share-min").multiply(totalMin)) < 0) unmet.add("SD-01");
        if (online.compareTo(p.number("teacher.online-hours-min")) < 0) unmet.add("SD-02");
        if (practice.compareTo(p.number("teacher.practice-hours-min")) < 0) unmet.add("SD-02");
        BigDecimal perSemester = p.number("teacher.research-activities-per-semester-min");
        // SD-03: enough semesters that reach the per-semester minimum
        long reached = research.values().stream().filter(n -> n.compareTo(perSemester) >= 0).count();
        if (reached < p.integer("teacher.research-semesters-min")) unmet.add("SD-03");
        if (peerReviews.compareTo(p.number("teacher.peer-reviews-min")) < 0) unmet.add("SD-07");
        eligible = unmet.isEmpty();

        int passed = 0;
        int excellent = 0;
        for (Map.Entry<String, RubricScore> a : latest.entrySet()) {
            MicroAbility m = catalog.get(a.getKey()).orElse(null);
            if (m != null && !m.fits(d.teacher().stage())) continue;
            Level level = a.getValue().effectiveLevel();
            if (level.passed()) passed++;
            if (level == Level.EXCELLENT) excellent++;
        }
        boolean graded = passed >= p.integer("teacher.passed-abilities-min");
        if (!graded) unmet.add("SD-04");
        Grade grade = !eligible ? Grade.INCOMPLETE : !graded ? Grade.FAIL
                : excellent >= p.integer("teacher.excellent-abilities-min") ? Grade.EXCELLENT : Grade.PASS;
        return new Result(grade, new ArrayList<>(unmet));
    }

    /** Each ability's latest attempt (attempt number, then date); its effective level applies evidence (CN-02). */
    private static Map<String, RubricScore> latestAttempts(List<RubricScore> scores) {
        Map<String, RubricScore> latest = new HashMap<>();
        for (RubricScore s : scores) {
            RubricScore l = latest.get(s.ability());
            if (l == null || s.attemptNumber() > l.attemptNumber()
                    || (s.attemptNumber() == l.attemptNumber() && !s.assessedOn().isBefore(l.assessedOn()))) {
                latest.put(s.ability(), s);
            }
        }
        return latest;
    }
}
