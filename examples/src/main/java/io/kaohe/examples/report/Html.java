package io.kaohe.examples.report;

/**
 * A small HTML writer: text and attribute values always go through {@link #escape}, so a name read from
 * the input ({@code <script>}, quotes, ampersands) is shown as text and can never become markup.
 * Markup is written only from constants of the report code.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Markup from the report code itself (never input). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Escaped text. */
    Html text(Object text) {
        out.append(escape(String.valueOf(text)));
        return this;
    }

    /** {@code <tag attr="value" …>}: {@code attrs} are name, value pairs; values are escaped. */
    Html open(String tag, Object... attrs) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] == null) continue;
            out.append(' ').append(attrs[i]).append("=\"").append(escape(String.valueOf(attrs[i + 1]))).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag …>text</tag>}, the text escaped. */
    Html element(String tag, Object text, Object... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    Html nl() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() { return out.toString(); }

    /** Escapes {@code & < > " '} (enough for text and double- or single-quoted attribute values). */
    static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null && b == null) continue;
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (rep == null) b.append(c);
            else b.append(rep);
        }
        return b == null ? s : b.toString();
    }
}
