package io.kaohe.internal.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Texts from a resource bundle in Simplified Chinese ({@code zh_CN}) or English ({@code en}), the two
 * languages Kaohe speaks. Bundles are UTF-8 {@code .properties} files (Java 9+ reads them as UTF-8);
 * {@code {0}}, {@code {1}} … are replaced by the arguments as {@code String.valueOf} writes them — no
 * {@link java.text.MessageFormat}, so numbers and dates look the same in every locale and quotes need no
 * escaping. The bundle is looked up without falling back to the JVM's default locale, so the same key and
 * language always give the same text. Machine outputs (JSON rejects) use {@link #MACHINE}, English.
 *
 * <p>The engine's own texts are in {@code io/kaohe/internal/i18n/messages_*.properties} ({@link #engine(Locale)}); a
 * pack's own, for its dossier-part validators, beside its {@code pack.yaml} ({@code io/kaohe/liaoning/messages_en.properties}).
 * Rule reasons are not here: each rule carries its texts as {@code @zh} / {@code @en} metadata.
 */
public final class Messages {
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    /** The language of machine outputs (JSON rejects, exception messages): English. */
    public static final Locale MACHINE = EN;
    public static final String ENGINE = "io.kaohe.internal.i18n.messages";

    private static final ConcurrentMap<String, Messages> CACHE = new ConcurrentHashMap<>();

    /** Base names of {@link #bundles}, for the message of a missing key. */
    private final List<String> baseNames;
    /** Looked up in order: the first that has a key gives its text. */
    private final List<ResourceBundle> bundles;
    private final Locale locale;

    private Messages(List<String> baseNames, List<ResourceBundle> bundles, Locale locale) {
        this.baseNames = List.copyOf(baseNames);
        this.bundles = List.copyOf(bundles);
        this.locale = locale;
    }

    /** A pack's own bundle (its base name and the class loader that sees it). */
    private record PackBundle(String baseName, ClassLoader loader) {}

    private static final List<PackBundle> PACK_BUNDLES = new CopyOnWriteArrayList<>();

    /** How many pack bundles are registered: they are only ever added, so the count names the set. */
    public static int packBundles() { return PACK_BUNDLES.size(); }

    /**
     * Adds a pack's own bundle (the texts of its dossier-part validators), looked up after the engine's: a key of
     * the engine's keeps its text whatever a pack's bundle says. Called for each pack found on the class path.
     */
    public static void addPackBundle(String baseName, ClassLoader loader) {
        synchronized (PACK_BUNDLES) {
            if (PACK_BUNDLES.stream().noneMatch(b -> b.baseName().equals(baseName))) PACK_BUNDLES.add(new PackBundle(baseName, loader));
        }
    }

    /**
     * The engine's messages in this language (Chinese for any {@code zh} locale, else English): core's bundle, then
     * the packs' own ({@link #addPackBundle}).
     */
    public static Messages engine(Locale locale) {
        Locale lang = supported(locale);
        int packs = PACK_BUNDLES.size();
        String key = ENGINE + "+" + packs + "|" + lang;
        Messages cached = CACHE.get(key);
        if (cached != null) return cached;
        Messages m = of(ENGINE, lang, Messages.class.getClassLoader());   // not inside computeIfAbsent: of() fills CACHE too
        // a copy, then its first `packs` (bundles are only appended): a sub-list of the live list fails if a pack registers meanwhile
        for (PackBundle b : List.copyOf(PACK_BUNDLES).subList(0, packs)) m = m.then(of(b.baseName(), lang, b.loader()));
        Messages before = CACHE.putIfAbsent(key, m);
        return before != null ? before : m;
    }

    /** Text of the engine bundle in the machine language (English). */
    public static String text(String key, Object... args) { return engine(MACHINE).get(key, args); }

    /**
     * A bundle {@code baseName} ({@code baseName_zh_CN.properties}, {@code baseName_en.properties}) in the
     * supported language closest to {@code locale}.
     */
    public static Messages of(String baseName, Locale locale, ClassLoader loader) {
        Locale lang = supported(locale);
        return CACHE.computeIfAbsent(baseName + "|" + lang, k ->
                new Messages(List.of(baseName), List.of(load(baseName, lang, loader)), lang));
    }

    /** These texts, then {@code more}'s for the keys these lack. Both must be in the same language. */
    private Messages then(Messages more) {
        if (!more.locale.equals(locale)) throw new IllegalArgumentException(more.locale + " is not " + locale);
        List<String> names = new ArrayList<>(baseNames);
        names.addAll(more.baseNames);
        List<ResourceBundle> all = new ArrayList<>(bundles);
        all.addAll(more.bundles);
        return new Messages(names, all, locale);
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
        String text = null;
        for (int i = 0; i < bundles.size() && text == null; i++) {
            if (bundles.get(i).containsKey(key)) text = bundles.get(i).getString(key);
        }
        if (text == null) throw new IllegalArgumentException("no message '" + key + "' in " + String.join(", ", baseNames) + " (" + locale + ")");
        return args.length == 0 ? text : fill(text, args);
    }

    /** Whether the bundle has {@code key} (for texts keyed by a value from data, such as a status). */
    public boolean has(String key) {
        for (ResourceBundle b : bundles) if (b.containsKey(key)) return true;
        return false;
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has none. */
    public String getOr(String key, String fallback) { return has(key) ? get(key) : fallback; }

    public Set<String> keys() {
        Set<String> all = new LinkedHashSet<>();
        for (ResourceBundle b : bundles) all.addAll(b.keySet());
        return all;
    }

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
