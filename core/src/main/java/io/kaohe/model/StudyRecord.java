package io.kaohe.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One dated record of study or activity (interchange v1 {@code records[]}). Amounts are exact
 * decimals: hours may be fractional, and 24.9 + 0.1 must equal 25.
 *
 * @param semester for RESEARCH_ACTIVITY: {@code YYYY-YYYY-1} (autumn) or {@code YYYY-YYYY-2} (spring);
 *                 when absent it is derived from {@code date} (see {@link Semester#of(LocalDate)})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StudyRecord(RecordKind kind, BigDecimal amount, Unit unit, LocalDate date, String semester) {

    public static StudyRecord of(RecordKind kind, double amount, Unit unit, LocalDate date) {
        return new StudyRecord(kind, BigDecimal.valueOf(amount), unit, date, null);
    }

    /** The semester this record belongs to: the given one, else the one its date falls in. */
    public Semester effectiveSemester() {
        return semester != null ? Semester.parse(semester) : Semester.of(date);
    }
}
