package io.kaohe.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

import io.kaohe.internal.pack.AbilityCatalog;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.params.ParameterTable;
import io.kaohe.model.Grade;
import io.kaohe.model.Level;
import io.kaohe.model.MicroAbility;
import io.kaohe.model.RubricScore;
import io.kaohe.model.Stage;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;

/**
 * A pack's teacher rules written by hand in plain Java: the performance floor of bench/README.md. No rule engine,
 * no reasons, only the grade and the unmet eligibility and grading clauses. Each pack's baseline reads the pack's
 * own dated parameters and catalogue and derives everything from the dossier itself (none of the engine's fact
 * classes), so its agreement with the Drools pack ({@code BaselineAgreementTest}) is a real check. It expects a
 * dossier the validator accepted. A hand-coded pipeline would read its thresholds once per date, not per dossier:
 * {@code L} is that per-date set of limits, made once for each assessment date met.
 */
public abstract class Baseline<L> {
    /** What a baseline decides: the grade and the unmet eligibility and grading clauses, sorted. */
    public record Result(Grade grade, List<String> unmet) {}

    /** The packs that have a hand-written baseline: all four. */
    public static final List<String> PACKS = List.of("shandong", "hunan", "liaoning", "zhejiang");

    private final ParameterTable parameters;
    protected final AbilityCatalog catalog;
    private final Map<LocalDate, L> limits = new ConcurrentHashMap<>();

    protected Baseline(ParameterTable parameters, AbilityCatalog catalog) {
        this.parameters = parameters;
        this.catalog = catalog;
    }

    /** The hand-written baseline of a pack. */
    public static Baseline<?> of(String pack, ParameterTable parameters, AbilityCatalog catalog) {
        return switch (pack) {
            case "shandong" -> new ShandongBaseline(parameters, catalog);
            case "hunan" -> new HunanBaseline(parameters, catalog);
            case "liaoning" -> new LiaoningBaseline(parameters, catalog);
            case "zhejiang" -> new ZhejiangBaseline(parameters, catalog);
            default -> throw new IllegalArgumentException("no hand-written baseline for pack " + pack + "; there is one for " + PACKS);
        };
    }

    /** The date a dossier is assessed at: its own, else the latest policy date (as the engine does). */
    public LocalDate date(TeacherDossier d) {
        return d.referenceDate().orElseGet(parameters::latestChange);
    }

    public Result evaluate(TeacherDossier d) {
        return evaluate(d, limits.computeIfAbsent(date(d), day -> limits(parameters.at(day))));
    }

    /** The pack's thresholds in force on one date. */
    protected abstract L limits(ParameterSet p);

    protected abstract Result evaluate(TeacherDossier d, L limits);

    // ---- what the packs share ---------------------------------------------------------------------

    static boolean inCycle(StudyRecord r, LocalDate start, LocalDate end) {
        return !r.date().isBefore(start) && !r.date().isAfter(end);
    }

    static boolean below(BigDecimal actual, BigDecimal min) { return actual.compareTo(min) < 0; }

    /** Each ability's latest attempt (attempt number, then date; the later line on a tie); its level applies evidence (CN-02). */
    static Map<String, RubricScore> latestAttempts(List<RubricScore> scores) {
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

    /** Abilities whose latest attempt passed, and is excellent, among those the catalogue allows for the stage. */
    record Abilities(int passed, int excellent) {}

    Abilities abilities(Map<String, RubricScore> latest, Stage stage) {
        int passed = 0;
        int excellent = 0;
        for (Map.Entry<String, RubricScore> a : latest.entrySet()) {
            MicroAbility m = catalog.get(a.getKey()).orElse(null);
            if (m != null && !m.fits(stage)) continue;
            Level level = a.getValue().effectiveLevel();
            if (level.passed()) passed++;
            if (level == Level.EXCELLENT) excellent++;
        }
        return new Abilities(passed, excellent);
    }

    /** INCOMPLETE if an eligibility clause is unmet, else FAIL if a grading clause is, else EXCELLENT or PASS. */
    static Result result(boolean eligible, SortedSet<String> unmet, boolean excellent) {
        Grade grade = !eligible ? Grade.INCOMPLETE : !unmet.isEmpty() ? Grade.FAIL : excellent ? Grade.EXCELLENT : Grade.PASS;
        return new Result(grade, new ArrayList<>(unmet));
    }
}
