package io.kaohe.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Progress of one rollout batch.
 *
 * @param plannedShare share of the county's teachers the plan gives this batch (null where the source gives none)
 * @param actualShare  share of the county's teachers in this batch's schools
 * @param awaitingReassessment teachers graded FAIL or INCOMPLETE who may still be re-assessed
 * @param status       NOT_STARTED, IN_PROGRESS, COMPLETE, BEHIND or OVERDUE ({@link ProgressStatus})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"batch", "startsOn", "dueBy", "schools", "teachers", "plannedShare", "actualShare", "assessed",
        "passed", "failed", "awaitingReassessment", "status"})
public record BatchProgress(String batch, LocalDate startsOn, LocalDate dueBy, int schools, int teachers,
                            BigDecimal plannedShare, BigDecimal actualShare, int assessed, int passed, int failed,
                            int awaitingReassessment, ProgressStatus status) {}
