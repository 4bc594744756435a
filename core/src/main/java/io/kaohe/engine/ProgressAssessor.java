package io.kaohe.engine;

import java.time.LocalDate;

import io.kaohe.Engine;
import io.kaohe.model.Cohort;
import io.kaohe.model.ProgressReport;

/** Builds a cohort's progress report with a pack's progress rules. */
final class ProgressAssessor {
    private ProgressAssessor() {}

    static ProgressReport progress(Engine engine, PackRules rules, Cohort cohort, LocalDate asOf) {
        throw new UnsupportedOperationException("progress: not built yet");
    }
}
