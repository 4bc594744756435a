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
 * The Hunan teacher rules by hand (HN-01 eligibility: online courses and school practice together; HN-02 grading:
 * evaluation points passed, the latest attempt counting (HN-05), points not for the teacher's stage left out;
 * HN-07 excellence): see {@link Baseline}.
 */
public final class HunanBaseline extends Baseline<HunanBaseline.Limits> {
    record Limits(LocalDate start, LocalDate end, BigDecimal totalHours, int passedPoints, int excellentPoints) {}

    public HunanBaseline(ParameterTable parameters, AbilityCatalog catalog) { super(parameters, catalog); }

    @Override
    protected Limits limits(ParameterSet p) {
        return new Limits(p.date("cycle.start"), p.date("cycle.end"), p.number("teacher.total-hours-min"),
                p.integer("teacher.passed-points-min"), p.integer("teacher.excellent-points-min"));
    }

    @Override
    protected Result evaluate(TeacherDossier d, Limits l) {
        BigDecimal hours = BigDecimal.ZERO;
        for (StudyRecord r : d.records()) {
            switch (r.kind()) {
                case ONLINE_COURSE, SCHOOL_PRACTICE -> {
                    if (inCycle(r, l.start(), l.end())) hours = hours.add(r.amount());
                }
                default -> { }
            }
        }
        TreeSet<String> unmet = new TreeSet<>();
        if (below(hours, l.totalHours())) unmet.add("HN-01");
        boolean eligible = unmet.isEmpty();
        Abilities a = abilities(latestAttempts(d.scores()), d.teacher().stage());
        if (a.passed() < l.passedPoints()) unmet.add("HN-02");
        return result(eligible, unmet, a.excellent() >= l.excellentPoints());
    }
}
