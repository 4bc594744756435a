package io.kaohe.examples.report;

import java.util.Map;
import java.util.TreeMap;

import io.kaohe.model.SchoolVerdict;

/**
 * What a progress report shows beyond the progress JSON, each optional: the schools' form scores ({@code --schools}:
 * school ID → verdict), the names of the teachers needing action ({@code --names}: masked teacher ID → name; personal
 * data, so only when asked for) and whom to contact at each school (the cohort's {@code contact}: school ID → text).
 */
public record ReportExtras(Map<String, SchoolVerdict> scores, Map<String, String> names, Map<String, String> contacts) {
    public static final ReportExtras NONE = new ReportExtras(Map.of(), Map.of(), Map.of());

    public ReportExtras {
        scores = scores == null ? Map.of() : new TreeMap<>(scores);
        names = names == null ? Map.of() : new TreeMap<>(names);
        contacts = contacts == null ? Map.of() : new TreeMap<>(contacts);
    }
}
