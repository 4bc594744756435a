package io.kaohe.examples.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.privacy.Mask;
import io.kaohe.model.BatchProgress;
import io.kaohe.model.Deadline;
import io.kaohe.model.FormItem;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.Reason;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.SchoolVerdict;
import io.kaohe.model.TeacherAction;
import io.kaohe.model.TeacherVerdict;

/**
 * A report as an Excel workbook (.xlsx), written with fastexcel (a streaming writer: see docs/reports.md for why this
 * library): one sheet per table (summary, batches, schools, school scores, teachers needing action, verdicts), Chinese
 * labels ({@link Labels}), counts as numbers, rates as numbers formatted as percentages, dates as dates, a frozen
 * header row, a filter on each table and column widths that fit Chinese text.
 *
 * <p>The verdict sheet streams: rows are flushed to the file every {@value #FLUSH} rows, and its cells are inline
 * strings (no shared-string table growing with the teachers), so memory stays flat for a million verdicts. Past Excel's
 * limit of {@value Worksheet#MAX_ROWS} rows a sheet continues on the next ({@code 考核结论 (2)}, …).
 *
 * <p>The same report gives the same bytes: the creation time the library stamps is left out ({@link SameBytesZip}).
 *
 * <p>Only a command that writes a workbook loads this class (and so fastexcel): the others start as fast as before.
 */
public final class XlsxReport implements AutoCloseable {
    /** Rows written between flushes of a streamed sheet. */
    static final int FLUSH = 1_000;
    private static final String HEADER_FILL = "DDE4EE";
    private static final String PERCENT = "0.0%";
    private static final String DATE = "yyyy-mm-dd";
    private static final int MAX_WIDTH = 60;
    /** The school columns ({@link CsvTables#SCHOOL_COLUMNS}) that are rates: numbers in the cells, shown as percentages. */
    private static final Map<String, Function<SchoolProgress, BigDecimal>> RATES = Map.of("passRate", SchoolProgress::passRate,
            "hoursRate", SchoolProgress::hoursRate, "assessmentRate", SchoolProgress::assessmentRate,
            "practiceRate", SchoolProgress::practiceRate);
    /**
     * The width of each verdict column ({@link CsvTables#VERDICT_COLUMNS}): fixed, as the sheet streams (it is flushed
     * before its widest text is known).
     */
    private static final Map<String, Double> VERDICT_WIDTHS = Map.of("teacherId", 14.0, "schoolId", 12.0, "pack", 10.0,
            "policyVersion", 30.0, "assessedOn", 12.0, "eligible", 10.0, "grade", 12.0, "unmet", 16.0,
            "unmetReasons", (double) MAX_WIDTH, "outcomes", 40.0);

    private final OutputStream out;
    private final Path temp;
    private final OutputStream tempOut;
    private final Workbook wb;
    private final Labels l;
    private final Messages m;
    private final int maxRows;

    /** A workbook written to {@code out} (not closed) as its sheets are added; {@link #finish} completes it. */
    public XlsxReport(OutputStream out, Messages m) {
        this(out, m, Worksheet.MAX_ROWS);
    }

    /** With a smaller row limit per sheet: for tests of the split at the limit. */
    XlsxReport(OutputStream out, Messages m, int maxRows) {
        this.out = out;
        try {
            // written to a temporary file, then copied without the writer's timestamp (SameBytesZip)
            this.temp = Files.createTempFile("kaohe-", ".xlsx");
            this.tempOut = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
        this.wb = new Workbook(tempOut, "kaohe", null);
        this.m = m;
        this.l = Labels.of(m);
        this.maxRows = maxRows;
    }

    /** The progress report's sheets: summary, batches, schools, the school scores (when given), teachers needing action. */
    public XlsxReport progress(ProgressReport r, String title, ReportExtras x) {
        summary(r, title);
        batches(r);
        schools(r, x);
        if (!x.scores().isEmpty()) scores(r, x);
        actions(r, x);
        return this;
    }

    private void summary(ProgressReport r, String title) {
        Table t = new Table(sheet("summary"), List.of(m.get("xlsx.col.item"), m.get("xlsx.col.value")));
        SchoolProgress total = r.total();
        t.row(m.get("report.county"), r.county() == null ? "" : r.county());
        t.row(m.get("report.asOf"), r.asOf());
        t.row(m.get("report.basisLabel"), m.getOr("report.packTitle." + r.pack(), title == null ? "" : title));
        if (total != null) {
            t.row(m.get("report.card.status"), l.status(Labels.overall(r)));
            t.row(m.get("csv.teachers"), total.teachers());
            t.row(m.get("csv.assessed"), total.assessed());
            t.row(m.get("csv.passed"), total.passed());
            t.row(m.get("csv.passRate"), Rate.of(total.passRate()));
            t.row(m.get("csv.excellent"), total.excellent());
            t.row(m.get("report.card.action"), r.actions().size());
        }
        for (Deadline d : r.deadlines()) {
            t.row(d.clause() + " " + (m.locale().equals(Messages.ZH) || d.nameEn() == null ? d.name() : d.nameEn()), d.date());
        }
        t.row(m.get("report.pack"), r.pack());
        t.row(m.get("report.policyVersion"), r.policyVersion());
        t.end();
    }

    private void batches(ProgressReport r) {
        Table t = new Table(sheet("batches"), labels("batch", "status", "schools", "teachers", "assessed", "passed", "failed",
                "awaitingReassessment", "startsOn", "dueBy", "plannedShare", "actualShare"));
        for (BatchProgress b : r.batches()) {
            t.row(l.batch(b.batch()), l.status(b.status()), b.schools(), b.teachers(), b.assessed(), b.passed(), b.failed(),
                    b.awaitingReassessment(), b.startsOn(), b.dueBy(), Rate.of(b.plannedShare()), Rate.of(b.actualShare()));
        }
        t.end();
    }

    private void schools(ProgressReport r, ReportExtras x) {
        List<String> columns = new ArrayList<>(CsvTables.SCHOOL_COLUMNS);
        boolean scores = !x.scores().isEmpty();
        if (scores) columns.addAll(List.of("formTotal", "formGrade"));
        if (!x.contacts().isEmpty()) columns.add("contact");
        Table t = new Table(sheet("schools"), labels(columns.toArray(String[]::new)));
        String overall = Labels.overall(r);
        for (SchoolProgress s : r.schools()) t.row(schoolRow(s, false, overall, x, scores));
        if (r.total() != null) t.row(schoolRow(r.total(), true, overall, x, scores));
        t.end();
    }

    private Object[] schoolRow(SchoolProgress s, boolean total, String overall, ReportExtras x, boolean scores) {
        List<Object> row = new ArrayList<>(CsvTables.schoolRow(s, total, overall, l, false));
        // the rates as numbers, shown as percentages
        RATES.forEach((column, rate) -> row.set(CsvTables.SCHOOL_COLUMNS.indexOf(column), Rate.of(rate.apply(s))));
        if (scores) {
            SchoolVerdict v = total ? null : x.scores().get(s.schoolId());
            row.add(v == null || v.total() == null ? null : v.total());
            row.add(v == null ? "" : l.grade(v.grade()));
        }
        if (!x.contacts().isEmpty()) row.add(total ? "" : Mask.scrub(x.contacts().getOrDefault(s.schoolId(), "")));
        return row.toArray();
    }

    private void scores(ProgressReport r, ReportExtras x) {
        Table t = new Table(sheet("scores"), labels("schoolId", "name", "formTotal", "formGrade", "item", "points", "max", "clause", "lostText"));
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (SchoolProgress s : r.schools()) names.put(s.schoolId(), s.name() == null ? "" : s.name());
        for (SchoolVerdict v : x.scores().values()) {
            String name = names.getOrDefault(v.schoolId(), "");
            boolean any = false;
            for (FormItem i : v.items()) {
                if (i.points() == null || i.max() == null || i.points().compareTo(i.max()) >= 0) continue;
                t.row(v.schoolId(), name, v.total(), l.grade(v.grade()), i.title() == null ? i.item() : l.title(i.title()), i.points(), i.max(),
                        i.clause() == null ? "" : i.clause(), "");
                any = true;
            }
            for (Reason reason : v.reasons()) {
                if (reason.met()) continue;
                t.row(v.schoolId(), name, v.total(), l.grade(v.grade()), "", null, null, reason.clause(), text(reason.message(), reason.messageEn()));
                any = true;
            }
            if (!any) t.row(v.schoolId(), name, v.total(), l.grade(v.grade()), "", null, null, "", "");
        }
        t.end();
    }

    private void actions(ProgressReport r, ReportExtras x) {
        boolean named = !x.names().isEmpty();
        List<String> columns = new ArrayList<>(List.of("schoolId", "name", "teacherId"));
        if (named) columns.add("teacherName");
        columns.addAll(List.of("grade", "kind", "clause", "todo"));
        Table t = new Table(sheet("actions"), labels(columns.toArray(String[]::new)));
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (SchoolProgress s : r.schools()) names.put(s.schoolId(), s.name() == null ? "" : s.name());
        for (TeacherAction a : r.actions()) {
            for (TeacherAction.Item i : a.items().isEmpty() ? List.of(new TeacherAction.Item(null, "", "", "")) : a.items()) {
                List<Object> row = new ArrayList<>(List.of(a.schoolId(), names.getOrDefault(a.schoolId(), ""), a.teacherId()));
                if (named) row.add(Mask.scrub(x.names().getOrDefault(a.teacherId(), "")));
                String kind = i.kind() == null ? "" : m.get("report.kind." + (OpenSemesters.allOpen(i.values(), r.asOf()) ? "OPEN" : i.kind().name()));
                row.addAll(List.of(l.grade(a.grade()), kind, i.clause(), i.message(m.locale()) + OpenSemesters.note(i.values(), r.asOf(), m)));
                t.row(row.toArray());
            }
        }
        t.end();
    }

    /**
     * One row per verdict, read one at a time and flushed as it goes (the same columns as the CSV table); more than a
     * sheet holds continues on the next sheet.
     *
     * @param school the school of a verdict's teacher (empty when not known)
     * @return the number of verdict rows written
     */
    public long verdicts(Iterable<TeacherVerdict> verdicts, Function<TeacherVerdict, String> school) {
        List<String> header = labels(CsvTables.VERDICT_COLUMNS.toArray(String[]::new));
        double[] widths = CsvTables.VERDICT_COLUMNS.stream().mapToDouble(VERDICT_WIDTHS::get).toArray();
        int assessedOn = CsvTables.VERDICT_COLUMNS.indexOf("assessedOn");
        long n = 0;
        int part = 1;
        Table t = null;
        for (TeacherVerdict v : verdicts) {
            if (t == null || t.rows() == maxRows - 1) {
                if (t != null) t.end();
                t = new Table(sheet("verdicts", part++), header, widths);
            }
            List<Object> row = new ArrayList<>(CsvTables.verdictRow(v, school.apply(v), l, false));
            row.set(assessedOn, v.assessedOn());   // a date cell
            t.row(row.toArray());
            n++;
        }
        if (t == null) t = new Table(sheet("verdicts"), header, widths);
        t.end();
        return n;
    }

    /** Completes the workbook (its shared parts and the ZIP directory); the stream stays open. */
    public void finish() {
        try {
            wb.finish();
            tempOut.close();
            SameBytesZip.copy(temp, out);
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    /** Removes the temporary file (after {@link #finish}, or of a workbook given up); the stream is the caller's. */
    @Override
    public void close() {
        try {
            tempOut.close();
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort: a stray temporary file is harmless
        }
    }

    private Worksheet sheet(String key) { return sheet(key, 1); }

    /** A sheet named in the report's language; the continuations of a long table are numbered. */
    private Worksheet sheet(String key, int part) {
        String name = m.get("xlsx.sheet." + key);
        return wb.newWorksheet(part == 1 ? name : name + " (" + part + ")");
    }

    private List<String> labels(String... columns) {
        List<String> out = new ArrayList<>();
        for (String c : columns) out.add(m.get("csv." + c));
        return out;
    }

    private String text(String zh, String en) { return m.locale().equals(Messages.ZH) || en == null ? zh : en; }

    /** A rate: a number in the cell, a percentage on screen. */
    record Rate(BigDecimal value) {
        static Rate of(BigDecimal v) { return v == null ? null : new Rate(v); }
    }

    /**
     * One table on its own sheet: a bold header row, frozen; rows below; a filter over all of it. Widths are measured
     * from the texts (a Chinese character counts two) unless given; a streamed table is flushed every {@link #FLUSH} rows.
     */
    private static final class Table {
        private final Worksheet ws;
        private final int columns;
        private final double[] widths;
        private final boolean measured;
        private int row;

        Table(Worksheet ws, List<String> header) {
            this(ws, header, null);
        }

        Table(Worksheet ws, List<String> header, double[] fixed) {
            this.ws = ws;
            this.columns = header.size();
            this.measured = fixed == null;
            this.widths = fixed == null ? new double[columns] : fixed.clone();
            if (!measured) for (int c = 0; c < columns; c++) ws.width(c, widths[c]);   // before the first flush
            for (int c = 0; c < columns; c++) {
                ws.value(0, c, header.get(c));
                ws.style(0, c).bold().fillColor(HEADER_FILL).set();
                fit(c, header.get(c));
            }
            ws.freezePane(0, 1);
        }

        int rows() { return row; }

        void row(Object... cells) {
            row++;
            for (int c = 0; c < cells.length; c++) {
                Object v = cells[c];
                if (v instanceof Rate r) {
                    ws.value(row, c, r.value());
                    ws.style(row, c).format(PERCENT).set();
                } else if (v instanceof Number n) {
                    ws.value(row, c, n);
                } else if (v instanceof LocalDate d) {
                    ws.value(row, c, d);
                    ws.style(row, c).format(DATE).set();
                } else if (v != null && !String.valueOf(v).isEmpty()) {
                    ws.inlineString(row, c, String.valueOf(v));
                }
                fit(c, v instanceof Rate || v instanceof LocalDate ? "0000-00-00" : v == null ? "" : String.valueOf(v));
            }
            if (!measured && row % FLUSH == 0) flush();
        }

        private void fit(int c, String text) {
            if (!measured) return;
            int w = 0;
            for (int i = 0; i < text.length(); i++) w += text.charAt(i) > 0x2E7F ? 2 : 1;
            widths[c] = Math.min(MAX_WIDTH, Math.max(widths[c], w + 2));
        }

        void end() {
            if (measured) for (int c = 0; c < columns; c++) ws.width(c, widths[c]);
            ws.setAutoFilter(0, 0, row, columns - 1);
            try {
                ws.finish();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the workbook", e);
            }
        }

        private void flush() {
            try {
                ws.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the workbook", e);
            }
        }
    }
}
