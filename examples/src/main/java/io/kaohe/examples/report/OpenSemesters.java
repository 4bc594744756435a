package io.kaohe.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kaohe.model.Semester;

/**
 * The semesters a requirement counted as short that had not ended on the report's date (SD-03: "每位教师每学期至少参与
 * 2 次校本教研活动" — a semester still running can still reach its count). A report shows such a semester as in
 * progress, not as missed: a report as of a date shows only what was known then. The verdict is the rules' and is not
 * changed; only what the page says about the semester.
 *
 * <p>Read from the reason's observed values: a {@code short} list of {@code "YYYY-YYYY-T: n"} entries (the rules' form).
 * A semester is open on a date up to and including its last day ({@link Semester#end}).
 */
public final class OpenSemesters {
    private OpenSemesters() {}

    /** The short semesters of {@code values} not ended on {@code date}, in their order; empty when none or no date. */
    public static List<Semester> of(Map<String, Object> values, LocalDate date) {
        if (date == null || values == null || !(values.get("short") instanceof List<?> list)) return List.of();
        List<Semester> out = new ArrayList<>();
        for (Object entry : list) {
            String text = String.valueOf(entry);
            int colon = text.indexOf(':');
            try {
                Semester s = Semester.parse((colon < 0 ? text : text.substring(0, colon)).trim());
                if (!s.end().isBefore(date)) out.add(s);
            } catch (IllegalArgumentException notASemester) {
                // another kind of entry: nothing to say about it
            }
        }
        return out;
    }

    /** Whether every short entry of {@code values} is a semester still open on {@code date}. */
    public static boolean allOpen(Map<String, Object> values, LocalDate date) {
        List<Semester> open = of(values, date);
        return !open.isEmpty() && values.get("short") instanceof List<?> list && list.size() == open.size();
    }

    /** The note a report adds to such a requirement, or empty: "（2022-2023-1 截至 2022-11-20 尚未结束，按进行中计）". */
    public static String note(Map<String, Object> values, LocalDate date, io.kaohe.internal.i18n.Messages m) {
        List<Semester> open = of(values, date);
        if (open.isEmpty()) return "";
        List<String> names = new ArrayList<>();
        for (Semester s : open) names.add(s.toString());
        return m.get("report.openSemesters", String.join(", ", names), date);
    }
}
