package io.kaohe.diff;

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
import io.kaohe.json.ByteLines;
import io.kaohe.json.LineParser;
import io.kaohe.json.Parsed;
import io.kaohe.model.TeacherDossier;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.validate.InvalidInputException;

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
     * @param before grade under the first rules, or {@code REJECTED} when they reject the dossier
     */
    public record Change(String teacherId, String before, String after, List<String> unmetBefore, List<String> unmetAfter) {
        /** "PASS→INCOMPLETE", or "FAIL→FAIL (unmet)" when only the unmet clauses change. */
        public String kind() { return before + "→" + after + (before.equals(after) ? " (unmet)" : ""); }
    }

    /**
     * @param dossiers lines read (each a dossier, valid or not)
     * @param rejected lines rejected under both rules (bad input, duplicates): not compared
     * @param counts   change kind → number of teachers, sorted by kind
     */
    public record Report(String before, String after, int dossiers, int rejected, List<Change> changes, Map<String, Integer> counts) {}

    /** Assesses every dossier line of {@code in} (JSON Lines) with both engines. */
    public static Report diff(Engine before, Engine after, InputStream in) {
        LineParser<TeacherDossier> parser = LineParser.teachers();
        List<Change> changes = new ArrayList<>();
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
                TeacherVerdict a = assess(before, p.value());
                TeacherVerdict b = assess(after, p.value());
                if (a == null && b == null) {
                    rejected++;
                    continue;
                }
                String ga = a == null ? "REJECTED" : a.grade().name();
                String gb = b == null ? "REJECTED" : b.grade().name();
                List<String> ua = a == null ? List.of() : a.unmet();
                List<String> ub = b == null ? List.of() : b.unmet();
                if (!ga.equals(gb) || !ua.equals(ub)) changes.add(new Change(p.value().teacher().id(), ga, gb, ua, ub));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changes.sort(Comparator.comparing(Change::teacherId));
        Map<String, Integer> counts = new TreeMap<>();
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return new Report(before.policyVersion(), after.policyVersion(), lines, rejected, List.copyOf(changes), counts);
    }

    private static TeacherVerdict assess(Engine engine, TeacherDossier d) {
        try {
            return engine.assess(d);
        } catch (InvalidInputException e) {
            return null;
        }
    }
}
