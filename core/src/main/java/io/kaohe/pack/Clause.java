package io.kaohe.pack;

/**
 * A rule-bearing clause of a source document, with its stable ID (CLAUSES.md).
 *
 * @param kind        E eligibility, G grading, S school, B batch progress, D data fields, O outcome flags
 * @param outOfScope  null when the pack implements the clause; else why it cannot
 */
public record Clause(String id, String kind, String text, String where, String outOfScope) {
    public boolean implemented() { return outOfScope == null; }
}
