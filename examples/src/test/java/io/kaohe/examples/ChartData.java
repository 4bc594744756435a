package io.kaohe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaohe.model.BatchProgress;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.SchoolProgress;

/** The numbers the report's SVG charts carry ({@code data-*} attributes), read back and compared with the JSON report. */
final class ChartData {
    private static final Pattern ROW = Pattern.compile("<g data-school=\"([^\"]+)\" data-teachers=\"(\\d+)\"[^>]*>(.*?)</g>", Pattern.DOTALL);
    private static final Pattern SEGMENT = Pattern.compile("data-grade=\"([A-Z_]+)\" data-count=\"(\\d+)\"");
    private static final Pattern BATCH = Pattern.compile("<svg [^>]*data-batch=\"([^\"]+)\"[^>]*>");
    private static final Pattern ATTR = Pattern.compile("data-([a-z]+)=\"([^\"]*)\"");

    private ChartData() {}

    /** School ID (or {@code total}) → grade segment → count, from the grade chart. */
    static Map<String, Map<String, Integer>> grades(String html) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("teachers", Integer.parseInt(row.group(2)));
            Matcher seg = SEGMENT.matcher(row.group(3));
            while (seg.find()) counts.put(seg.group(1), Integer.parseInt(seg.group(2)));
            out.put(row.group(1), counts);
        }
        return out;
    }

    /** Batch → its bar's data attributes. */
    static Map<String, Map<String, String>> batches(String html) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Matcher svg = BATCH.matcher(html);
        while (svg.find()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            Matcher a = ATTR.matcher(svg.group());
            while (a.find()) attrs.put(a.group(1), a.group(2));
            out.put(svg.group(1), attrs);
        }
        return out;
    }

    /** Every chart number equals what the JSON report says (the grade bars, per school and the total; the batch bars). */
    static void assertMatches(ProgressReport report, String html) {
        Map<String, Map<String, Integer>> grades = grades(html);
        assertFalse(grades.isEmpty(), "no grade chart found");
        assertEquals(report.schools().size() + 1, grades.size(), "one bar per school and the total");
        for (SchoolProgress s : report.schools()) assertRow(s, grades.get(s.schoolId()), s.schoolId());
        assertRow(report.total(), grades.get("total"), "total");
        Map<String, Map<String, String>> batches = batches(html);
        assertEquals(report.batches().size(), batches.size(), "one bar per batch");
        for (BatchProgress b : report.batches()) {
            Map<String, String> bar = batches.get(b.batch());
            assertEquals(List.of(b.teachers(), b.passed(), b.failed(), b.awaitingReassessment(), String.valueOf(b.dueBy())),
                    List.of(Integer.parseInt(bar.get("teachers")), Integer.parseInt(bar.get("passed")), Integer.parseInt(bar.get("failed")),
                            Integer.parseInt(bar.get("awaiting")), bar.get("due")), "batch " + b.batch());
        }
    }

    private static void assertRow(SchoolProgress s, Map<String, Integer> bar, String what) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("teachers", s.teachers());
        expected.put("EXCELLENT", s.excellent());
        expected.put("PASS", s.passed() - s.excellent());
        expected.put("FAIL", s.failed());
        expected.put("INCOMPLETE", s.incomplete());
        expected.put("NOT_ASSESSED", s.teachers() - s.assessed());
        assertEquals(expected, bar, "grade bar of " + what);
        // the segments fill the bar: every teacher is in exactly one
        assertEquals(s.teachers(), bar.entrySet().stream().filter(e -> !e.getKey().equals("teachers")).mapToInt(Map.Entry::getValue).sum(),
                "segments of " + what + " add up to its teachers");
    }
}
