package io.kaohe.internal.pack;

/**
 * One item of a school's points form as the pack declares it ({@code form:} in the pack's {@code config.yaml}):
 * its key in a dossier's {@code items}, the clause it serves, the parameter that holds its maximum points, and
 * who scores it. The validator, the form rules (each item is a fact: {@code $i : FormItemSpec(key == "plan")})
 * and the sample generator all read this one declaration.
 */
public final class FormItemSpec {
    /** Who scores an item. */
    public enum ScoredBy {
        /** decided from data by a rule: all its points or none ({@code check.award}) */
        RULE,
        /** judged by an assessor: the score given in the dossier's {@code items} ({@code check.assessed}) */
        ASSESSOR
    }

    private final String key;
    private final String clause;
    private final String max;
    private final ScoredBy scoredBy;

    /** An item as declared; {@link PackConfig#load} checks the clause and the maximum's parameter. */
    public FormItemSpec(String key, String clause, String max, ScoredBy scoredBy) {
        this.key = key;
        this.clause = clause;
        this.max = max;
        this.scoredBy = scoredBy;
    }

    /** The item's key in a dossier's {@code items} and in a verdict's {@code items[].item}, e.g. {@code currentState}. */
    public String getKey() { return key; }

    /** The clause the item serves. */
    public String getClause() { return clause; }

    /** The parameter holding the item's maximum points (a rule's item earns all of them or none). */
    public String getMax() { return max; }

    /** Who scores the item: {@code RULE} (decided from data) or {@code ASSESSOR} (given in {@code items}). */
    public ScoredBy getScoredBy() { return scoredBy; }

    /** Whether an assessor gives the item's score (else a rule decides it). */
    public boolean isAssessed() { return scoredBy == ScoredBy.ASSESSOR; }

    @Override
    public String toString() { return key + " (" + clause + ", " + scoredBy + ", max " + max + ")"; }
}
