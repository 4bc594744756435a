package io.kaohe.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The verdict on one teacher dossier (interchange v1 teacher verdict).
 *
 * @param policyVersion pack version plus a hash of the rule and parameter files that decided it
 * @param assessedOn    the date the dated parameters were read for
 * @param unmet         clause IDs of every requirement not met, sorted, no duplicates
 * @param reasons       every requirement checked, met or not, in a stable order
 * @param outcomes      consequences attached to the result (SD-05, HN-07, …)
 * @param overrides     the files of an override directory whose text differs from the shipped pack, with their
 *                      SHA-256; absent (null) when the shipped rules decided (interchange-additions.md)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"teacherId", "pack", "policyVersion", "assessedOn", "eligible", "grade", "unmet", "reasons", "outcomes", "overrides"})
public record TeacherVerdict(String teacherId, String pack, String policyVersion, LocalDate assessedOn,
                             boolean eligible, Grade grade, List<String> unmet, List<Reason> reasons,
                             List<Outcome> outcomes, List<RuleFileRef> overrides) {
    public TeacherVerdict {
        unmet = List.copyOf(unmet);
        reasons = List.copyOf(reasons);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        overrides = overrides == null || overrides.isEmpty() ? null : List.copyOf(overrides);
    }

    /** A verdict of the shipped rules (no override files). */
    public TeacherVerdict(String teacherId, String pack, String policyVersion, LocalDate assessedOn, boolean eligible,
                          Grade grade, List<String> unmet, List<Reason> reasons, List<Outcome> outcomes) {
        this(teacherId, pack, policyVersion, assessedOn, eligible, grade, unmet, reasons, outcomes, null);
    }
}
