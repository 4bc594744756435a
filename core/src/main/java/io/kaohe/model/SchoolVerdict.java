package io.kaohe.model;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The verdict on one school: total form score, grade (FAIL / PASS / EXCELLENT), unmet clauses, reasons. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"schoolId", "pack", "policyVersion", "total", "grade", "unmet", "items", "reasons"})
public record SchoolVerdict(String schoolId, String pack, String policyVersion, BigDecimal total, Grade grade,
                            List<String> unmet, List<FormItem> items, List<Reason> reasons) {
    public SchoolVerdict {
        unmet = List.copyOf(unmet);
        items = List.copyOf(items);
        reasons = List.copyOf(reasons);
    }
}
