package io.kaohe.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.TreeSet;

import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.params.ParameterTable;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;

/**
 * The Liaoning teacher rules by hand (LN-01, LN-02 eligibility: hours in all, practice share, online and practice
 * hours; LN-03 grading: micro-abilities passed and a lesson guidance plan; LN-06 excellence): see {@link Baseline}.
 * The LN-08 outcomes do not change the grade or the unmet clauses.
 */
public final class LiaoningBaseline extends Baseline<LiaoningBaseline.Limits> {
    record Limits(LocalDate start, LocalDate end, BigDecimal totalHours, BigDecimal practiceShareOfTotal, BigDecimal onlineHours,
                  BigDecimal practiceHours, int passedAbilities, BigDecimal guidancePlans, int excellentAbilities) {}

    public LiaoningBaseline(ParameterTable parameters, AbilityCatalog catalog) { super(parameters, catalog); }

    @Override
    protected Limits limits(ParameterSet p) {
        BigDecimal total = p.number("teacher.total-hours-min");
        return new Limits(p.date("cycle.start"), p.date("cycle.end"), total, p.number("teacher.practice-share-min").multiply(total),
                p.number("teacher.online-hours-min"), p.number("teacher.practice-hours-min"), p.integer("teacher.passed-abilities-min"),
                p.number("teacher.guidance-plans-min"), p.integer("teacher.excellent-abilities-min"));
    }

    @Override
    protected Result evaluate(TeacherDossier d, Limits l) {
        BigDecimal online = BigDecimal.ZERO;
        BigDecimal practice = BigDecimal.ZERO;
        BigDecimal offline = BigDecimal.ZERO;
        BigDecimal plans = BigDecimal.ZERO;
        for (StudyRecord r : d.records()) {
            if (!inCycle(r, l.start(), l.end())) continue;
            switch (r.kind()) {
                case ONLINE_COURSE -> online = online.add(r.amount());
                case SCHOOL_PRACTICE -> practice = practice.add(r.amount());
                case OFFLINE_TRAINING -> offline = offline.add(r.amount());
                case GUIDANCE_PLAN -> plans = plans.add(r.amount());
                default -> { }
            }
        }
        TreeSet<String> unmet = new TreeSet<>();
        if (below(online.add(practice).add(offline), l.totalHours())) unmet.add("LN-01");
        // practice ≥ share × required hours; never met when nothing is required (no whole to take a share of)
        if (l.totalHours().signum() == 0 || below(practice, l.practiceShareOfTotal())) unmet.add("LN-01");
        if (below(online, l.onlineHours()) || below(practice, l.practiceHours())) unmet.add("LN-02");
        boolean eligible = unmet.isEmpty();
        Abilities a = abilities(latestAttempts(d.scores()), d.teacher().stage());
        if (a.passed() < l.passedAbilities() || below(plans, l.guidancePlans())) unmet.add("LN-03");
        return result(eligible, unmet, a.excellent() >= l.excellentAbilities());
    }
}
