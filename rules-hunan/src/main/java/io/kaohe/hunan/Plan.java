package io.kaohe.hunan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.rules.AbilityResult;

/**
 * Reads the Hunan plan from the pack's parameters for the progress and grading rules: the phase a
 * date falls in (HN-06, {@code progress.phases}), the batch 附件1 lists a school in (HN-03,
 * {@code progress.plan-schools.*}), and a re-assessed point's attempts in words (HN-05). No policy
 * lives here: every date and name is a parameter.
 */
public final class Plan {
    private Plan() {}

    static final String PHASES = "progress.phases";
    static final String COMPLETION = "progress.deadline.completion";
    static final String PLAN_SCHOOLS = "progress.plan-schools.";

    /** One phase of 六 时间安排; {@code to} is the day before the next phase, or the completion date. */
    public record Phase(String zh, String en, LocalDate from, LocalDate to) {}

    /** The phase {@code asOf} falls in, or a pseudo-phase before the first / after the last. */
    public static Phase phase(ParameterSet params, LocalDate asOf) {
        List<Map.Entry<String, Object>> phases = new ArrayList<>(params.map(PHASES).entrySet());
        phases.sort(Comparator.comparing(e -> (LocalDate) e.getValue()));
        LocalDate completion = params.date(COMPLETION);
        LocalDate first = (LocalDate) phases.get(0).getValue();
        if (asOf.isBefore(first)) return new Phase("各阶段开始前", "before the plan's phases", null, first.minusDays(1));
        if (asOf.isAfter(completion)) return new Phase("各阶段已结束", "after the plan's phases", completion.plusDays(1), null);
        Phase found = null;
        for (int i = 0; i < phases.size(); i++) {
            LocalDate from = (LocalDate) phases.get(i).getValue();
            LocalDate to = i + 1 < phases.size() ? ((LocalDate) phases.get(i + 1).getValue()).minusDays(1) : completion;
            if (!asOf.isBefore(from)) {
                String[] names = phases.get(i).getKey().split("\\s*\\|\\s*", 2);
                found = new Phase(names[0], names.length > 1 ? names[1] : names[0], from, to);
            }
        }
        return found;
    }

    /** The batch 附件1 lists a school in ({@code PILOT}, {@code BATCH_1}, …), or null when it is not listed. */
    public static String plannedBatch(ParameterSet params, String schoolName) {
        if (schoolName == null) return null;
        for (Map.Entry<String, Object> e : params.all().entrySet()) {
            if (!e.getKey().startsWith(PLAN_SCHOOLS)) continue;
            for (String name : String.valueOf(e.getValue()).trim().split("\\s+")) {
                if (name.equals(schoolName.trim())) {
                    return e.getKey().substring(PLAN_SCHOOLS.length()).replace('-', '_').toUpperCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    /**
     * A point's attempts, first to latest, with their level codes ({@code 2022-11-10 FAIL → 2023-02-20 PASS}):
     * a message shows each code as a word (不合格 / fail …, io.kaohe.internal.i18n.Display).
     */
    public static String attempts(AbilityResult a) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < a.getHistory().size(); i++) {
            LocalDate on = i < a.getAttemptDates().size() ? a.getAttemptDates().get(i) : null;
            parts.add((on == null ? "" : on + " ") + a.getHistory().get(i).name());
        }
        return String.join(" → ", parts);
    }
}
