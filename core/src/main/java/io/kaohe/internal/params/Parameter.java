package io.kaohe.internal.params;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A named policy parameter, OpenFisca style: description, unit, the clause it serves, and values by
 * effective date. {@code fromSource == false} marks a number the source documents do not give: a
 * documented default, never policy.
 *
 * @param file  the parameter file it was read from (for error messages and traceability)
 */
public record Parameter(String name, String description, ParameterUnit unit, String clause, boolean fromSource,
                        String note, List<DatedValue> values, String file) {

    public Parameter {
        values = List.copyOf(values);
    }

    /** The value in force on {@code date}: the latest whose effective date is on or before it. */
    public Optional<DatedValue> at(LocalDate date) {
        DatedValue found = null;
        for (DatedValue v : values) { // sorted by effective date when loaded
            if (!v.effective().isAfter(date)) found = v;
        }
        return Optional.ofNullable(found);
    }
}
