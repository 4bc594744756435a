package io.kaohe.examples.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import io.kaohe.internal.i18n.Messages;
import io.kaohe.model.BatchProgress;
import io.kaohe.model.SchoolProgress;

/**
 * The report's inline SVG charts. Every bar segment carries its number in {@code data-*} attributes
 * ({@code data-grade}, {@code data-count}, …) so a test can read the chart back and compare it with the
 * JSON report. Coordinates are written with {@link Locale#ROOT} so the bytes never depend on the locale.
 */
final class Charts {
    /** The segments of a grade bar, in drawing order, with their CSS class. */
    enum Segment {
        EXCELLENT("g-excellent"), PASS("g-pass"), FAIL("g-fail"), INCOMPLETE("g-incomplete"), NOT_ASSESSED("g-none");

        final String css;

        Segment(String css) { this.css = css; }

        /** This segment's count in a school (or total) row. */
        int count(SchoolProgress s) {
            return switch (this) {
                case EXCELLENT -> s.excellent();
                case PASS -> s.passed() - s.excellent();
                case FAIL -> s.failed();
                case INCOMPLETE -> s.incomplete();
                case NOT_ASSESSED -> Math.max(0, s.teachers() - s.assessed());
            };
        }
    }

    private static final int WIDTH = 960;
    private static final int LABEL = 210;
    private static final int ROW = 30;
    private static final int BAR = 20;

    private final Labels labels;
    private final Messages m;

    Charts(Labels labels) {
        this.labels = labels;
        this.m = labels.messages();
    }

    /**
     * A batch's bar: passed, failed, not yet passed and not assessed teachers against the target (all
     * teachers passed, the right end), with a marker for the share of the batch's time already gone.
     */
    void batch(Html h, BatchProgress b, LocalDate asOf) {
        int notYet = Math.max(0, b.awaitingReassessment() - b.failed());
        int notAssessed = Math.max(0, b.teachers() - b.passed() - b.awaitingReassessment());
        double time = elapsed(b.startsOn(), b.dueBy(), asOf);
        int w = WIDTH, barY = 22, barH = 22;
        h.open("svg", "class", "bar", "viewBox", "0 0 " + w + " 64", "width", "100%", "role", "img",
                "aria-label", m.get("report.batch.aria", b.batch()),
                "data-batch", b.batch(), "data-teachers", b.teachers(), "data-passed", b.passed(), "data-failed", b.failed(),
                "data-awaiting", b.awaitingReassessment(), "data-due", b.dueBy(), "data-time", fmt(time));
        h.open("rect", "x", 0, "y", barY, "width", w, "height", barH, "rx", 4, "class", "track").close("rect");
        double x = 0;
        x = segment(h, x, b.passed(), b.teachers(), w, barY, barH, "g-pass", "passed");
        x = segment(h, x, b.failed(), b.teachers(), w, barY, barH, "g-fail", "failed");
        x = segment(h, x, notYet, b.teachers(), w, barY, barH, "g-incomplete", "incomplete");
        segment(h, x, notAssessed, b.teachers(), w, barY, barH, "g-none", "not-assessed");
        if (b.dueBy() != null && b.startsOn() != null) {
            double tx = Math.min(w - 1.0, Math.max(1.0, time * w));
            h.open("line", "x1", fmt(tx), "x2", fmt(tx), "y1", 14, "y2", barY + barH + 6, "class", "time").close("line");
            String anchor = tx > w - 160 ? "end" : tx < 160 ? "start" : "middle";
            h.open("text", "x", fmt(tx), "y", 10, "text-anchor", anchor, "class", "small")
                    .text(m.get("report.batch.time", percent(time))).close("text");
        }
        h.open("text", "x", 0, "y", 60, "class", "small")
                .text(m.get("report.batch.passed", b.passed(), b.teachers(), percent(share(b.passed(), b.teachers()))))
                .close("text");
        h.open("text", "x", w, "y", 60, "text-anchor", "end", "class", "small")
                .text(m.get("report.batch.target")).close("text");
        h.close("svg");
    }

    /** One 100% bar per school, then the total: teachers by grade. */
    void grades(Html h, List<SchoolProgress> schools, SchoolProgress total) {
        int rows = schools.size() + (total == null ? 0 : 1);
        int height = rows * ROW + 34;
        h.open("svg", "class", "grades", "viewBox", "0 0 " + WIDTH + " " + height, "width", "100%", "role", "img",
                "aria-label", m.get("report.grades.title"));
        int y = 0;
        for (SchoolProgress s : schools) {
            gradeRow(h, s, s.schoolId(), label(s), y, false);
            y += ROW;
        }
        if (total != null) gradeRow(h, total, "total", labels.total(), y, true);
        y += ROW + 12;
        int lx = LABEL;
        for (Segment seg : Segment.values()) {
            h.open("rect", "x", lx, "y", y - 10, "width", 12, "height", 12, "rx", 2, "class", seg.css).close("rect");
            String text = labels.grade(seg.name());
            h.open("text", "x", lx + 17, "y", y, "class", "small").text(text).close("text");
            lx += 36 + textWidth(text);
        }
        h.close("svg");
    }

    private void gradeRow(Html h, SchoolProgress s, String key, String label, int y, boolean total) {
        int width = WIDTH - LABEL - 50;
        h.open("g", "data-school", key, "data-teachers", s.teachers(), "class", total ? "total-row" : null);
        h.open("text", "x", LABEL - 10, "y", y + BAR - 5, "text-anchor", "end", "class", total ? "label strong" : "label")
                .text(label).close("text");
        h.open("rect", "x", LABEL, "y", y + 2, "width", width, "height", BAR, "rx", 3, "class", "track").close("rect");
        double x = LABEL;
        for (Segment seg : Segment.values()) {
            int n = seg.count(s);
            double w = s.teachers() == 0 ? 0 : (double) n * width / s.teachers();
            h.open("rect", "x", fmt(x), "y", y + 2, "width", fmt(w), "height", BAR, "class", seg.css,
                    "data-grade", seg.name(), "data-count", n);
            h.element("title", labels.grade(seg.name()) + " " + n);
            h.close("rect");
            if (w >= 26) {
                h.open("text", "x", fmt(x + w / 2), "y", y + BAR - 3, "text-anchor", "middle",
                        "class", seg == Segment.NOT_ASSESSED || seg == Segment.INCOMPLETE ? "in dark" : "in").text(n).close("text");
            }
            x += w;
        }
        h.open("text", "x", WIDTH - 4, "y", y + BAR - 5, "text-anchor", "end", "class", "small").text(s.teachers()).close("text");
        h.close("g");
    }

    private static double segment(Html h, double x, int n, int whole, int w, int y, int height, String css, String kind) {
        double width = whole == 0 ? 0 : (double) n * w / whole;
        h.open("rect", "x", fmt(x), "y", y, "width", fmt(width), "height", height, "class", css,
                "data-segment", kind, "data-count", n).close("rect");
        return x + width;
    }

    private String label(SchoolProgress s) {
        String name = s.name() == null || s.name().isBlank() ? "" : " " + s.name();
        String text = s.schoolId() + name;
        return text.length() > 16 ? text.substring(0, 15) + "…" : text;
    }

    /** Roughly how wide a label is drawn at 12 px: CJK characters a full em, others about half. */
    private static int textWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) w += text.charAt(i) >= 0x2E80 ? 12 : 7;
        return w;
    }

    /** Share of the time from the first day to the due date gone by {@code asOf}, 0 to 1. */
    static double elapsed(LocalDate start, LocalDate due, LocalDate asOf) {
        if (start == null || due == null || !due.isAfter(start)) return 0;
        double all = ChronoUnit.DAYS.between(start, due);
        return Math.max(0, Math.min(1, ChronoUnit.DAYS.between(start, asOf) / all));
    }

    static double share(int part, int whole) { return whole == 0 ? 0 : (double) part / whole; }

    /** A share as a percentage with one decimal ({@code 84.3%}). */
    static String percent(double share) { return String.format(Locale.ROOT, "%.1f%%", share * 100); }

    static String fmt(double d) {
        String s = String.format(Locale.ROOT, "%.2f", d);
        return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
    }
}
