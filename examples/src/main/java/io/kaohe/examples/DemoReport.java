package io.kaohe.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.json.KaoheJson;
import io.kaohe.internal.stream.TeacherStream.Counts;
import io.kaohe.model.BatchProgress;
import io.kaohe.model.Grade;
import io.kaohe.model.ProgressReport;
import io.kaohe.internal.pack.Clause;
import io.kaohe.internal.pack.ClauseRegister;
import tools.jackson.databind.JsonNode;

/** The readable summary {@code kaohe demo} prints, read back from the files it wrote. */
final class DemoReport {
    private static final int TOP = 5;
    private static final int TOP_REJECTS = 10;

    private final PrintWriter out;
    private final Messages m;

    DemoReport(PrintWriter out, Messages m) {
        this.out = out;
        this.m = m;
    }

    void teachers(Counts counts, Path verdicts, Path rejects, ClauseRegister clauses) {
        out.println(m.get("demo.teachers", LinesJob.summary(counts, m)));
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        Map<String, Integer> unmet = new TreeMap<>();
        for (JsonNode v : lines(verdicts)) {
            grades.merge(Grade.valueOf(v.get("grade").asString()), 1, Integer::sum);
            v.get("unmet").forEach(c -> unmet.merge(c.asString(), 1, Integer::sum));
        }
        List<String> byGrade = new ArrayList<>();
        for (Grade g : Grade.values()) byGrade.add(0, g + " " + grades.getOrDefault(g, 0));
        out.println(m.get("demo.grades", String.join(" · ", byGrade)));
        out.println(m.get("demo.unmet"));
        unmet.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP)
                .forEach(e -> out.println(String.format("    %-6s ×%-3d %s", e.getKey(), e.getValue(), text(clauses.get(e.getKey())))));
        rejects(rejects);
    }

    void rejects(Path rejects) {
        List<JsonNode> lines = lines(rejects);
        if (lines.isEmpty()) return;
        out.println(m.get("demo.rejects"));
        for (JsonNode r : lines.subList(0, Math.min(lines.size(), TOP_REJECTS))) {
            String id = r.has("teacherId") ? r.get("teacherId").asString() : r.has("schoolId") ? r.get("schoolId").asString() : "-";
            out.println(m.get("demo.reject", String.format("%-4d", r.get("line").asLong()), String.format("%-7s", id), r.get("error").asString()));
        }
        if (lines.size() > TOP_REJECTS) out.println(m.get("demo.more", lines.size() - TOP_REJECTS));
    }

    void schools(Counts counts, Path verdicts, Path rejects, Map<String, String> names) {
        out.println(m.get("demo.schools", LinesJob.summary(counts, m)));
        for (JsonNode v : lines(verdicts)) {
            String id = v.get("schoolId").asString();
            out.println(m.get("demo.school", String.format("%-6s", id), String.format("%-14s", names.getOrDefault(id, "")),
                    String.format("%6s", v.has("total") ? v.get("total").asString() : "-"), String.format("%-9s", v.get("grade").asString()),
                    strings(v.get("unmet"))));
        }
        rejects(rejects);
    }

    void progress(ProgressReport r) {
        var t = r.total();
        out.println(t == null ? m.get("demo.progress.empty", r.asOf())
                : m.get("demo.progress", r.asOf(), t.teachers(), t.passed(), t.passRate(), t.status()));
        for (BatchProgress b : r.batches()) {
            out.println(m.get("demo.batch", String.format("%-10s", b.batch()), String.format("%-12s", b.status()), b.schools(),
                    b.teachers(), b.passed(), b.failed(), b.awaitingReassessment(), b.dueBy() == null ? "" : m.get("demo.batch.due", b.dueBy())));
        }
        if (r.recheck() != null) out.println(m.get("demo.recheck", r.recheck().clause(), r.recheck().schoolIds()));
    }

    void written(List<Path> files) {
        out.println(m.get("demo.written"));
        files.forEach(f -> out.println("    " + f));
    }

    void line(String text) { out.println(text); }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static String text(Clause c) { return c == null ? "" : c.text(); }

    private static List<JsonNode> lines(Path file) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).map(KaoheJson.MAPPER::readTree).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back " + file, e);
        }
    }
}
