package io.kaohe.internal.privacy;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Masks personal data (national ID, phone) for every output, log line and exception message.
 * Masked forms keep enough to tell records apart by eye, never enough to identify a person:
 * national ID {@code 3709**********0012}, mobile {@code 138****5678}.
 */
public final class Mask {
    private Mask() {}

    /** At most this many characters of a bad value are quoted in a message: garbage input must not make huge rejects. */
    public static final int ECHO = 40;

    /** A value quoted in a message: its first {@link #ECHO} characters, and how long it was when longer. */
    public static String echo(Object value) {
        String s = String.valueOf(value);
        return s.length() <= ECHO ? s : s.substring(0, ECHO) + "… (" + s.length() + " characters)";
    }

    /** A national ID (18 characters) shown as its first 4 and last 4 characters; any other length all stars. */
    public static String nationalId(String id) {
        if (id == null) return null;
        if (id.length() == 18) return id.substring(0, 4) + "**********" + id.substring(14);
        return "*".repeat(id.length());
    }

    /**
     * A phone number shown with its middle hidden: the first 3 and last 4 characters stay when at least one is hidden
     * between them (8 characters or more); a shorter number is all stars (7 characters would show in full).
     */
    public static String phone(String phone) {
        if (phone == null) return null;
        if (phone.length() > 7) return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
        return "*".repeat(phone.length());
    }

    /**
     * Masks every ID-like and mobile-like number inside free text (error messages, log lines, names, reasons),
     * including the forms written to get past a simple pattern: digits of any script (full-width {@code １３８…}),
     * groups split by runs of spaces, dashes, dots, slashes or underscores ({@code 138-1234-5678}, {@code 138.1234.5678},
     * {@code 138–1234–5678}, {@code 1 3 8 1 2 3 4 5 6 7 8}, {@code 370902 19850101 0012}), a country code
     * ({@code +8613812345678}, {@code 86 138 1234 5678}), an ID inside a longer run of digits or followed by
     * {@code x}. Ordinary numbers stay as they are: dates ({@code 2022-03-01}), hours, line numbers, clause IDs.
     * Idempotent, and the same text always gives the same result.
     */
    public static String scrub(String text) {
        if (text == null || !mayHold(text)) return text;
        return scrubGroups(text);
    }

    /** {@link #scrub} without its check that nothing can match (for the test that the check never skips a number). */
    static String scrubGroups(String text) {
        List<Group> groups = groups(text);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int i = 0; i < groups.size(); ) {
            Match m = match(text, groups, i);
            if (m == null) {
                i++;
                continue;
            }
            out.append(text, copied, m.from).append(m.masked);
            copied = m.to;
            i = m.next;
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * {@link #scrub} applied to every text inside a value (a map's keys and values, a list's elements): for the values a
     * rule reports, which may quote a free-text field (an institution, a group's name).
     */
    public static Object scrubAll(Object value) {
        if (value instanceof String s) return scrub(s);
        if (value instanceof java.util.Map<?, ?> m) {
            java.util.Map<Object, Object> out = new java.util.LinkedHashMap<>(Math.max(4, m.size() * 2));
            for (java.util.Map.Entry<?, ?> e : m.entrySet()) out.put(scrubAll(e.getKey()), scrubAll(e.getValue()));
            return out;
        }
        if (value instanceof java.util.Collection<?> c) {
            Object[] out = new Object[c.size()];
            int i = 0;
            for (Object x : c) out[i++] = scrubAll(x);
            return java.util.Collections.unmodifiableList(java.util.Arrays.asList(out));
        }
        return value;
    }

    /** A throwable's stack trace as printed, with personal data in every message (its own and its causes') masked. */
    public static String stackTrace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return scrub(w.toString());
    }

    /**
     * Whether some run of {@link #groups} written as one number ({@link #joins}: only separators between, no X before)
     * holds 11 characters or more: every ID and mobile {@link #match} finds (and its country code) lies in such a run, so
     * without one there is nothing to mask. Decided without allocating: a message listing dates and hours is the common
     * case ({@code 2020—2021学年第一学期 2 次, 2020—2021学年第二学期 3 次} has 16 digits, none in a run of 11).
     */
    private static boolean mayHold(String text) {
        if (text.length() < 11) return false;   // 11 digits take 11 characters (a reason's value names, codes)
        int digits = 0;       // fewer than 11 digits in all: nothing to read further (most texts)
        for (int i = 0; i < text.length() && digits < 11; i++) if (digit(text.charAt(i)) >= 0) digits++;
        if (digits < 11) return false;
        int run = 0;          // characters of the groups in the current run
        boolean open = false; // the last group may be joined by what follows (it did not end in X, only separators since)
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (digit(c) < 0) {
                if (open && !separator(c)) open = false;
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && digit(text.charAt(j)) >= 0) j++;
            boolean x = j < text.length() && isX(text.charAt(j));
            run = (open ? run : 0) + (j - i) + (x ? 1 : 0);
            if (run >= 11) return true;
            open = !x;
            i = x ? j + 1 : j;
        }
        return false;
    }

    /** A run of digits in {@code text} (any script; an ID's final X included), as ASCII digits. */
    private record Group(int from, int to, String digits) {}

    private record Match(int from, int to, String masked, int next) {}

    /** How people write a mobile in groups: 138 1234 5678, 138 12345678, 1381234 5678. */
    private static final java.util.Set<String> MOBILE_SHAPES = java.util.Set.of("3-4-4", "3-8", "7-4");

    private static List<Group> groups(String text) {
        List<Group> out = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            if (digit(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            StringBuilder d = new StringBuilder();
            int j = i;
            for (; j < text.length() && digit(text.charAt(j)) >= 0; j++) d.append((char) ('0' + digit(text.charAt(j))));
            if (j < text.length() && isX(text.charAt(j))) {
                d.append(text.charAt(j) == 'x' ? 'x' : 'X');   // as written, when ASCII
                j++;
            }
            out.add(new Group(i, j, d.toString()));
            i = j;
        }
        return out;
    }

    static int digit(char c) {
        if (c < 128) return c >= '0' && c <= '9' ? c - '0' : -1;   // ASCII, the common case, without the Unicode tables
        // no script has digits from U+1C5A to U+A61F: Chinese text without the tables (MaskTest checks every character)
        if (c >= '\u1C5A' && c <= '\uA61F') return -1;
        return Character.isDigit(c) ? Character.digit(c, 10) : -1;
    }

    private static boolean endsInX(Group g) { return !Character.isDigit(g.digits.charAt(g.digits.length() - 1)); }

    private static boolean isX(char c) { return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58'; }

    /**
     * A run of separators between two groups of one written number: spaces (any, no-break and ideographic included),
     * hyphens and Unicode dashes, dots, slashes, underscores, middle dots ({@code 138.1234.5678}, {@code 138–1234–5678},
     * {@code 138  1234  5678}, {@code 1 3 8 1 …}). Which groupings count is decided by {@link #match}.
     */
    private static boolean joins(String text, Group a, Group b) {
        if (b.from <= a.to || endsInX(a)) return false;
        for (int k = a.to; k < b.from; k++) if (!separator(text.charAt(k))) return false;
        return true;
    }

    /** {@link #unicodeSeparator} of each ASCII character, worked out once. */
    private static final boolean[] ASCII_SEPARATOR = new boolean[128];
    static {
        for (char c = 0; c < 128; c++) ASCII_SEPARATOR[c] = unicodeSeparator(c);
    }

    private static boolean separator(char c) { return c < 128 ? ASCII_SEPARATOR[c] : unicodeSeparator(c); }

    private static boolean unicodeSeparator(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.DASH_PUNCTUATION) return true;
        return switch (c) {
            case '.', '/', '_', '\u2212', '\uFF0E', '\u3002', '\uFF0F', '\uFF3F', '\u00B7', '\u30FB', '\u2027', '\u2219' -> true;
            default -> false;
        };
    }

    /**
     * The longest number starting at group {@code i} that is an ID or a mobile, else null. Groups written apart
     * count as one number only when each but the last has at least 3 digits (a date's 2-digit month breaks it) or all
     * are single digits, and only when they make a valid ID (GB 11643 check digit and birth date) or a mobile in the usual groups: a list
     * of hours {@code 100000 200000 300000} is not an ID.
     */
    private static Match match(String text, List<Group> groups, int i) {
        Group first = groups.get(i);
        // an ID anywhere inside one run of digits (19 digits, an ID followed by x): the whole run is masked
        if (first.digits.length() >= 18 && !endsInX(first) || first.digits.length() >= 19) {
            return new Match(first.from, first.to, maskId(first.digits), i + 1);
        }
        int prefix = countryCode(text, groups, i);
        int start = i + prefix;
        StringBuilder d = new StringBuilder();
        StringBuilder shape = new StringBuilder();
        Match best = null;
        boolean single = true;   // every group so far one digit: 1 3 8 1 2 3 4 5 6 7 8
        // a group right after "0." is a decimal's fraction: it starts a number written apart only when dots join that number
        boolean fraction = prefix == 0 && afterDecimalPoint(text, groups.get(start).from), dotted = false;
        for (int j = start; j < groups.size(); j++) {
            Group g = groups.get(j);
            single &= g.digits.length() == 1;
            if (j > start && (!joins(text, groups.get(j - 1), g) || groups.get(j - 1).digits.length() < 3 && !single)) break;
            if (j > start) dotted |= dotIn(text, groups.get(j - 1).to, g.from);
            if (j > start && fraction && !dotted) break;
            d.append(g.digits);
            shape.append(j > start ? "-" : "").append(g.digits.length());
            if (d.length() > 18) break;
            int from = prefix > 0 ? plus(text, first) : groups.get(start).from;
            String pre = text.substring(from, groups.get(start).from);
            // written apart, a number is read as an ID only when it is a valid one, as a mobile only in the usual groups
            boolean apart = j > start;
            if (isId(d) && (!apart || NationalIds.fault(d.toString()).isEmpty())) {
                best = new Match(from, g.to, pre + maskId(d.toString()), j + 1);
            } else if (isMobile(d) && (!apart || single || MOBILE_SHAPES.contains(shape.toString()))) {
                best = new Match(from, g.to, pre + phone(d.toString()), j + 1);
            }
            int x = apart && d.length() == 17 ? finalX(text, g.to) : -1;   // 1 1 0 … 4 X: the check character on its own
            if (x > 0 && NationalIds.fault(d + "X").isEmpty()) best = new Match(from, x, pre + maskId(d + "X"), j + 1);
        }
        if (best == null && first.digits.length() > 11) {
            // a country code and a mobile in one run: 8613812345678, +8613812345678
            for (String cc : new String[] {"0086", "86"}) {
                String run = first.digits;
                if (run.startsWith(cc) && isMobile(run.substring(cc.length()))) {
                    int from = plus(text, first);
                    return new Match(from, first.to, text.substring(from, first.from) + cc + phone(run.substring(cc.length())), i + 1);
                }
            }
        }
        return best;
    }

    private static boolean afterDecimalPoint(String text, int at) {
        return at >= 2 && (text.charAt(at - 1) == '.' || text.charAt(at - 1) == '\uFF0E') && digit(text.charAt(at - 2)) >= 0;
    }

    private static boolean dotIn(String text, int from, int to) {
        for (int k = from; k < to; k++) if (text.charAt(k) == '.' || text.charAt(k) == '\uFF0E') return true;
        return false;
    }

    /** The end of an X written apart after {@code at} (separators, then X; the caller checks the check digit), else -1. */
    private static int finalX(String text, int at) {
        int k = at;
        while (k < text.length() && separator(text.charAt(k))) k++;
        return k == at || k >= text.length() || !isX(text.charAt(k)) ? -1 : k + 1;
    }

    /** 1 when group {@code i} is a country code 86 / 0086 (with or without +) written apart from the number after it. */
    private static int countryCode(String text, List<Group> groups, int i) {
        Group g = groups.get(i);
        boolean cc = g.digits.equals("86") || g.digits.equals("0086");
        return cc && i + 1 < groups.size() && joins(text, g, groups.get(i + 1)) ? 1 : 0;
    }

    /** Where a number starts: at its + sign when it has one. */
    private static int plus(String text, Group g) {
        return g.from > 0 && (text.charAt(g.from - 1) == '+' || text.charAt(g.from - 1) == '\uFF0B') ? g.from - 1 : g.from;
    }

    private static boolean isId(CharSequence d) {
        if (d.length() != 18) return false;
        for (int k = 0; k < 17; k++) if (!Character.isDigit(d.charAt(k))) return false;
        return true;
    }

    private static boolean isMobile(CharSequence d) {
        return d.length() == 11 && d.charAt(0) == '1' && d.charAt(1) >= '3' && d.charAt(1) <= '9' && Character.isDigit(d.charAt(10));
    }

    /** An ID (or a longer run holding one) as its first 4 and last 4 characters. */
    private static String maskId(String d) {
        return d.substring(0, 4) + "*".repeat(Math.max(d.length() - 8, 10)) + d.substring(d.length() - 4);
    }

    /** Jackson serializer writing a national ID masked. */
    public static final class NationalIdSerializer extends ValueSerializer<String> {
        @Override
        public void serialize(String value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(nationalId(value));
        }
    }

    /** Jackson serializer writing a phone number masked. */
    public static final class PhoneSerializer extends ValueSerializer<String> {
        @Override
        public void serialize(String value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(phone(value));
        }
    }
}
