package io.kaohe.model;

import java.time.LocalDate;

/** A dated deadline of the policy as seen from the report's as-of date. */
public record Deadline(String clause, String name, String nameEn, LocalDate date, long daysLeft, boolean passed) {}
