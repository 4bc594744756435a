package io.kaohe.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One assessment of one micro-ability (or evaluation / focus point) of a teacher (interchange v1
 * {@code scores[]}).
 *
 * <p>{@code level} may be given directly, or derived from {@code evidence} by CN-02; when both are
 * given they must agree. {@code attempt} counts re-assessments (1 when absent); the latest attempt of
 * an ability is the one that counts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RubricScore(String ability, Level level, BigDecimal score, LocalDate assessedOn, Integer attempt,
                          List<Evidence> evidence) {

    public RubricScore {
        evidence = evidence == null || evidence.isEmpty() ? null : Lists.copy(evidence);
    }

    public static RubricScore of(String ability, Level level, LocalDate assessedOn) {
        return new RubricScore(ability, level, null, assessedOn, 1, null);
    }

    /** The level that counts: CN-02 over the evidence when there is evidence, else the given level. */
    public Level effectiveLevel() {
        return evidence != null ? Level.fromEvidence(evidence.stream().map(Evidence::level).toList()) : level;
    }

    public int attemptNumber() { return attempt == null ? 1 : attempt; }
}
