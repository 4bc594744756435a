package io.kaohe.examples.report;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.kaohe.internal.i18n.Messages;
import io.kaohe.model.Outcome;
import io.kaohe.model.ProgressReport;
import io.kaohe.model.Reason;
import io.kaohe.model.SchoolProgress;
import io.kaohe.model.TeacherVerdict;
import io.kaohe.internal.privacy.Mask;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Excel-ready CSV tables, written with Jackson's CSV module: a byte-order mark first (so Excel reads the
 * file as UTF-8 and shows Chinese), a header row, one column per field, CRLF line ends. Header texts
 * follow the language ({@code csv.*} keys), or with codes are the JSON field names. Values are
 * shown as a reader files them ({@link Labels}: 进行中, 合格, 是, 76.9%, the total row 合计); with
 * {@code codes} ({@code --codes}, for machines) they are the JSON values (IN_PROGRESS, PASS, true, 0.7692).
 */
public final class CsvTables {
    private static final CsvMapper CSV = CsvMapper.builder().build();
    /** The byte-order mark: Excel takes a CSV file without it for the local ANSI code page. */
    public static final char BOM = '\uFEFF';

    /** The school summary columns (one per {@link SchoolProgress} field), in order. */
    public static final List<String> SCHOOL_COLUMNS = List.of("schoolId", "name", "batch", "teachers", "assessed", "passed",
            "passRate", "excellent", "hoursPassed", "hoursRate", "assessmentPassed", "assessmentRate", "practiceCompleted",
            "practiceRate", "failed", "incomplete", "status", "expectedStage");

    /** The verdict columns: {@link TeacherVerdict} fields and the teacher's school; {@code reasons} keeps the unmet ones' messages. */
    public static final List<String> VERDICT_COLUMNS = List.of("teacherId", "schoolId", "pack", "policyVersion", "assessedOn",
            "eligible", "grade", "unmet", "unmetReasons", "outcomes");

    private CsvTables() {}

    /** Every school of the report, then the total row (school ID empty). */
    public static void schools(ProgressReport r, Labels l, Writer out) {
        List<SchoolProgress> rows = new ArrayList<>(r.schools());
        if (r.total() != null) rows.add(r.total());
        String overall = Labels.overall(r);
        write(SCHOOL_COLUMNS, l, rows, s -> schoolRow(s, s == r.total(), overall, l, true), out);
    }

    /**
     * One row per verdict (read one at a time); lists joined with {@code " | "}, reason texts in the language of the labels.
     *
     * @param school the school of a verdict's teacher (empty when not known)
     */
    public static void verdicts(Iterable<TeacherVerdict> verdicts, Function<TeacherVerdict, String> school, Labels l, Writer out) {
        write(VERDICT_COLUMNS, l, verdicts, v -> verdictRow(v, school.apply(v), l, true), out);
    }

    /**
     * A school's row, or the total's: its name the total's label, its status the cohort's overall status ({@link Labels#overall}).
     *
     * @param csv texts for a CSV file (one Excel would take for a formula kept as text: {@link #str}); else as they are
     */
    static List<Object> schoolRow(SchoolProgress s, boolean total, String overall, Labels l, boolean csv) {
        Function<Object, String> str = csv ? CsvTables::str : CsvTables::plain;
        return List.of(total ? "" : str.apply(s.schoolId()), total ? l.total() : str.apply(s.name()), total ? "" : str.apply(l.batch(s.batch())), s.teachers(),
                s.assessed(), s.passed(), l.rate(s.passRate()), s.excellent(), s.hoursPassed(), l.rate(s.hoursRate()),
                s.assessmentPassed(), l.rate(s.assessmentRate()), s.practiceCompleted(), l.rate(s.practiceRate()), s.failed(),
                s.incomplete(), total && !l.codes() ? l.status(overall) : l.status(s.status()), l.stage(s.expectedStage()));
    }

    static List<Object> verdictRow(TeacherVerdict v, String school, Labels l, boolean csv) {
        Function<Object, String> str = csv ? CsvTables::str : CsvTables::plain;
        boolean zh = l.messages().locale().equals(Messages.ZH);
        List<String> reasons = new ArrayList<>();
        for (Reason r : v.reasons()) {
            if (!r.met() && v.unmet().contains(r.clause())) {
                String note = l.codes() ? "" : OpenSemesters.note(r.values(), v.assessedOn(), l.messages());
                reasons.add(r.clause() + " " + (zh || r.messageEn() == null ? r.message() : r.messageEn()) + note);
            }
        }
        List<String> outcomes = new ArrayList<>();
        for (Outcome o : v.outcomes()) {
            String text = l.codes() || o.message() == null ? o.flag() : zh || o.messageEn() == null ? o.message() : o.messageEn();
            outcomes.add(o.clause() + " " + text);
        }
        return List.of(str.apply(Mask.scrub(v.teacherId())), str.apply(school), str.apply(v.pack()), str.apply(v.policyVersion()), str.apply(v.assessedOn()),
                l.yesNo(v.eligible()), l.grade(v.grade()), String.join(" ", v.unmet()), str.apply(Mask.scrub(String.join(" | ", reasons))),
                str.apply(Mask.scrub(String.join(" | ", outcomes))));
    }

    private static <T> void write(List<String> columns, Labels l, Iterable<T> rows, Function<T, List<Object>> row, Writer out) {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String c : columns) schema.addColumn(c);
        // the header row is written by hand so that it can be in words (with codes: the JSON field names)
        List<Object> header = new ArrayList<>();
        for (String c : columns) header.add(l.codes() ? c : l.messages().get("csv." + c));
        try {
            out.write(BOM);
            // a row is a list: its values are the schema's columns in order
            try (SequenceWriter w = CSV.writer(schema.build().withoutHeader().withLineSeparator("\r\n")).writeValues(out)) {
                w.write(header);
                for (T r : rows) w.write(row.apply(r));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the CSV file", e);
        }
    }

    /** A text cell; one that Excel would take for a formula (= + - @) is kept as text with a leading apostrophe. */
    private static String plain(Object o) { return o == null ? "" : String.valueOf(o); }

    private static String str(Object o) {
        String s = o == null ? "" : String.valueOf(o);
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

}
