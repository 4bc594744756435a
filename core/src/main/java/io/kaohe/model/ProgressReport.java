package io.kaohe.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Cohort progress as of a date: per batch, per school, deadlines, the re-check sample, reasons.
 *
 * @param actions the teachers who need action as of the date, from the verdicts the report counted (ordered by
 *                school, then masked teacher ID): for a report to list, so no caller assesses the cohort twice; not
 *                part of the progress JSON
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"pack", "policyVersion", "asOf", "county", "total", "batches", "schools", "deadlines",
        "recheck", "reasons", "rejects"})
public record ProgressReport(String pack, String policyVersion, LocalDate asOf, String county, SchoolProgress total,
                             List<BatchProgress> batches, List<SchoolProgress> schools, List<Deadline> deadlines,
                             RecheckSample recheck, List<Reason> reasons, List<Reject> rejects,
                             @JsonIgnore List<TeacherAction> actions) {
    public ProgressReport {
        county = io.kaohe.internal.privacy.Mask.scrub(county);   // free text of the cohort: personal data masked in every output
        batches = List.copyOf(batches);
        schools = List.copyOf(schools);
        deadlines = List.copyOf(deadlines);
        reasons = List.copyOf(reasons);
        rejects = rejects == null ? List.of() : List.copyOf(rejects);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A report without the teachers needing action (as read back from its JSON). */
    public ProgressReport(String pack, String policyVersion, LocalDate asOf, String county, SchoolProgress total,
                          List<BatchProgress> batches, List<SchoolProgress> schools, List<Deadline> deadlines,
                          RecheckSample recheck, List<Reason> reasons, List<Reject> rejects) {
        this(pack, policyVersion, asOf, county, total, batches, schools, deadlines, recheck, reasons, rejects, List.of());
    }
}
