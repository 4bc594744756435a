package io.kaohe.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.params.ParameterTable;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Semester;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;

/**
 * The Shandong teacher rules by hand (SD-01, SD-02, SD-03, SD-07 eligibility; SD-04 grading; SD-13 excellence,
 * ability levels by CN-02): see {@link Baseline}.
 */
public final class ShandongBaseline extends Baseline<ShandongBaseline.Limits> {
    /** The kinds pack.yaml lists for Shandong (others are accepted and not counted). */
    private static final Set<RecordKind> USED = EnumSet.of(RecordKind.ONLINE_COURSE, RecordKind.SCHOOL_PRACTICE,
            RecordKind.RESEARCH_ACTIVITY, RecordKind.PEER_REVIEW, RecordKind.CASE_SUBMISSION);

    record Limits(LocalDate start, LocalDate end, BigDecimal totalHours, BigDecimal practiceShareOfTotal, BigDecimal onlineHours,
                  BigDecimal practiceHours, BigDecimal researchPerSemester, int researchSemesters, BigDecimal peerReviews,
                  int passedAbilities, int excellentAbilities) {}

    public ShandongBaseline(ParameterTable parameters, AbilityCatalog catalog) { super(parameters, catalog); }

    @Override
    protected Limits limits(ParameterSet p) {
        BigDecimal total = p.number("teacher.total-hours-min");
        return new Limits(p.date("cycle.start"), p.date("cycle.end"), total, p.number("teacher.practice-share-min").multiply(total),
                p.number("teacher.online-hours-min"), p.number("teacher.practice-hours-min"),
                p.number("teacher.research-activities-per-semester-min"), p.integer("teacher.research-semesters-min"),
                p.number("teacher.peer-reviews-min"), p.integer("teacher.passed-abilities-min"), p.integer("teacher.excellent-abilities-min"));
    }

    @Override
    protected Result evaluate(TeacherDossier d, Limits l) {
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
            if (!USED.contains(r.kind()) || !inCycle(r, l.start(), l.end())) continue;
            switch (r.kind()) {
                case ONLINE_COURSE -> online = online.add(r.amount());
                case SCHOOL_PRACTICE -> practice = practice.add(r.amount());
                case PEER_REVIEW -> {
                    if (submission == null || !r.date().isAfter(submission)) peerReviews = peerReviews.add(r.amount());
                }
                case RESEARCH_ACTIVITY -> research.merge(r.effectiveSemester(), r.amount(), BigDecimal::add);
                default -> { }
            }
        }

        TreeSet<String> unmet = new TreeSet<>();
        if (below(online.add(practice), l.totalHours())) unmet.add("SD-01");
        // practice ≥ share × required hours; never met when nothing is required (no whole to take a share of)
        if (l.totalHours().signum() == 0 || below(practice, l.practiceShareOfTotal())) unmet.add("SD-01");
        if (below(online, l.onlineHours()) || below(practice, l.practiceHours())) unmet.add("SD-02");
        // SD-03: enough semesters that reach the per-semester minimum
        long reached = research.values().stream().filter(n -> !below(n, l.researchPerSemester())).count();
        if (reached < l.researchSemesters()) unmet.add("SD-03");
        if (below(peerReviews, l.peerReviews())) unmet.add("SD-07");
        boolean eligible = unmet.isEmpty();

        Abilities a = abilities(latest, d.teacher().stage());
        if (a.passed() < l.passedAbilities()) unmet.add("SD-04");
        return result(eligible, unmet, a.excellent() >= l.excellentAbilities());
    }
}
