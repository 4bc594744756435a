package io.kaohe.rules;

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
    private final boolean fitsStage;

    public AbilityResult(String code, Environment environment, Level level, int attempts, LocalDate assessedOn,
                         List<Level> history, boolean fitsStage) {
        this.code = code;
        this.environment = environment;
        this.level = level;
        this.attempts = attempts;
        this.assessedOn = assessedOn;
        this.history = List.copyOf(history);
        this.fitsStage = fitsStage;
    }

    public String getCode() { return code; }
    public Environment getEnvironment() { return environment; }
    public Level getLevel() { return level; }
    public boolean isPassed() { return level.passed(); }
    public boolean isExcellent() { return level == Level.EXCELLENT; }
    public int getAttempts() { return attempts; }
    public LocalDate getAssessedOn() { return assessedOn; }
    /** Levels of every attempt, first to latest. */
    public List<Level> getHistory() { return history; }
    /** Whether the catalog allows this ability for the teacher's stage. */
    public boolean isFitsStage() { return fitsStage; }

    @Override
    public String toString() { return code + ":" + level + (attempts > 1 ? " " + history : ""); }
}
