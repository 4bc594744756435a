package io.kaohe.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school semester, written {@code YYYY-YYYY-1} (autumn, 第一学期) or {@code YYYY-YYYY-2} (spring).
 *
 * <p>Deriving a semester from a date uses a convention the policy documents do not state (not from
 * the source): 1 September – 31 January is the autumn semester of the school year starting that
 * September; 1 February – 31 August is the spring semester of the school year that started the
 * September before. Give {@code semester} explicitly on a record to override it.
 */
public record Semester(int startYear, int term) implements Comparable<Semester> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{4})-([12])");

    public Semester {
        if (term != 1 && term != 2) throw new IllegalArgumentException("term must be 1 or 2, was " + term);
    }

    /** Parses {@code YYYY-YYYY-T}; the second year must follow the first. */
    public static Semester parse(String text) {
        // the usual well-formed text without a regex (every record's semester is parsed on the hot path)
        if (text != null && text.length() == 11 && text.charAt(4) == '-' && text.charAt(9) == '-') {
            int a = digits(text, 0), b = digits(text, 5);
            char t = text.charAt(10);
            if (a >= 0 && b == a + 1 && (t == '1' || t == '2')) return new Semester(a, t - '0');
        }
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("expected YYYY-YYYY-1 or YYYY-YYYY-2, was '" + text + "'");
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (b != a + 1) throw new IllegalArgumentException("second year must follow the first, was '" + text + "'");
        return new Semester(a, Integer.parseInt(m.group(3)));
    }

    /** The four ASCII digits at {@code from} as a number, or -1. */
    private static int digits(String s, int from) {
        int n = 0;
        for (int i = from; i < from + 4; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    public static Semester of(LocalDate date) {
        int month = date.getMonthValue();
        if (month >= 9) return new Semester(date.getYear(), 1);
        if (month == 1) return new Semester(date.getYear() - 1, 1);
        return new Semester(date.getYear() - 1, 2);
    }

    /** First day of the semester under the convention above. */
    public LocalDate start() {
        return term == 1 ? LocalDate.of(startYear, 9, 1) : LocalDate.of(startYear + 1, 2, 1);
    }

    /** Last day of the semester under the convention above. */
    public LocalDate end() {
        return term == 1 ? LocalDate.of(startYear + 1, 1, 31) : LocalDate.of(startYear + 1, 8, 31);
    }

    public Semester next() { return term == 1 ? new Semester(startYear, 2) : new Semester(startYear + 1, 1); }

    @Override
    public int compareTo(Semester o) {
        return startYear != o.startYear ? Integer.compare(startYear, o.startYear) : Integer.compare(term, o.term);
    }

    @Override
    public String toString() { return startYear + "-" + (startYear + 1) + "-" + term; }
}
