package io.kaohe.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;

import io.kaohe.internal.i18n.Display;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders message templates: {@code {name}} is replaced by the named value, formatted for people in
 * the template's language by {@link Display} (words, never codes: see there).
 */
public final class Format {
    private Format() {}

    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

    /** The template in {@code lang}: each value shown by {@code display}. */
    public static String render(String template, Map<String, Object> values, Display display, java.util.Locale lang) {
        return Template.of(template).render(values, display, lang);
    }

    /**
     * A message template split once into literal text and slot names (a rule's are split when its metadata is read,
     * {@link RuleMeta}): rendering only fills the values.
     */
    public static final class Template {
        private final String text;
        /** literal text at even places, slot names at odd places */
        private final String[] parts;

        private Template(String text, String[] parts) {
            this.text = text;
            this.parts = parts;
        }

        /** The template of {@code text}; null for null. */
        public static Template of(String text) { return text == null ? null : new Template(text, split(text)); }

        /** The template with its slots filled: each value shown by {@code display} in {@code lang}. */
        public String render(Map<String, Object> values, Display display, java.util.Locale lang) {
            // joined once at the end: no builder regrown, and none turned from Latin-1 to UTF-16 on the first Chinese character
            String[] out = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                if (i % 2 == 0) {
                    out[i] = parts[i];
                    continue;
                }
                Object v = values.get(parts[i]);
                if (v != null || values.containsKey(parts[i])) {
                    out[i] = text(v, display, lang);
                } else {
                    out[i] = "{" + parts[i] + "}"; // an unknown slot stays visible
                }
            }
            return String.join("", out);
        }

        @Override
        public boolean equals(Object o) { return o instanceof Template t && t.text.equals(text); }

        @Override
        public int hashCode() { return text.hashCode(); }

        @Override
        public String toString() { return text; }
    }

    private static String[] split(String template) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        Matcher m = SLOT.matcher(template);
        int last = 0;
        while (m.find()) {
            parts.add(template.substring(last, m.start()));
            parts.add(m.group(1));
            last = m.end();
        }
        parts.add(template.substring(last));
        return parts.toArray(String[]::new);
    }

    /** A value as text: a share as a percentage, a number plainly, a collection joined, anything else (booleans, enums, semesters, codes) shown by {@code display} in {@code lang}. */
    public static String text(Object v, Display display, java.util.Locale lang) {
        if (v == null) return "—";
        if (v instanceof Share s) return percent(s.value());
        if (v instanceof BigDecimal b) return plain(b);
        if (v instanceof Collection<?> c) {
            if (c.isEmpty()) return "—";
            String[] each = new String[c.size()];
            int i = 0;
            for (Object x : c) each[i++] = text(x, display, lang);
            return String.join(", ", each);
        }
        return display.text(v, lang);
    }

    /** A value as written to JSON: shares as fractions rounded to 4 places, other numbers as exact decimals. */
    public static Object json(Object v) {
        // a share is written rounded to 4 places (0.5172); the comparison itself was exact
        if (v instanceof Share s) return exact(s.value().setScale(4, RoundingMode.HALF_EVEN));
        if (v instanceof Integer || v instanceof Long) return BigDecimal.valueOf(((Number) v).longValue());
        if (v instanceof BigDecimal b) return exact(b);
        if (v instanceof java.time.LocalDate || v instanceof Number || v instanceof Boolean || v instanceof String || v == null) return v;
        if (v instanceof Collection<?> c) {
            Object[] out = new Object[c.size()];
            int i = 0;
            for (Object x : c) out[i++] = json(x);
            return java.util.Collections.unmodifiableList(java.util.Arrays.asList(out));
        }
        return v.toString();
    }

    /** 25.0 → 25, 0.50 → 0.5: the same number always written the same way. */
    public static BigDecimal exact(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public static String plain(BigDecimal b) {
        if (b.scale() == 0) return b.toPlainString();   // a whole number as it is (most hours and counts): nothing to strip
        String s = b.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    public static String percent(BigDecimal fraction) {
        return plain(fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_EVEN)) + "%";
    }

    /** A fraction 0–1 that should be shown as a percentage. */
    public record Share(BigDecimal value) {
        @Override
        public String toString() { return percent(value); }
    }
}
