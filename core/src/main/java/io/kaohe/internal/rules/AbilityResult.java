package io.kaohe.internal.rules;

import java.time.LocalDate;
import java.util.List;

import io.kaohe.model.Environment;
import io.kaohe.model.Level;

/**
 * A teacher's result on one ability: the level of its latest attempt (CN-02 applied to evidence),
 * with the levels of all attempts in order for the reasons. A fact rules can match.
 */
public final class AbilityResult {
    private final String code;
    private final Environment environment;
    private final Level level;
    private final int attempts;
    private final LocalDate assessedOn;
    private final List<Level> history;
    private final List<LocalDate> attemptDates;
    private final boolean fitsStage;

    public AbilityResult(String code, Environment environment, Level level, int attempts, LocalDate assessedOn,
                         List<Level> history, boolean fitsStage) {
        this(code, environment, level, attempts, assessedOn, history, List.of(), fitsStage);
    }

    /** @param attemptDates the date of every attempt, first to latest (same order as {@code history}) */
    public AbilityResult(String code, Environment environment, Level level, int attempts, LocalDate assessedOn,
                         List<Level> history, List<LocalDate> attemptDates, boolean fitsStage) {
        this.code = code;
        this.environment = environment;
        this.level = level;
        this.attempts = attempts;
        this.assessedOn = assessedOn;
        this.history = List.copyOf(history);
        this.attemptDates = List.copyOf(attemptDates);
        this.fitsStage = fitsStage;
    }

    /** The ability's code in the pack's catalog (A1, B2, …). */
    public String getCode() { return code; }
    /** The teaching environment the catalog gives the ability. */
    public Environment getEnvironment() { return environment; }
    /** The level of the latest attempt (PASS, EXCELLENT or FAIL). */
    public Level getLevel() { return level; }
    /** Whether the latest attempt passed (PASS or EXCELLENT). */
    public boolean isPassed() { return level.passed(); }
    /** Whether the latest attempt is EXCELLENT. */
    public boolean isExcellent() { return level == Level.EXCELLENT; }
    /** How many times the ability was assessed. */
    public int getAttempts() { return attempts; }
    /** The date of the latest attempt. */
    public LocalDate getAssessedOn() { return assessedOn; }
    /** Levels of every attempt, first to latest. */
    public List<Level> getHistory() { return history; }
    /** Dates of every attempt, first to latest (for reasons that show a re-assessment). */
    public List<LocalDate> getAttemptDates() { return attemptDates; }
    /**
     * Whether the ability stood passed on {@code date}: its latest attempt dated on or before it passed.
     * A re-assessment after that date does not undo a pass earned by then (Liaoning LN-08).
     */
    public boolean passedBy(LocalDate date) {
        if (attemptDates.isEmpty()) return !assessedOn.isAfter(date) && isPassed();
        Level last = null;
        for (int i = 0; i < attemptDates.size(); i++) {
            if (!attemptDates.get(i).isAfter(date)) last = history.get(i);
        }
        return last != null && last.passed();
    }

    /** Whether the catalog allows this ability for the teacher's stage. */
    public boolean isFitsStage() { return fitsStage; }

    @Override
    public String toString() { return code + ":" + level + (attempts > 1 ? " " + history : ""); }
}
