package io.kaohe.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of a dossier that only some packs read: each a JSON field a pack declares
 * ({@link io.kaohe.spi.DossierPart}), held by name with the value typed as the pack declared it. In JSON
 * they are fields of the dossier itself, written after the shared fields in name order; absent, null and
 * empty parts are left out, as absent fields always were.
 */
public final class DossierParts {
    public static final DossierParts NONE = new DossierParts(new TreeMap<>());

    private final Map<String, Object> values;

    private DossierParts(TreeMap<String, Object> values) { this.values = Collections.unmodifiableMap(values); }

    /** Parts by name; null values and empty lists or maps are dropped. */
    public static DossierParts of(Map<String, ?> values) {
        if (values == null || values.isEmpty()) return NONE;
        TreeMap<String, Object> m = new TreeMap<>();
        values.forEach((k, v) -> {
            if (!empty(v)) m.put(k, v);
        });
        return m.isEmpty() ? NONE : new DossierParts(m);
    }

    private static boolean empty(Object v) {
        return v == null || v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty();
    }

    /** The part called {@code name}, or null when the dossier has none. */
    public <T> T get(String name, Class<T> type) { return type.cast(values.get(name)); }

    /** These parts with {@code name} set to {@code value} (removed when it is null or empty). */
    public DossierParts with(String name, Object value) {
        TreeMap<String, Object> m = new TreeMap<>(values);
        if (empty(value)) m.remove(name);
        else m.put(name, value);
        return m.isEmpty() ? NONE : new DossierParts(m);
    }

    /** Every part by name, in name order. */
    public Map<String, Object> asMap() { return values; }

    public boolean isEmpty() { return values.isEmpty(); }

    @Override
    public boolean equals(Object o) { return o instanceof DossierParts p && p.values.equals(values); }

    @Override
    public int hashCode() { return values.hashCode(); }

    @Override
    public String toString() { return values.toString(); }
}
