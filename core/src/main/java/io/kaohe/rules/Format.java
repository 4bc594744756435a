package io.kaohe.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;

import io.kaohe.i18n.Display;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders message templates: {@code {name}} is replaced by the named value, formatted for people in
 * the template's language by {@link Display} (words, never codes: see there).
 */
public final class Format {
    private Format() {}

    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

    /** Templates split once into literal text (even places) and slot names (odd places): every reason renders one. */
    private static final Map<String, String[]> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The template in {@code lang}: each value shown by {@code display}. */
    public static String render(String template, Map<String, Object> values, Display display, java.util.Locale lang) {
        String[] parts = PARSED.computeIfAbsent(template, Format::split);
        // room for the values, and for Chinese text (two bytes a char) from the start: no regrowing on the hot path
        StringBuilder sb = new StringBuilder(2 * template.length() + 64);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                sb.append(parts[i]);
            } else if (values.containsKey(parts[i])) {
                sb.append(text(values.get(parts[i]), display, lang));
            } else {
                sb.append('{').append(parts[i]).append('}'); // an unknown slot stays visible
            }
        }
        return sb.toString();
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

    /** As {@link #text(Object)}, other values (booleans, enums, semesters, codes) shown by {@code display} in {@code lang}. */
    public static String text(Object v, Display display, java.util.Locale lang) {
        if (v == null) return "—";
        if (v instanceof Share s) return percent(s.value());
        if (v instanceof BigDecimal b) return plain(b);
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? "—" : String.join(", ", c.stream().map(x -> text(x, display, lang)).toList());
        }
        return display.text(v, lang);
    }

    public static String plain(BigDecimal b) {
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
