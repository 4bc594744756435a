package io.kaohe.internal.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Texts from a resource bundle in Simplified Chinese ({@code zh_CN}) or English ({@code en}), the two
 * languages Kaohe speaks. Bundles are UTF-8 {@code .properties} files (Java 9+ reads them as UTF-8);
 * {@code {0}}, {@code {1}} … are replaced by the arguments as {@code String.valueOf} writes them — no
 * {@link java.text.MessageFormat}, so numbers and dates look the same in every locale and quotes need no
 * escaping. The bundle is looked up without falling back to the JVM's default locale, so the same key and
 * language always give the same text. Machine outputs (JSON rejects) use {@link #MACHINE}, English.
 *
 * <p>The engine's own texts are in {@code io/kaohe/internal/i18n/messages_*.properties} ({@link #engine(Locale)}).
 * Rule reasons are not here: each rule carries its texts as {@code @zh} / {@code @en} metadata.
 */
public final class Messages {
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    /** The language of machine outputs (JSON rejects, exception messages): English. */
    public static final Locale MACHINE = EN;
    public static final String ENGINE = "io.kaohe.internal.i18n.messages";

    private static final ConcurrentMap<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final String baseName;
    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(String baseName, ResourceBundle bundle, Locale locale) {
        this.baseName = baseName;
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The engine's messages in this language (Chinese for any {@code zh} locale, else English). */
    public static Messages engine(Locale locale) { return of(ENGINE, locale, Messages.class.getClassLoader()); }

    /** Text of the engine bundle in the machine language (English). */
    public static String text(String key, Object... args) { return engine(MACHINE).get(key, args); }

    /**
     * A bundle {@code baseName} ({@code baseName_zh_CN.properties}, {@code baseName_en.properties}) in the
     * supported language closest to {@code locale}.
     */
    public static Messages of(String baseName, Locale locale, ClassLoader loader) {
        Locale lang = supported(locale);
        return CACHE.computeIfAbsent(baseName + "|" + lang, k ->
                new Messages(baseName, load(baseName, lang, loader), lang));
    }

    /**
     * The bundle file of exactly {@code lang}, read as UTF-8. Not {@code ResourceBundle.getBundle} with a no-fallback
     * {@code Control}: a named module (core on the module path) may not pass a {@code Control}.
     */
    private static ResourceBundle load(String baseName, Locale lang, ClassLoader loader) {
        String path = baseName.replace('.', '/') + "_" + lang + ".properties";
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) throw new MissingResourceException("no bundle " + path, baseName, "");
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #ZH} for any Chinese locale, else {@link #EN}. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    /** {@link #ZH} for {@code zh}, {@link #EN} for {@code en} (a {@code --lang} value); null for anything else. */
    public static Locale parse(String lang) {
        if (lang == null) return null;
        return switch (lang.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "zh", "zh-cn", "zh-hans" -> ZH;
            case "en" -> EN;
            default -> null;
        };
    }

    public Locale locale() { return locale; }

    /** The text of {@code key} with its {@code {n}} placeholders replaced. */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' in " + baseName + " (" + locale + ")", e);
        }
        return args.length == 0 ? text : fill(text, args);
    }

    /** Whether the bundle has {@code key} (for texts keyed by a value from data, such as a status). */
    public boolean has(String key) { return bundle.containsKey(key); }

    /** The text of {@code key}, or {@code fallback} when the bundle has none. */
    public String getOr(String key, String fallback) { return has(key) ? get(key) : fallback; }

    public Set<String> keys() { return bundle.keySet(); }

    private static String fill(String text, Object[] args) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(text, i + 1, close)) {
                int n = Integer.parseInt(text, i + 1, close, 10);
                out.append(n < args.length ? String.valueOf(args[n]) : text.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        if (to - from > 2) return false;
        for (int i = from; i < to; i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }
}
