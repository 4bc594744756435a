package io.kaohe.internal.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.kaohe.Scenario;
import io.kaohe.ScenarioResult;
import io.kaohe.model.Reason;
import io.kaohe.internal.rules.Format;

/**
 * Failing scenario cases grouped by cause, so that one threshold change reads as one finding ("32 cases: SD-02
 * expected met, now unmet, online hours 25 to 29.5 against teacher.online-hours-min 30") instead of 32 pages.
 * A case's cause is the set of clauses whose result differs from what it expects, each with its direction; a case
 * whose clauses all come out as expected but whose grade, eligibility or outcomes differ is grouped by those.
 */
public final class FailureGroups {
    private FailureGroups() {}

    /** How a clause differs from the expectation. */
    public enum Change {
        /** expected met, now unmet */
        NOW_UNMET,
        /** expected unmet, now met */
        NOW_MET,
        /** met as expected, but the expected message text is not in the reason */
        TEXT,
        /** no reason for it any more (the rule is gone or no longer fires) */
        MISSING
    }

    /** One clause that came out differently, and which way. */
    public record Flip(String clause, Change change) implements Comparable<Flip> {
        @Override
        public int compareTo(Flip o) {
            int c = clause.compareTo(o.clause);
            return c != 0 ? c : change.compareTo(o.change);
        }
    }

    /**
     * What the reasons behind a flip compared, over every case of a group: the rule, its parameter with the value(s)
     * it had, and the smallest and largest actual value (null when the rule reports no number).
     */
    public record Range(String rule, String param, List<String> paramValues, Object min, Object max) {}

    /**
     * Failing cases with one cause.
     *
     * @param flips the clauses that differ, sorted; empty when the cause is {@code other}
     * @param other what differs when no clause does: "grade PASS → EXCELLENT", "rejected", … (null otherwise)
     * @param cases the failing cases, in the order run
     */
    public record Group(List<Flip> flips, String other, List<ScenarioResult> cases, List<Range> ranges) {}

    /** The groups of the failing results among {@code results}, largest first (ties: the first case run first). */
    public static List<Group> of(List<ScenarioResult> results) {
        Map<String, List<ScenarioResult>> byKey = new LinkedHashMap<>();
        Map<String, List<Flip>> flipsOf = new LinkedHashMap<>();
        Map<String, String> otherOf = new LinkedHashMap<>();
        for (ScenarioResult r : results) {
            if (r.passed()) continue;
            List<Flip> flips = flips(r);
            String other = flips.isEmpty() ? other(r) : null;
            String key = flips.isEmpty() ? "other:" + other : flips.toString();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            flipsOf.put(key, flips);
            otherOf.put(key, other);
        }
        List<Group> out = new ArrayList<>();
        byKey.forEach((key, cases) -> out.add(new Group(flipsOf.get(key), otherOf.get(key), List.copyOf(cases), ranges(flipsOf.get(key), cases))));
        out.sort((a, b) -> Integer.compare(b.cases().size(), a.cases().size())); // stable: ties keep the run order
        return out;
    }

    /** The clauses whose result in {@code r} differs from its expectation, sorted. */
    public static List<Flip> flips(ScenarioResult r) {
        Scenario.Expect x = r.scenario().expect();
        List<Reason> actual = reasons(r);
        List<String> unmet = unmet(r);
        TreeSet<Flip> out = new TreeSet<>();
        if (unmet == null) return List.of(); // rejected: no verdict to compare
        if (x.unmet() != null) {
            for (String c : unmet) if (!x.unmet().contains(c)) out.add(new Flip(c, Change.NOW_UNMET));
            for (String c : x.unmet()) if (!unmet.contains(c)) out.add(new Flip(c, Change.NOW_MET));
        }
        for (Scenario.ExpectedReason e : x.reasons()) {
            if (actual.stream().anyMatch(a -> Scenarios.matches(e, a))) continue;
            Reason a = about(e, actual);
            if (a == null) {
                out.add(new Flip(e.clause() != null ? e.clause() : String.valueOf(e.rule()), Change.MISSING));
            } else if (e.met() != null && a.met() != e.met()) {
                out.add(new Flip(a.clause(), e.met() ? Change.NOW_UNMET : Change.NOW_MET));
            } else {
                out.add(new Flip(a.clause(), Change.TEXT));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The actual reason an unmatched expected one is about, among its {@link #candidates}: the one whose text still
     * matches, else the one whose message has the expected words with other numbers, else the first with the expected
     * met, else the first; null when there is none.
     */
    static Reason about(Scenario.ExpectedReason e, List<Reason> actual) {
        List<Reason> same = candidates(e, actual);
        java.util.function.Predicate<Reason> text = a -> (e.message() == null || e.message().equals(a.message()))
                && (e.messageEn() == null || e.messageEn().equals(a.messageEn()))
                && (e.contains() == null || a.message().contains(e.contains()) || a.messageEn().contains(e.contains()));
        java.util.function.Predicate<Reason> words = a -> e.contains() != null && ExpectationUpdate.similar(e.contains(), a) != null;
        for (var p : List.of(text, words, (java.util.function.Predicate<Reason>) a -> e.met() == null || a.met() == e.met())) {
            for (Reason a : same) if (p.test(a)) return a;
        }
        return same.isEmpty() ? null : same.get(0);
    }

    /** The actual reasons an expected one is about: same clause and rule where it names them. */
    static List<Reason> candidates(Scenario.ExpectedReason e, List<Reason> actual) {
        return actual.stream()
                .filter(a -> (e.clause() == null || e.clause().equals(a.clause())) && (e.rule() == null || e.rule().equals(a.rule())))
                .toList();
    }

    private static String other(ScenarioResult r) {
        if (unmet(r) == null) {   // no verdict: a rule failed (named, so each failing rule is its own cause) or rejected
            String first = r.differences().isEmpty() ? "" : r.differences().get(0);
            return first.startsWith(Scenarios.RULE_FAILED) ? first.substring(Scenarios.RULE_FAILED.length()) : "rejected";
        }
        Scenario.Expect x = r.scenario().expect();
        List<String> parts = new ArrayList<>();
        var grade = r.actual() != null ? r.actual().grade() : r.schoolActual().grade();
        if (x.grade() != null && x.grade() != grade) parts.add("grade " + x.grade() + " → " + grade);
        if (r.actual() != null && x.eligible() != null && x.eligible() != r.actual().eligible()) {
            parts.add("eligible " + x.eligible() + " → " + r.actual().eligible());
        }
        if (r.actual() != null && x.outcomes() != null) {
            List<String> now = r.actual().outcomes().stream().map(o -> o.clause()).sorted().distinct().toList();
            if (!x.outcomes().stream().sorted().distinct().toList().equals(now)) parts.add("outcomes " + x.outcomes() + " → " + now);
        }
        return String.join(", ", parts);
    }

    private static List<Range> ranges(List<Flip> flips, List<ScenarioResult> cases) {
        Map<List<String>, List<Object>> actuals = new LinkedHashMap<>();
        Map<List<String>, TreeSet<String>> paramValues = new LinkedHashMap<>();
        for (Flip f : flips) {
            for (ScenarioResult r : cases) {
                for (Reason a : reasons(r)) {
                    if (!a.clause().equals(f.clause()) || !shows(f.change(), a, r)) continue;
                    String param = a.params().isEmpty() ? "" : a.params().keySet().iterator().next();
                    List<String> key = List.of(a.rule(), param);
                    List<Object> values = actuals.computeIfAbsent(key, k -> new ArrayList<>());
                    Object v = a.values().get("actual");
                    if (number(v) != null) values.add(v);
                    if (!param.isEmpty()) paramValues.computeIfAbsent(key, k -> new TreeSet<>()).add(String.valueOf(a.params().get(param)));
                }
            }
        }
        List<Range> out = new ArrayList<>();
        actuals.forEach((key, values) -> {
            Object min = values.stream().min((a, b) -> number(a).compareTo(number(b))).orElse(null);
            Object max = values.stream().max((a, b) -> number(a).compareTo(number(b))).orElse(null);
            out.add(new Range(key.get(0), key.get(1).isEmpty() ? null : key.get(1),
                    List.copyOf(paramValues.getOrDefault(key, new TreeSet<>())), min, max));
        });
        return out;
    }

    /** Whether reason {@code a} is one behind a flip of this kind: unmet for NOW_UNMET, met for NOW_MET, one whose text was expected otherwise for TEXT. */
    private static boolean shows(Change change, Reason a, ScenarioResult r) {
        return switch (change) {
            case NOW_UNMET -> !a.met();
            case NOW_MET -> a.met();
            case TEXT -> r.scenario().expect().reasons().stream()
                    .anyMatch(e -> reasons(r).stream().noneMatch(x -> Scenarios.matches(e, x)) && about(e, reasons(r)) == a);
            case MISSING -> false;
        };
    }

    private static BigDecimal number(Object v) {
        if (v instanceof BigDecimal b) return b;
        if (v instanceof Format.Share s) return s.value();
        if (v instanceof Number n) return new BigDecimal(n.toString());
        return null;
    }

    static List<Reason> reasons(ScenarioResult r) {
        return r.actual() != null ? r.actual().reasons() : r.schoolActual() != null ? r.schoolActual().reasons() : List.of();
    }

    /** The actual unmet clauses; null when the dossier was rejected. */
    static List<String> unmet(ScenarioResult r) {
        return r.actual() != null ? r.actual().unmet() : r.schoolActual() != null ? r.schoolActual().unmet() : null;
    }
}
