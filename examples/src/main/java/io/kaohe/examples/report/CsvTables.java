package io.kaohe.examples.report;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * follow the language ({@code csv.*} keys: Chinese labels, or the JSON field names in English); values
 * are the JSON values (codes such as {@code PASS}, rates as fractions), so a sheet can be filtered and
 * summed without parsing text.
 */
public final class CsvTables {
    private static final CsvMapper CSV = CsvMapper.builder().build();
    /** The byte-order mark: Excel takes a CSV file without it for the local ANSI code page. */
    public static final char BOM = '\uFEFF';

    /** The school summary columns (one per {@link SchoolProgress} field), in order. */
    public static final List<String> SCHOOL_COLUMNS = List.of("schoolId", "name", "batch", "teachers", "assessed", "passed",
            "passRate", "excellent", "hoursPassed", "hoursRate", "assessmentPassed", "assessmentRate", "practiceCompleted",
            "practiceRate", "failed", "incomplete", "status", "expectedStage");

    /** The verdict columns: {@link TeacherVerdict} fields; {@code reasons} keeps the unmet ones' messages. */
    public static final List<String> VERDICT_COLUMNS = List.of("teacherId", "pack", "policyVersion", "assessedOn",
            "eligible", "grade", "unmet", "unmetReasons", "outcomes");

    private CsvTables() {}

    /** Every school of the report, then the total row (school ID empty). */
    public static void schools(ProgressReport r, Messages m, Writer out) {
        List<SchoolProgress> rows = new ArrayList<>(r.schools());
        if (r.total() != null) rows.add(r.total());
        write(SCHOOL_COLUMNS, m, rows, CsvTables::schoolRow, out);
    }

    /** One row per verdict (read one at a time); lists joined with {@code " | "}, reason texts in the language of {@code m}. */
    public static void verdicts(Iterable<TeacherVerdict> verdicts, Messages m, Writer out) {
        boolean zh = m.locale().equals(Messages.ZH);
        write(VERDICT_COLUMNS, m, verdicts, v -> verdictRow(v, zh), out);
    }

    private static List<Object> schoolRow(SchoolProgress s) {
        return List.of(str(s.schoolId()), str(s.name()), str(s.batch()), s.teachers(), s.assessed(), s.passed(), rate(s.passRate()),
                s.excellent(), s.hoursPassed(), rate(s.hoursRate()), s.assessmentPassed(), rate(s.assessmentRate()),
                s.practiceCompleted(), rate(s.practiceRate()), s.failed(), s.incomplete(), str(s.status()), str(s.expectedStage()));
    }

    private static List<Object> verdictRow(TeacherVerdict v, boolean zh) {
        List<String> reasons = new ArrayList<>();
        for (Reason r : v.reasons()) {
            if (!r.met() && v.unmet().contains(r.clause())) reasons.add(r.clause() + " " + (zh || r.messageEn() == null ? r.message() : r.messageEn()));
        }
        List<String> outcomes = new ArrayList<>();
        for (Outcome o : v.outcomes()) outcomes.add(o.clause() + " " + o.flag());
        return List.of(str(Mask.scrub(v.teacherId())), str(v.pack()), str(v.policyVersion()), str(v.assessedOn()), v.eligible(),
                str(v.grade()), String.join(" ", v.unmet()), str(Mask.scrub(String.join(" | ", reasons))), str(String.join(" | ", outcomes)));
    }

    private static <T> void write(List<String> columns, Messages m, Iterable<T> rows, Function<T, List<Object>> row, Writer out) {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String c : columns) schema.addColumn(c);
        // the header row is written by hand so that it can be in Chinese
        List<Object> header = new ArrayList<>();
        for (String c : columns) header.add(m.get("csv." + c));
        try {
            out.write(BOM);
            try (SequenceWriter w = CSV.writer(schema.build().withoutHeader().withLineSeparator("\r\n")).writeValues(out)) {
                w.write(map(columns, header));
                for (T r : rows) w.write(map(columns, row.apply(r)));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the CSV file", e);
        }
    }

    private static Map<String, Object> map(List<String> columns, List<Object> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) m.put(columns.get(i), values.get(i));
        return m;
    }

    /** A text cell; one that Excel would take for a formula (= + - @) is kept as text with a leading apostrophe. */
    private static String str(Object o) {
        String s = o == null ? "" : String.valueOf(o);
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static String rate(BigDecimal r) { return r == null ? "" : r.toPlainString(); }
}
