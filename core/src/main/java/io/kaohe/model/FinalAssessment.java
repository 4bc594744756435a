package io.kaohe.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A teacher's final assessment by the training institution, where a province grades that way
 * (Zhejiang ZJ-08: the institution assesses and records the credits).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FinalAssessment(Level level, LocalDate assessedOn, String institution) {}
