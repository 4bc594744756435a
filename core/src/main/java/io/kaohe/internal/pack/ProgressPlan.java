package io.kaohe.internal.pack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.kaohe.internal.params.ParameterSet;

/**
 * A pack's progress plan ({@code progress:} in its {@code config.yaml}). The dated values (dates, shares, clause
 * lists) stay parameters with their effective dates and legal references; the plan names which parameter plays
 * which part, so nothing is found by a name's prefix or split out of a text.
 *
 * @param starts       DATES parameter: each batch's first day (its keys are the batches)
 * @param ends         optional DATES parameter: the day a batch's teachers are due by; a batch not in it is due by
 *                     {@code dueBy}; null when the pack has none
 * @param shares       optional SHARES parameter: the planned share of the teachers in each batch; null when none
 * @param dueBy        DATE parameter: the day every teacher is due by (the total's, and a batch's without an end)
 * @param deadlines    the deadlines the report lists, each checked by the progress rules
 * @param columns      the clauses whose reasons make each summary column
 * @param recheck      the re-check sample, or null when the pack's policy has none
 */
public record ProgressPlan(String starts, String ends, String shares, String dueBy, List<Deadline> deadlines,
                           Columns columns, Recheck recheck) {
    public ProgressPlan {
        deadlines = List.copyOf(deadlines);
    }

    /**
     * A deadline: its name, the DATE parameter that gives its day, the clause it serves, and its label in each
     * language (the report's deadline table).
     */
    public record Deadline(String name, String date, String clause, Map<String, String> label) {
        public Deadline {
            label = Map.copyOf(label);
        }

        public String zh() { return label.get("zh"); }

        public String en() { return label.get("en"); }
    }

    /** CLAUSES parameters: the clauses every one of whose reasons a teacher must meet to count in each column. */
    public record Columns(String hours, String assessment, String practice) {}

    /**
     * @param share SHARE parameter: the least share of schools re-checked
     * @param seed  SEED parameter: the draw's seed when the cohort gives none
     */
    public record Recheck(String share, String seed) {}

    /** One batch of the plan as in force on a date. */
    public record Batch(String name, LocalDate start, LocalDate end, BigDecimal plannedShare) {}

    /** The batches in force on {@code params}' date, by start date then name; a batch without an end is due by {@link #dueBy}. */
    public List<Batch> batches(ParameterSet params) {
        Map<String, Object> ends = ends() != null && params.has(ends()) ? params.map(ends()) : Map.of();
        Map<String, Object> planned = shares() != null && params.has(shares()) ? params.map(shares()) : Map.of();
        LocalDate due = params.date(dueBy());
        List<Batch> out = new ArrayList<>();
        params.map(starts()).forEach((name, start) -> out.add(new Batch(name, (LocalDate) start,
                ends.get(name) instanceof LocalDate d ? d : due, planned.get(name) instanceof BigDecimal b ? b : null)));
        out.sort(Comparator.comparing(Batch::start).thenComparing(Batch::name));
        return List.copyOf(out);
    }
}
