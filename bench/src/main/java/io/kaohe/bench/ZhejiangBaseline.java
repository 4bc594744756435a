package io.kaohe.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.TreeSet;

import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.params.ParameterTable;
import io.kaohe.model.Level;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.Unit;
import io.kaohe.zhejiang.FinalAssessment;

/**
 * The Zhejiang teacher rules by hand (ZJ-01 eligibility: online minutes, offline and practice credits, credits in
 * all; ZJ-08: the training institution's final assessment, recorded (eligibility), passed (grading), excellent
 * (excellence)): see {@link Baseline}.
 */
public final class ZhejiangBaseline extends Baseline<ZhejiangBaseline.Limits> {
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    record Limits(LocalDate start, LocalDate end, BigDecimal onlineMinutes, BigDecimal onlineCredits, BigDecimal offlineCredits,
                  BigDecimal practiceCredits, BigDecimal totalCredits) {}

    public ZhejiangBaseline(ParameterTable parameters, AbilityCatalog catalog) { super(parameters, catalog); }

    @Override
    protected Limits limits(ParameterSet p) {
        return new Limits(p.date("cycle.start"), p.date("cycle.end"), p.number("teacher.online-minutes-min"),
                p.number("teacher.online-credits"), p.number("teacher.offline-credits-min"), p.number("teacher.practice-credits-min"),
                p.number("teacher.total-credits-min"));
    }

    @Override
    protected Result evaluate(TeacherDossier d, Limits l) {
        BigDecimal minutes = BigDecimal.ZERO;
        BigDecimal offline = BigDecimal.ZERO;
        BigDecimal practice = BigDecimal.ZERO;
        for (StudyRecord r : d.records()) {
            if (!inCycle(r, l.start(), l.end())) continue;
            switch (r.kind()) {
                // online study is counted in minutes; a record in hours is 60 minutes an hour
                case ONLINE_COURSE -> minutes = minutes.add(r.unit() == Unit.HOUR ? r.amount().multiply(MINUTES_PER_HOUR) : r.amount());
                case OFFLINE_TRAINING -> offline = offline.add(r.amount());
                case SCHOOL_PRACTICE -> practice = practice.add(r.amount());
                default -> { }
            }
        }
        TreeSet<String> unmet = new TreeSet<>();
        boolean onlineDone = !below(minutes, l.onlineMinutes());
        BigDecimal credits = (onlineDone ? l.onlineCredits() : BigDecimal.ZERO).add(offline).add(practice);
        if (!onlineDone || below(offline, l.offlineCredits()) || below(practice, l.practiceCredits())
                || below(credits, l.totalCredits())) unmet.add("ZJ-01");
        FinalAssessment last = FinalAssessment.of(d);
        if (last == null) unmet.add("ZJ-08");
        boolean eligible = unmet.isEmpty();
        if (last != null && !last.level().passed()) unmet.add("ZJ-08");
        return result(eligible, unmet, last != null && last.level() == Level.EXCELLENT);
    }
}
