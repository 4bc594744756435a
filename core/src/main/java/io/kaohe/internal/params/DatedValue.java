package io.kaohe.internal.params;

import java.time.LocalDate;

/** One value of a parameter, in force from {@code effective} until the next dated value. */
public record DatedValue(LocalDate effective, Object value, String reference) {}
