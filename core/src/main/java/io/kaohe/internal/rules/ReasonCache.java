package io.kaohe.internal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.kaohe.internal.i18n.Display;
import io.kaohe.internal.i18n.Messages;
import io.kaohe.internal.params.DatedValue;
import io.kaohe.internal.params.Parameter;
import io.kaohe.model.ParameterUse;
import io.kaohe.model.Reason;
import io.kaohe.model.Semester;

/**
 * Reasons made once (issue 17): most reasons of a cohort repeat an earlier one (87–99.7% of them in the 20,000-line
 * cohorts), so a reason is looked up by what its rule saw, before anything is rendered: the rule, met or not, the values
 * its messages show, its parameters and values, in order. A hit reuses the messages, the values as written to JSON, and
 * (when its consequence read the same parameters) the {@link Reason} itself, one shared immutable instance, which the
 * JSON writer then writes from its bytes encoded once. Looking a reason up by its content after it was made cost as much
 * as making it (hashing a whole Reason): this key is the handful of small values a rule passes.
 *
 * <p>A key is strict: two are equal only when the reasons are certainly the same bytes. Values are compared by class
 * and {@code equals} ({@code 2.0} is not {@code 2.00}, {@code 1} not {@code 1L}); a value of a type not listed in
 * {@link #keyable} (a map, a set, a double) makes the reason uncached. The pack's {@link Display} and the engine's
 * bundles registered so far ({@link Messages#packBundles}) are part of the key, since a message's words come from them.
 *
 * <p>One per KieBase ({@link RuleMetas}): a reload gets a new table, never an old rule's messages. Memory is bounded by
 * {@link #SLOTS} slots (a slot per key hash, the last one seen kept). Slots are written racily by the engine's threads,
 * each holding immutable objects: a race costs a miss, never a wrong reason.
 */
public final class ReasonCache {
    /**
     * Whether rules loaded from now on make reasons once: off with {@code -DkaoheInternal.reasonCache=false} (read once),
     * or {@link #enable} in a test: the check that the cache changes no byte. A KieBase's table is on or off for good.
     */
    private static volatile boolean enabled = !"false".equals(System.getProperty("kaoheInternal.reasonCache"));

    /** For tests: whether the KieBases loaded from now on make reasons once (those loaded before keep theirs). */
    public static void enable(boolean on) { enabled = on; }

    /** Whether the KieBases loaded from now on make reasons once. */
    public static boolean enabled() { return enabled; }

    /**
     * Slots of the table (a power of two). Hunan's 20,000-line cohort has about 7,900 distinct reasons, and more distinct
     * keys (values that differ may read and be written the same: shares rounded to 4 places, say); measured, 8,192 slots
     * find 75% of its reasons (16,384: 79%), 95–98.5% of the other packs'. A slot holds, estimated, 1–1.5 KB (the key, two
     * messages, two small maps, the reason): about 12 MB at most a KieBase.
     */
    static final int SLOTS = 8192;

    private final Slot[] table;
    /** Whether this table is used */
    private final boolean on;

    ReasonCache() { this(enabled); }

    ReasonCache(boolean on) { this(on, SLOTS); }

    /** @param slots a power of two (tests: a tiny table, so that every key meets others in its slot) */
    ReasonCache(boolean on, int slots) {
        this.on = on;
        this.table = new Slot[slots];
    }

    boolean on() { return on; }

    private record Slot(Key key, Rendered rendered) {}

    /**
     * A reason as rendered: its messages and its params and values as written to JSON (unmodifiable, shared). The
     * {@link Reason} made from it is kept for the parameters its consequence read ({@link #reason}).
     */
    static final class Rendered {
        final RuleMeta meta;
        final boolean met;
        final String zh, en;
        final Map<String, Object> params, values;
        /** {@link #values}'s text, the tie-break of {@link Ledger#reasons()}: made when first asked for */
        private String valuesText;
        /** the last reason made of this, with the reads it lists: racy, immutable */
        private Made made;

        Rendered(RuleMeta meta, boolean met, String zh, String en, Map<String, Object> params, Map<String, Object> values) {
            this.meta = meta;
            this.met = met;
            this.zh = zh;
            this.en = en;
            this.params = params;
            this.values = values;
        }

        String valuesText() {
            String t = valuesText;
            if (t == null) valuesText = t = values.toString();
            return t;
        }

        /**
         * The reason listing {@code reads}: the one made before when its reads are the same instances (a
         * {@link ParameterUse} is made once per parameter and date: {@code ParameterSet.derived}), else a new one.
         */
        Reason reason(String decision, ParameterUse[] reads) {
            Made m = made;
            if (m != null && sameInstances(m.reads, reads)) return m.reason;
            Reason r = new Reason(meta.clause(), meta.rule(), decision, met, zh, en, params, values, List.of(reads));
            made = new Made(reads, r);
            return r;
        }

        private static boolean sameInstances(ParameterUse[] a, ParameterUse[] b) {
            if (a.length != b.length) return false;
            for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
            return true;
        }
    }

    private record Made(ParameterUse[] reads, Reason reason) {}

    /**
     * The rendered reason of {@code meta} for these maps: the one rendered before for the same key, else rendered now by
     * {@code render} (which may rewrite the maps) and kept. Null when the cache is off or a value cannot be keyed: the
     * caller renders as it always did.
     */
    Rendered lookup(RuleMeta meta, boolean met, Display display, Map<String, Object> params, Map<String, Object> values,
                    String leftOut, Map<String, Object> shown) {
        if (!on) return null;
        Object[] s = flat(shown);
        Object[] p = s == null ? null : flat(params);
        Object[] v = p == null ? null : values == shown ? s : flat(values);
        if (v == null) return null;
        Key key = new Key(meta, display, Messages.packBundles(), met, leftOut, s, p, v, values == shown);
        int i = key.hash & (table.length - 1);
        Slot slot = table[i];
        if (slot != null && slot.key.equals(key)) return slot.rendered;
        Rendered r = Ledger.render(meta, met, display, params, values, leftOut, shown);
        // a pack's bundle registered while rendering (another pack loaded meanwhile): the words may be the new set's,
        // the key names the old one: not kept (bundles are only ever added, so an unchanged count is an unchanged set)
        if (Messages.packBundles() == key.bundles) table[i] = new Slot(key, r);
        return r;
    }

    /** Slots of {@link #use}: a pack has a few hundred dated values at most. */
    static final int USE_SLOTS = 1024;

    private final Use[] uses = new Use[USE_SLOTS];

    private record Use(Parameter parameter, DatedValue value, ParameterUse use) {}

    /**
     * The provenance of a parameter's value {@code v}, one instance for every assessment date on which {@code v} is in
     * force (a parameter set is made per date, and its reads' provenance with it): so that reasons of dossiers assessed
     * on different dates list the same instances, and are the same {@link Reason}. By identity: a reloaded parameter
     * table has other values.
     */
    ParameterUse use(Parameter p, DatedValue v) {
        int i = (System.identityHashCode(v) * 31 + System.identityHashCode(p)) & (USE_SLOTS - 1);
        Use u = uses[i];
        if (u != null && u.parameter == p && u.value == v) return u.use;
        ParameterUse made = Ledger.use(p, v);
        uses[i] = new Use(p, v, made);
        return made;
    }

    /** A map's entries as keys and values, in order; null when one cannot be keyed. Lists are copied (a rule may reuse its list). */
    private static Object[] flat(Map<String, Object> m) {
        Object[] out = new Object[m.size() * 2];
        int i = 0;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            Object k = e.getKey(), v = keyed(e.getValue());
            if (k == null || k.getClass() != String.class || v == UNKEYABLE) return null;
            out[i++] = k;
            out[i++] = v;
        }
        return out;
    }

    private static final Object UNKEYABLE = new Object();

    /** The value as a key (a list copied), or {@link #UNKEYABLE}. */
    private static Object keyed(Object v) {
        // a text with personal data in it (a national ID in an institution's name) is not kept: the table lives as long
        // as the KieBase, and every output masks it anyway (Reason's constructor); the reason is made afresh instead
        if (v instanceof String t && !io.kaohe.internal.privacy.Mask.scrub(t).equals(t)) return UNKEYABLE;
        if (keyable(v)) return v;
        if (v instanceof List<?> l && (l.getClass().getName().startsWith("java.util."))) {
            Object[] copy = l.toArray();
            for (int i = 0; i < copy.length; i++) {
                copy[i] = keyed(copy[i]);
                if (copy[i] == UNKEYABLE) return UNKEYABLE;
            }
            return new KeyList(copy);
        }
        return UNKEYABLE;
    }

    /**
     * Types whose {@code equals} (with the class compared too) means the same text in every message and the same JSON:
     * immutable, no locale, no identity. {@code Format.Share} compares its decimal with its scale.
     */
    static boolean keyable(Object v) {
        if (v == null) return true;
        Class<?> c = v.getClass();
        return c == String.class || c == BigDecimal.class || c == Integer.class || c == Long.class || c == Boolean.class
                || c == Format.Share.class && ((Format.Share) v).value() != null || c == LocalDate.class
                || c == Semester.class || c == Display.Label.class || v instanceof Enum<?>;
    }

    /** A list's elements, as a key (a list of the same elements keys the same as the list did). */
    private record KeyList(Object[] elements) {
        @Override
        public boolean equals(Object o) { return o instanceof KeyList k && same(elements, k.elements); }

        @Override
        public int hashCode() { return java.util.Arrays.hashCode(elements); }
    }

    private static final class Key {
        final RuleMeta meta;
        final Display display;
        final int bundles;
        final boolean met;
        final String leftOut;
        final Object[] shown, params, values;
        final boolean valuesShown;
        final int hash;

        Key(RuleMeta meta, Display display, int bundles, boolean met, String leftOut, Object[] shown, Object[] params,
            Object[] values, boolean valuesShown) {
            this.meta = meta;
            this.display = display;
            this.bundles = bundles;
            this.met = met;
            this.leftOut = leftOut;
            this.shown = shown;
            this.params = params;
            this.values = values;
            this.valuesShown = valuesShown;
            int h = System.identityHashCode(meta) * 31 + (met ? 1 : 0);
            h = h * 31 + java.util.Arrays.hashCode(shown);
            h = h * 31 + java.util.Arrays.hashCode(params);
            if (!valuesShown) h = h * 31 + java.util.Arrays.hashCode(values);
            h ^= h >>> 16;
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.meta == meta && k.display == display && k.bundles == bundles
                    && k.met == met && k.valuesShown == valuesShown && java.util.Objects.equals(k.leftOut, leftOut)
                    && same(k.shown, shown) && same(k.params, params) && (valuesShown || same(k.values, values));
        }

        @Override
        public int hashCode() { return hash; }
    }

    /** Element by element, each of the same class and equal. */
    private static boolean same(Object[] a, Object[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            Object x = a[i], y = b[i];
            if (x == y) continue;
            if (x == null || y == null || x.getClass() != y.getClass() || !x.equals(y)) return false;
        }
        return true;
    }

    /** An unmodifiable view (the maps are the ledger's own, made for this one reason). */
    static Map<String, Object> frozen(Map<String, Object> m) { return Collections.unmodifiableMap(m); }
}
