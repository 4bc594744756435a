package io.kaohe.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One parameter a rule read to reach a {@link Reason}, with where its value comes from (OpenFisca's
 * trace, on every verdict).
 *
 * @param name       the parameter's name (teacher.total-hours-min)
 * @param value      the value in force on the assessment date, as the parameter file gives it
 * @param unit       its unit (HOUR, SHARE, DATE, …)
 * @param from       the effective date of that value: the date key under {@code values:} in the parameter file
 * @param clause     the clause the parameter serves ({@code clause:} in the parameter file)
 * @param reference  the legal reference of that dated value ({@code reference:}), absent when the file gives none
 * @param fromSource false when the source documents do not give the number (a documented default, not policy)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "value", "unit", "from", "clause", "reference", "fromSource"})
public record ParameterUse(String name, Object value, String unit, LocalDate from, String clause, String reference,
                           boolean fromSource) {
    public ParameterUse {
        // policy text, but written into every output like the rest of a reason: masked the same way
        reference = reference == null ? null : io.kaohe.internal.privacy.Mask.scrub(reference);
        value = io.kaohe.internal.privacy.Mask.scrubAll(value);
    }
}
