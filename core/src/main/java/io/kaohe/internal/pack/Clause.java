package io.kaohe.internal.pack;

/**
 * A rule-bearing clause of a source document, with its stable ID (CLAUSES.md).
 *
 * @param kind        E eligibility, G grading, S school, B batch progress, D data fields, O outcome flags
 * @param outOfScope    null when the pack implements the clause; else why it cannot
 * @param implementedBy for a clause implemented by data or code rather than by a rule (a catalog, a
 *                      record field): what implements it; null when rules do
 */
public record Clause(String id, String kind, String text, String where, String outOfScope, String implementedBy) {
    public boolean implemented() { return outOfScope == null; }
}
