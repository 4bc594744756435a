package io.kaohe.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The schools drawn for re-checking (Shandong SD-15: at least 10%). Reproducible: the same seed and
 * school list always draw the same schools.
 */
public record RecheckSample(String clause, long seed, BigDecimal minShare, int size, List<String> schoolIds) {
    public RecheckSample {
        schoolIds = schoolIds.stream().map(io.kaohe.internal.privacy.Mask::scrub).toList();
    }
}
