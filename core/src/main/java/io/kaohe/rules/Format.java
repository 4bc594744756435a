package io.kaohe.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders message templates: {@code {name}} is replaced by the named value, formatted for people. */
public final class Format {
    private Format() {}

    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

    public static String render(String template, Map<String, Object> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            Object v = values.get(key);
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null && !values.containsKey(key) ? m.group() : text(v)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Numbers without trailing zeros, shares as per cent, collections comma-separated. */
    public static String text(Object v) {
        if (v == null) return "—";
        if (v instanceof Share s) return percent(s.value());
        if (v instanceof BigDecimal b) return plain(b);
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? "—" : String.join(", ", c.stream().map(Format::text).toList());
        }
        return v.toString();
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
