package io.kaohe.internal.rules;

import io.kaohe.model.Decision;
import io.kaohe.model.Grade;

/** The one grade of a teacher, from the decisions of the requirements recorded in a {@link Ledger}. */
public final class GradingPolicy {
    private GradingPolicy() {}

    /**
     * INCOMPLETE if an eligibility requirement is unmet, else FAIL if a grading requirement is unmet, else
     * EXCELLENT if the pack has excellence rules and all are met, else PASS.
     */
    public static Grade teacherGrade(Ledger ledger) {
        if (ledger.anyUnmet(Decision.ELIGIBILITY)) return Grade.INCOMPLETE;
        if (ledger.anyUnmet(Decision.GRADING)) return Grade.FAIL;
        return ledger.allMet(Decision.EXCELLENCE) ? Grade.EXCELLENT : Grade.PASS;
    }

    /**
     * Whether an unmet requirement of this decision is listed in a verdict's {@code unmet}: eligibility, grading
     * and school requirements are; a missed excellence requirement is not a failure, and outcomes and progress
     * are not requirements of the verdict.
     */
    public static boolean listedWhenUnmet(Decision d) {
        return d != Decision.EXCELLENCE && d != Decision.OUTCOME && d != Decision.PROGRESS;
    }
}
