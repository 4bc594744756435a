package io.kaohe.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.kaohe.internal.i18n.Messages;
import io.kaohe.model.Grade;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.ProgressStatus;
import io.kaohe.model.SchoolProgress;

/**
 * How a report shows a value of the JSON report to a reader: a status, grade, stage or yes/no as words of the
 * report's language ({@code report.*} keys), a rate as a percentage. With {@code codes} (the {@code --codes} option
 * of the CSV tables, for machines) each value is the JSON value itself: {@code IN_PROGRESS}, {@code true}, 0.7692.
 */
public final class Labels {
    /** The overall status of a cohort whose total is still open but some batch or school is overdue (not a JSON value). */
    public static final String PARTLY_OVERDUE = "PARTLY_OVERDUE";
    /** The overall status of a cohort in progress some batch or school of which is behind the plan's pace. */
    public static final String PARTLY_BEHIND = "PARTLY_BEHIND";

    private final Messages m;
    private final boolean codes;

    private Labels(Messages m, boolean codes) {
        this.m = m;
        this.codes = codes;
    }

    /** Words for people. */
    public static Labels of(Messages m) { return new Labels(m, false); }

    /** Words for people, or with {@code codes} the JSON values. */
    public static Labels of(Messages m, boolean codes) { return new Labels(m, codes); }

    public Messages messages() { return m; }

    public boolean codes() { return codes; }

    public String status(ProgressStatus s) { return s == null ? "" : status(s.name()); }

    /** A status code: a {@link ProgressStatus} name or one of {@link #overall}'s. */
    public String status(String code) { return code == null ? "" : codes ? code : m.getOr("report.status." + code, code); }

    public String grade(Grade g) { return g == null ? "" : grade(g.name()); }

    /** A grade code: a {@link Grade} name, or {@code NOT_ASSESSED} (a chart's teachers without a verdict, not a JSON value). */
    public String grade(String code) { return code == null ? "" : codes ? code : m.getOr("report.grade." + code, code); }

    public String stage(String stage) { return stage == null ? "" : codes ? stage : m.getOr("report.stage." + stage, stage); }

    /** A batch of the rollout plan: {@code PILOT} → 试点, {@code PHASE_1} → 第一阶段; a school year ({@code 2020-2021}) as it is. */
    public String batch(String batch) { return batch == null ? "" : codes ? batch : m.getOr("report.batchName." + batch, batch); }

    public String yesNo(boolean b) { return codes ? String.valueOf(b) : m.get(b ? "report.yes" : "report.no"); }

    /** A rate: {@code 76.9%} for people, the JSON fraction {@code 0.7692} as codes, empty when there is none. */
    public String rate(BigDecimal r) { return r == null ? "" : codes ? r.toPlainString() : percent(r); }

    /** The name of the total row. */
    public String total() { return codes ? "total" : m.get("report.total"); }

    /**
     * A form item's title in the report's language: the packs write it {@code 中文 | English (中文出处)}; the part before the
     * bar in Chinese, the part after it in English (as written where there is no bar).
     */
    public String title(String bilingual) {
        if (bilingual == null) return "";
        int bar = bilingual.indexOf(" | ");
        if (bar < 0) return bilingual;
        return m.locale().equals(Messages.ZH) ? bilingual.substring(0, bar).trim() : bilingual.substring(bar + 3).trim();
    }

    /** A fraction as a percentage with one decimal ({@code 0.7692} → {@code 76.9%}). */
    public static String percent(BigDecimal r) {
        return r == null ? "—" : r.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /**
     * The status of the whole cohort as one truth with the rest of the page: the total's status, except that a cohort
     * whose total is not yet overdue (in progress, behind, not started) while a batch or a school already is, is
     * {@link #PARTLY_OVERDUE} (部分逾期), and one in progress with a batch or school behind is {@link #PARTLY_BEHIND}.
     * A label of the report only: the progress JSON keeps the rules' status.
     */
    public static String overall(ProgressReport r) {
        SchoolProgress t = r.total();
        if (t == null || t.status() == null) return null;
        ProgressStatus total = t.status();
        if (total == ProgressStatus.OVERDUE || total == ProgressStatus.COMPLETE) return total.name();
        if (any(r, ProgressStatus.OVERDUE)) return PARTLY_OVERDUE;
        if (total == ProgressStatus.IN_PROGRESS && any(r, ProgressStatus.BEHIND)) return PARTLY_BEHIND;
        return total.name();
    }

    private static boolean any(ProgressReport r, ProgressStatus s) {
        return r.batches().stream().anyMatch(b -> b.status() == s) || r.schools().stream().anyMatch(x -> x.status() == s);
    }
}
