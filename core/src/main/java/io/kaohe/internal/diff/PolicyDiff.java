package io.kaohe.internal.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.kaohe.Engine;
import io.kaohe.RuleFailureException;
import io.kaohe.internal.json.ByteLines;
import io.kaohe.internal.json.LineParser;
import io.kaohe.internal.json.Parsed;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.InvalidInputException;

/**
 * What-if: the same teacher dossiers assessed under two versions of a pack's rules (shipped and edited),
 * and every teacher whose grade or unmet clauses change. Only teacher IDs, grades and clause IDs come out:
 * never a name, national ID or phone. Deterministic: changes sorted by teacher ID, counts by change.
 */
public final class PolicyDiff {
    private PolicyDiff() {}

    /**
     * One teacher whose result changes.
     *
     * @param before grade under the first rules, {@code REJECTED} when they reject the dossier, {@code RULE_FAILED}
     *               when one of their rules failed on it
     */
    public record Change(String teacherId, String before, String after, List<String> unmetBefore, List<String> unmetAfter) {
        /** "PASS→INCOMPLETE", or "FAIL→FAIL (unmet)" when only the unmet clauses change. */
        public String kind() { return before + "→" + after + (before.equals(after) ? " (unmet)" : ""); }
    }

    /**
     * A rule of one side failed on one teacher's dossier: a fault of those rules, reported, not a crash.
     *
     * @param edited whether the rule is one of the second (edited) rules
     * @param error  names the rule, its clause, file:line and the cause; its messages are masked
     */
    public record RuleFailure(String teacherId, boolean edited, RuleFailureException error) {}

    /**
     * @param dossiers     lines read (each a dossier, valid or not)
     * @param rejected     lines rejected under both rules (bad input, duplicates): not compared
     * @param counts       change kind → number of teachers, sorted by kind
     * @param ruleFailures every dossier a rule failed on, under either rules, in input order
     */
    public record Report(String before, String after, int dossiers, int rejected, List<Change> changes, Map<String, Integer> counts,
            List<RuleFailure> ruleFailures) {}

    /** Assesses every dossier line of {@code in} (JSON Lines) with both engines. */
    public static Report diff(Engine before, Engine after, InputStream in) {
        LineParser<TeacherDossier> parser = LineParser.teachers();
        List<Change> changes = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int lines = 0;
        int rejected = 0;
        try (ByteLines reader = new ByteLines(in)) {
            ByteLines.Line line;
            while ((line = reader.next()) != null) {
                lines++;
                Parsed<TeacherDossier> p = parser.parse(line);
                if (!p.ok() || !seen.add(p.value().teacher().id())) { // a duplicate is rejected, as by `kaohe assess`
                    rejected++;
                    continue;
                }
                Outcome a = assess(before, p.value());
                Outcome b = assess(after, p.value());
                String id = p.value().teacher().id();
                if (a.failure() != null) failures.add(new RuleFailure(id, false, a.failure()));
                if (b.failure() != null) failures.add(new RuleFailure(id, true, b.failure()));
                if (a.grade().equals("REJECTED") && b.grade().equals("REJECTED")) {
                    rejected++;
                    continue;
                }
                String ga = a.grade();
                String gb = b.grade();
                List<String> ua = a.unmet();
                List<String> ub = b.unmet();
                if (!ga.equals(gb) || !ua.equals(ub)) changes.add(new Change(id, ga, gb, ua, ub));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changes.sort(Comparator.comparing(Change::teacherId));
        Map<String, Integer> counts = new TreeMap<>();
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return new Report(before.policyVersion(), after.policyVersion(), lines, rejected, List.copyOf(changes), counts,
                List.copyOf(failures));
    }

    /** A grade (or REJECTED, RULE_FAILED), the unmet clauses, and the failure when a rule failed. */
    private record Outcome(String grade, List<String> unmet, RuleFailureException failure) {}

    private static Outcome assess(Engine engine, TeacherDossier d) {
        try {
            TeacherVerdict v = engine.assess(d);
            return new Outcome(v.grade().name(), v.unmet(), null);
        } catch (InvalidInputException e) {
            return new Outcome("REJECTED", List.of(), null);
        } catch (RuleFailureException e) {
            return new Outcome("RULE_FAILED", List.of(), e);
        }
    }
}
