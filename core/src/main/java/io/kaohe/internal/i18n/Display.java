package io.kaohe.internal.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaohe.model.Semester;

/**
 * How a value reads inside a rule's message, in Chinese or English: the one place where codes become
 * words, so no enum constant, boolean, semester code or JSON key is ever shown to a reader.
 * <ul>
 * <li>{@code true}/{@code false} → 是/否, yes/no;</li>
 * <li>a {@link Semester} → 2020—2021学年第二学期, second semester of 2020–2021;</li>
 * <li>a {@link Label} → its Chinese or English text;</li>
 * <li>an enum constant, a text value that is a code, and every code-like word (ASCII, with a letter) in
 *     a text value ({@code HYBRID}, {@code BATCH_2}, {@code ON_TRACK}, {@code researchPlan}) → its name:
 *     the pack's {@code names:} in {@code pack.yaml} first, then the engine's {@code name.<CODE>} keys in
 *     {@code io/kaohe/internal/i18n/messages_*.properties}; a word with no name is shown as it is (and the
 *     message scan test, MessageWordsTest, fails on it).</li>
 * </ul>
 * The recorded {@code values} of a reason keep the codes (a machine reads them); only the messages change.
 * A rule author passes the typed value ({@code $s.getEnvironment()}, {@code $t.isHasCio()}, a
 * {@code Semester}) and writes {@code {slot}} in both templates; a new code gets a name in
 * {@code pack.yaml} (pack codes) or in the engine bundles (engine vocabulary).
 */
public final class Display {
    /** The engine's names only (no pack names). */
    public static final Display ENGINE = new Display(Map.of());

    /** A word that could be a code: ASCII letters, digits, underscores, inner hyphens, with a letter. */
    static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*");

    /**
     * What values read as in the engine's bundles (yes/no, the {@code name.<CODE>} keys), read out once per set of
     * bundles: a name is looked up for every text value of every reason. {@link Messages#engine} gives a new instance
     * when a pack registers its bundle, so the names always follow the bundles registered now, never those of
     * whichever moment first used this class.
     */
    private record Engine(int packBundles, Map<String, String> namesZh, Map<String, String> namesEn, String[] yes, String[] no) {
        private static volatile Engine last;

        static Engine now() {
            int n = Messages.packBundles();   // bundles are only ever added: their count names the set
            Engine e = last;
            if (e != null && e.packBundles == n) return e;
            Messages zh = Messages.engine(Messages.ZH), en = Messages.engine(Messages.EN);
            e = new Engine(n, names(zh), names(en), new String[] {zh.get("display.yes"), en.get("display.yes")},
                    new String[] {zh.get("display.no"), en.get("display.no")});
            last = e;          // published whole: a race builds the tables twice, never a mixed set
            return e;
        }

        /** code → {@code name.<code>}'s text, as {@link Messages#getOr} would give it. */
        private static Map<String, String> names(Messages m) {
            Map<String, String> out = new java.util.HashMap<>();
            for (String key : m.keys()) if (key.startsWith("name.")) out.put(key.substring("name.".length()), m.get(key));
            return Map.copyOf(out);
        }
    }

    /** Semesters as read, in each language: a cohort has a few, every dossier shows them (bounded: see {@link #semester}). */
    private static final Map<Semester, String[]> SEMESTERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Code → {Chinese, English}, from the pack. */
    private final Map<String, String[]> names;

    /** @param names the pack's names: code → its name in each language ({@link Label#zh}, {@link Label#en}) */
    public static Display of(Map<String, Label> names) {
        Map<String, String[]> out = new java.util.HashMap<>();
        names.forEach((code, l) -> out.put(code, new String[] {l.zh(), l.en()}));
        return new Display(out);
    }

    private Display(Map<String, String[]> names) { this.names = Map.copyOf(names); }

    /** A value shown as {@code zh} in Chinese and {@code en} in English; recorded (JSON) as {@code code}. */
    public record Label(String code, String zh, String en) {
        @Override
        public String toString() { return code; }
    }

    /**
     * The value as people read it in {@code lang} ({@link Messages#ZH} or {@link Messages#EN}). Numbers and
     * shares are io.kaohe.internal.rules.Format's business; a collection's elements are shown by {@code element}.
     */
    public String text(Object v, Locale lang) {
        boolean zh = Messages.supported(lang) == Messages.ZH;
        if (v == null) return "—";
        if (v instanceof Boolean b) return (b ? Engine.now().yes() : Engine.now().no())[zh ? 0 : 1];
        if (v instanceof Label l) return zh ? l.zh() : l.en();
        if (v instanceof Semester s) return semester(s, lang);
        if (v instanceof Enum<?> e) return name(e.name(), zh);
        if (v instanceof CharSequence s) return words(s.toString(), zh);
        return v.toString();
    }

    /** 2020—2021学年第二学期 / second semester of 2020–2021. */
    public static String semester(Semester s, Locale lang) {
        int i = Messages.supported(lang) == Messages.ZH ? 0 : 1;
        String[] known = SEMESTERS.get(s);
        if (known != null) return known[i];
        String[] both = {semesterIn(s, Messages.ZH), semesterIn(s, Messages.EN)};
        if (SEMESTERS.size() < 4096) SEMESTERS.putIfAbsent(s, both);   // years come from data: never an unbounded cache
        return both[i];
    }

    private static String semesterIn(Semester s, Locale lang) {
        return Messages.engine(lang).get("display.semester." + s.term(), s.startYear(), s.startYear() + 1);
    }

    /** The name of one code in the language, or the code itself. */
    public String name(String code, boolean zh) {
        String[] own = names.get(code);
        if (own != null) return own[zh ? 0 : 1];
        return (zh ? Engine.now().namesZh() : Engine.now().namesEn()).getOrDefault(code, code);
    }

    /** Whether the pack or the engine names {@code code}. */
    public boolean names(String code) {
        return names.containsKey(code) || Engine.now().namesEn().containsKey(code);
    }

    /**
     * A text that is a code, or each code-like word in it, replaced by its name ({@code "S-04 researchPlan"} →
     * {@code "S-04 校本研修方案"}); a word without a name stays as it is.
     */
    private String words(String s, boolean zh) {
        String whole = name(s, zh);
        if (!whole.equals(s)) return whole;
        if (!hasLetter(s)) return s;   // a WORD has an ASCII letter: dates, counts and Chinese text need no scan
        if (oneWord(s)) return s;      // the whole text is the one WORD in it, and it has no name (A1, SAMPLE-09)
        Matcher m = WORD.matcher(s);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String w = m.group();
            String name = name(w, zh);
            if (name.equals(w)) continue;
            if (out == null) out = new StringBuilder(s.length() + 16);
            out.append(s, last, m.start()).append(name);
            last = m.end();
        }
        return out == null ? s : out.append(s, last, s.length()).toString();
    }

    /**
     * Whether {@link #WORD} finds {@code s} whole as its first match ({@code A1}, {@code SAMPLE-09}): segments of ASCII
     * letters, digits and underscores joined by single hyphens, a letter in the first segment.
     */
    static boolean oneWord(String s) {
        boolean letter = false, first = true;
        char prev = '-';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-') {
                if (prev == '-' || first && !letter) return false;
                first = false;
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                letter |= first;
            } else if (!(c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
            prev = c;
        }
        return letter && prev != '-';
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') return true;
        }
        return false;
    }
}
