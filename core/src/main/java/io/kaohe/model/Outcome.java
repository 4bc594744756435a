package io.kaohe.model;

/**
 * A consequence a clause attaches to a result (kind O in CLAUSES.md), e.g. SD-05: the hours are
 * recorded as school-based training credit once the authority confirms.
 */
public record Outcome(String clause, String flag, String message, String messageEn) {}
