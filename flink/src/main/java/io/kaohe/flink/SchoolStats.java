package io.kaohe.flink;

import io.kaohe.model.CohortStats;

/** One line of the school aggregates: a school and the counts {@link io.kaohe.Cohorts#stats} gives for it. */
public record SchoolStats(String schoolId, CohortStats stats) {}
