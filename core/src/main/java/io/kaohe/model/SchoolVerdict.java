package io.kaohe.model;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The verdict on one school: total form score, grade (FAIL / PASS / EXCELLENT), unmet clauses, reasons.
 * {@code overrides}: as in {@link TeacherVerdict}, absent when the shipped rules decided.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schoolId", "pack", "policyVersion", "total", "grade", "unmet", "items", "reasons", "overrides"})
public record SchoolVerdict(String schoolId, String pack, String policyVersion, BigDecimal total, Grade grade,
                            List<String> unmet, List<FormItem> items, List<Reason> reasons, List<RuleFileRef> overrides) {
    public SchoolVerdict {
        unmet = List.copyOf(unmet);
        items = List.copyOf(items);
        reasons = List.copyOf(reasons);
        overrides = overrides == null || overrides.isEmpty() ? null : List.copyOf(overrides);
    }

    /** A verdict of the shipped rules (no override files). */
    public SchoolVerdict(String schoolId, String pack, String policyVersion, BigDecimal total, Grade grade,
                         List<String> unmet, List<FormItem> items, List<Reason> reasons) {
        this(schoolId, pack, policyVersion, total, grade, unmet, items, reasons, null);
    }
}
