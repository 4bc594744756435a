package io.kaohe.internal.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.kaohe.Engine;
import io.kaohe.FieldError;
import io.kaohe.InvalidInputException;
import io.kaohe.internal.params.ParameterSet;
import io.kaohe.internal.validate.SchoolValidator;
import io.kaohe.model.CohortStats;
import io.kaohe.model.Environment;
import io.kaohe.model.Grade;
import io.kaohe.model.RecordKind;
import io.kaohe.model.RubricScore;
import io.kaohe.model.StudyRecord;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;

/** What {@link io.kaohe.Cohorts#stats} computes. */
public final class CohortCounts {
    private CohortCounts() {}

    /**
     * Counts per school ID. {@code verdicts} must be the engine's verdicts on {@code dossiers} (matched by
     * teacher ID). "Online / practice hours met" compare the teacher's hours with the pack's
     * {@code teacher.online-hours-min} / {@code teacher.practice-hours-min} for the verdict's date; a pack
     * without such a minimum gets null for that count (nothing to count against).
     * A teacher's ability choices are the distinct abilities assessed, counted by environment.
     * "Micro-ability passed" counts the teachers whose verdict meets every reason of the clauses the pack
     * names in {@code school.pass-rate-clauses} (null without that parameter).
     */
    public static Map<String, CohortStats> stats(Engine engine, List<TeacherDossier> dossiers, List<TeacherVerdict> verdicts) {
        List<FieldError> nulls = new ArrayList<>();
        nulls(dossiers, "dossiers", nulls);
        nulls(verdicts, "verdicts", nulls);
        if (!nulls.isEmpty()) throw new InvalidInputException(nulls);
        Map<String, TeacherVerdict> byId = new java.util.HashMap<>();
        for (TeacherVerdict v : verdicts) byId.put(v.teacherId(), v);
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Map<Environment, Integer>> choices = new TreeMap<>();
        var catalog = PackEngine.info(engine).catalog();
        var table = PackEngine.info(engine).parameters();
        ParameterSet now = table.at(table.latestChange());
        Set<String> passClauses = new java.util.TreeSet<>(now.has(SchoolValidator.PASS_RATE_CLAUSES) ? now.clauses(SchoolValidator.PASS_RATE_CLAUSES) : List.of());
        for (TeacherDossier d : dossiers) {
            TeacherVerdict v = byId.get(d.teacher().id());
            if (v == null) continue;
            String school = d.teacher().schoolId();
            int[] c = counts.computeIfAbsent(school, k -> new int[7]);
            ParameterSet p = table.at(v.assessedOn());
            c[0]++;
            if (met(d, RecordKind.ONLINE_COURSE, p, "teacher.online-hours-min")) c[1]++;
            if (met(d, RecordKind.SCHOOL_PRACTICE, p, "teacher.practice-hours-min")) c[2]++;
            if (v.grade().passed()) c[3]++;
            if (v.grade() == Grade.EXCELLENT) c[4]++;
            if (allMet(v, passClauses)) c[6]++;
            c[5] += (int) d.records().stream().filter(r -> r.kind() == RecordKind.CASE_SUBMISSION)
                    .mapToLong(r -> r.amount().longValue()).sum();
            Map<Environment, Integer> env = choices.computeIfAbsent(school, k -> new EnumMap<>(Environment.class));
            Set<String> codes = new java.util.TreeSet<>();
            for (RubricScore s : d.scores()) codes.add(s.ability());
            for (String code : codes) {
                catalog.get(code).map(m -> m.environment()).ifPresent(e -> env.merge(e, 1, Integer::sum));
            }
        }
        boolean online = now.has("teacher.online-hours-min");
        boolean practice = now.has("teacher.practice-hours-min");
        Map<String, CohortStats> out = new TreeMap<>();
        counts.forEach((school, c) -> out.put(school, new CohortStats(c[0],
                choices.getOrDefault(school, Map.of()), online ? c[1] : null, practice ? c[2] : null, c[3], c[4], c[5],
                passClauses.isEmpty() ? null : c[6])));
        return out;
    }

    /** At least one reason of these clauses, and every one of them met. */
    private static boolean allMet(TeacherVerdict v, Set<String> clauses) {
        var reasons = v.reasons().stream().filter(r -> clauses.contains(r.clause())).toList();
        return !reasons.isEmpty() && reasons.stream().allMatch(r -> r.met());
    }

    /** A null list or element, named by its position ({@code dossiers[2]: must not be null}) instead of a NullPointerException. */
    private static void nulls(List<?> list, String name, List<FieldError> out) {
        if (list == null) {
            out.add(FieldError.of(name, "validate.not-null"));
            return;
        }
        for (int i = 0; i < list.size(); i++) if (list.get(i) == null) out.add(FieldError.of(name + "[" + i + "]", "validate.not-null"));
    }

    private static boolean met(TeacherDossier d, RecordKind kind, ParameterSet p, String minimum) {
        return p.has(minimum) && hours(d, kind, p).compareTo(p.number(minimum)) >= 0;
    }

    private static BigDecimal hours(TeacherDossier d, RecordKind kind, ParameterSet p) {
        var start = p.date("cycle.start");
        var end = p.date("cycle.end");
        BigDecimal sum = BigDecimal.ZERO;
        for (StudyRecord r : d.records()) {
            if (r.kind() == kind && !r.date().isBefore(start) && !r.date().isAfter(end)) sum = sum.add(r.amount());
        }
        return sum;
    }

}
